// The calculator, mountable into any container: a div of the page, a div
// in a shadow root for <cehours-calculator>. It wires the saved records, the
// forms and the results together. Order matters for speed: the frame and the
// saved records are painted first; the rules core (wasm) and the rule pack
// arrive after, and every change recomputes the result from scratch (the
// core is fast; a calculator this size needs no incremental bookkeeping).

import { el, replaceChildren, shownText, afterNextPaint } from './dom.js';
import { todayLocal, isIsoDate } from './dates.js';
import {
  loadSaved, save, saveBackup, readBackup, dropBackup, watchOtherTabs, loadIdentity, saveIdentityField,
  watchOtherTabsIdentity, loadDraft, saveDraftPart,
} from './store.js';
import { sameState } from './store_merge.js';
import { toDocument, fromDocument, shareLink, documentFromHash } from './doc.js';
import { packYears, lastDeadline } from './pack.js';
import { renderOverview, standing } from './overview.js';
import { createSharePanel } from './share_panel.js';
import { askBeforeReplacing, backupOffer } from './replace_offer.js';
import { summaryText } from './summary_text.js';
import { downloadReason } from './fetch_words.js';
import { checkPack } from './pack_load.js';
import { createRecordForm } from './record_form.js';
import { renderRecords } from './records_list.js';
import { renderResults, summarize, clauseChip } from './results_view.js';
import { planView } from './plan_view.js';
import { renderPrintSheet } from './print_sheet.js';
import { showPackPeriod, dateRefused } from './pack_period.js';
// The 示例 button's person, the same file as the README's CLI example: a city
// engineer who passed an English exam and two computer modules in 2017, studied
// online and in a unit training, published a paper to make up 2015, and still
// owes hours for 2015 and 2016, so a first visitor sees every part of the result.
// Data, not code: its kinds and levels are the 2017 pack's, and the page names none of them.
// esbuild's JSON loader bundles only the keys used: its as_of is the CLI's, and the
// page keeps the person's own assessment date.
import * as SAMPLE from '../../static/examples/sample-person.json';
import { affiliationName } from './kinds.js';
import { readSince, sinceSpec } from './since_field.js';
// How many of a refused file's problems to name; the rest are counted.
const SHOWN_ERRORS = 5;
// The core's warnings about a record's date or year that mean it will not count where the person
// probably meant it to (core/lib/evaluate.cpp): asked about once when the record is entered.
const QUESTIONED_DATES = new Set(['after_deadline', 'after_as_of', 'outside_pack_years']);

/**
 * @param {HTMLElement} container  emptied and filled (or, holding the page's pre-rendered shell, taken over); its root node (the document
 *   or a shadow root) is where the calculator's ids are looked up
 * @param {object} options
 * @param {(container: HTMLElement, how: {embedded: boolean, lang: string}) => void} options.shell
 *   buildShell or hydrateShell (shell.js): the frame built here, or taken over from the page's HTML;
 *   passed in, not imported, so the page's script does not carry the builder it never runs
 * @param {object} [options.core]  the core (wasm/cehours_core_api.js), already started: the first paint shows the result
 * @param {() => Promise<object>} [options.startCore]  else the core, loaded once, painted when it arrives
 * @param {() => Promise<string|null>} [options.loadPack]  the rule pack's JSON text; null or absent: the built-in pack
 * @param {string} [options.storageKey]  localStorage key of the records (store.js's default when absent)
 * @param {string} [options.lang]  'zh-CN' (default) or 'en', for the calculator's frame
 * @param {boolean} [options.compact]  one column whatever the width
 * @param {boolean} [options.embedded]  a region of another site's page (no landmarks, no skip link)
 * @param {Function} [options.ruleTools]  mountRulePanel (rule_panel.js) for the rules card: 核对规则 and another pack
 *   from a file; passed in, not imported, so the embed (which never shows it) does not download it
 * @param {string} [options.sharePrefix]  the URL fragment's prefix for share links (doc.js's default when absent)
 * @param {(result: object) => void} [options.onResult]  after every recomputation, with the result document
 * @param {(error: {code: string, message: string, errors?: object[]}) => void} [options.onError]  the pack or the core failed
 * @returns {{ready: Promise<void>, result: (object|null), evaluate: () => Promise<object>, destroy: () => void}}
 *   result: the last result document; evaluate(): recomputes now and gives it
 */
export function mountCalculator(container, options) {
  const { storageKey, sharePrefix, onResult, onError } = options;
  const lang = options.lang || 'zh-CN';
  container.classList.add('cehours-app');
  container.classList.toggle('compact', Boolean(options.compact));
  container.setAttribute('lang', lang);
  options.shell(container, { embedded: Boolean(options.embedded), lang });
  const root = container.getRootNode();
  const $ = (id) => root.getElementById(id);
  // Listeners on window go when the calculator is unmounted (an element removed or re-rendered).
  const lifetime = new AbortController();
  const { signal } = lifetime;

  const saved = loadSaved(storageKey);
  let state = saved.state;
  let core = null;
  let pack = null;
  let vocab = null; // the core's description of the pack: kinds, fields, affiliations, limits
  let packText = null;
  let casesText = null; // the conformance cases of a pack chosen from a file (null: the built-in pack's own)
  let result = null;
  let undo = null;
  let removed = null; // {index, label}: the row a delete left, with its own undo, until the next change
  let questioned = null; // the record whose date was just questioned: the same record again is taken as meant
  let firstResultMarked = false;
  // The first drawing with the core is split at the first paint (renderAll):
  // before it, the first screen (the overview and the plan); after it, what
  // lies below (the records, the results by year, the print sheet) and the
  // record form's fields, so a phone paints the answer without first building
  // what it cannot show yet. Every later drawing is whole.
  let beforeFirstPaint = true;
  const identity = loadIdentity(storageKey);
  // What was typed but not yet added or applied, at an earlier visit (store.js's draft).
  const draft = loadDraft(storageKey);
  // The page's shell is painted before the calculator starts: what was typed into its
  // 成为专业技术人员的年度 and 核算日期 then is still in the fields, and is taken as typed now.
  const typedBeforeStart = { since: $('since').value, as_of: $('as-of').value };
  // Text typed into those two fields and not yet applied (a year or date still being typed,
  // or refused): shown as typed, never overwritten by a redraw, kept in the draft.
  const pending = { since: null, as_of: null };

  const form = createRecordForm($('record-form'), {
    years: () => packYears(pack),
    pack: () => pack,
    vocab: () => vocab,
    submit: submitRecord,
    recordAt: (index) => state.records[index],
    draft: draft.form,
    keepDraft: (kept) => saveDraftPart('form', kept, storageKey),
  });

  const rulePanel = options.ruleTools ? options.ruleTools(container.querySelector('.layout'), {
    pack: () => pack,
    packBytes: () => vocab && vocab.limits.pack_bytes,
    check: async () => {
      await coreReady;
      return core.checkPack(packText, casesText);
    },
    usePack: async (text, cases) => {
      await coreReady;
      if (text !== null) checkPack(core, text);
      adoptPack(text, cases);
      renderAll();
    },
  }) : null;

  // ---- the assessment date -------------------------------------------------

  const resetToToday = $('as-of-today').textContent;

  /**
   * The date the result is computed for: the one the person chose, else today;
   * but a today past the pack's last deadline (四: 补修截止到2017年12月31日)
   * would show every year closed, so the last deadline is used and the page says so.
   */
  function assessmentDate() {
    return state.as_of || unchosenAssessmentDate();
  }

  /** The date used when none is chosen, and so the one 核算日期改回… returns to. */
  function unchosenAssessmentDate() {
    const today = todayLocal();
    const last = pack && lastDeadline(pack);
    return last && today > last.value ? last.value : today;
  }

  /** The affiliation computed with: the saved one if the pack lists it, else the pack's first (as the core reads a document without one). */
  function affiliationInUse() {
    if (!vocab) return state.profile.affiliation;
    const listed = vocab.affiliations.some((a) => a.id === state.profile.affiliation);
    return listed ? state.profile.affiliation : vocab.affiliations[0].id;
  }

  // One radio per affiliation of the pack, drawn again only when the pack's list changes.
  let affiliationsShown = '';
  function renderAffiliations() {
    const list = vocab ? vocab.affiliations : [];
    const key = JSON.stringify(list);
    if (key === affiliationsShown) return;
    affiliationsShown = key;
    const box = $('affiliations');
    replaceChildren(box, box.querySelector('legend'), list.map((a) => el('label', {},
      el('input', { type: 'radio', name: 'affiliation', value: a.id }), ` ${a.name} `,
      a.description ? el('span', { class: 'hint' }, `（${a.description}）`) : null)));
  }

  /** Set when today is past the pack's last deadline and no date was chosen: what the banner says. */
  function afterPeriod() {
    const last = pack && lastDeadline(pack);
    if (state.as_of || !last || todayLocal() <= last.value) return null;
    return { years: packYears(pack), deadline: last.value, title: pack.title || pack.id };
  }

  function renderSituation() {
    renderAffiliations();
    const affiliation = affiliationInUse();
    for (const radio of root.querySelectorAll('input[name="affiliation"]')) {
      radio.checked = radio.value === affiliation;
    }
    if (root.activeElement !== $('since') && pending.since === null) $('since').value = state.profile.since || '';
    const input = $('as-of');
    if (root.activeElement !== input && pending.as_of === null) input.value = assessmentDate();
    const today = todayLocal();
    const note = $('as-of-note');
    const reset = $('as-of-today');
    reset.hidden = !state.as_of;
    const unchosen = unchosenAssessmentDate();
    // It says where it goes back to: today, or the pack's last deadline once today is past it.
    reset.textContent = unchosen === today ? resetToToday : `核算日期改回 ${unchosen}（本规则的最后截止日期）`;
    if (state.as_of) {
      note.textContent = `核算日期为您指定的 ${state.as_of}。`;
    } else if (input.value !== today) {
      const last = lastDeadline(pack);
      const basis = last.clause ? `（${last.clause}：“${last.quote || ''}”）` : '';
      note.textContent = `今天（${today}）已晚于本规则的最后截止日期 ${last.value}${basis}，所以核算日期取 ${last.value}；要按其他日期自查，请修改上面的日期。`;
    } else {
      note.textContent = `核算日期为今天（${today}）。`;
    }
  }

  // Each keystroke is kept as typed; the value is applied when the field is left or Enter is pressed.
  $('situation').addEventListener('input', (event) => {
    const target = event.target;
    if (target.id === 'since') keepPending('since', target.value);
    else if (target.id === 'as-of') keepPending('as_of', target.value);
  });

  $('situation').addEventListener('change', (event) => {
    const target = event.target;
    if (target.name === 'affiliation') {
      commit({ ...state, profile: { ...state.profile, affiliation: target.value } }, `已改为${affiliationName(vocab, target.value)}`);
    } else if (target.id === 'since') {
      // Read as the core describes the field: a year typed before the description arrives waits for it.
      if (vocab) takeSince(target);
      else coreReady.then(() => takeSince(target), () => {});
    } else if (target.id === 'as-of') {
      // A date picker changes with each part typed (0201-11-26 on the way to 2017-11-26): the
      // date is kept as typed (the input listener above), and computed with once Enter is pressed
      // or the field is left.
      if (pending.as_of !== null && pending.as_of !== assessmentDate()) $('as-of-note').textContent = '按回车键或离开此栏后，按这个日期核算。';
    }
  });

  $('as-of').addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && pending.as_of !== null) {
      event.preventDefault();
      takeAsOf(event.target);
    }
  });
  $('as-of').addEventListener('focusout', (event) => {
    if (pending.as_of !== null) takeAsOf(event.target);
  });

  function keepPending(part, text) {
    // A date picker reads '' until its date is whole: nothing typed yet that a reload could lose.
    if (part === 'as_of' && text === '') {
      settlePending(part);
      return;
    }
    pending[part] = text;
    saveDraftPart(part, text, storageKey);
  }

  function settlePending(part) {
    pending[part] = null;
    saveDraftPart(part, undefined, storageKey);
  }

  function takeSince(input) {
    const read = readSince(input.value, sinceSpec(vocab));
    $('since-error').textContent = read.message;
    $('since-error').hidden = read.ok;
    input.setAttribute('aria-invalid', String(!read.ok));
    if (!read.ok) return;
    settlePending('since');
    const profile = { ...state.profile };
    delete profile.since;
    if (read.since) profile.since = read.since;
    if ((state.profile.since || null) === read.since) {
      renderSituation();
      return;
    }
    commit({ ...state, profile },
      read.since ? `成为专业技术人员的年度改为 ${read.since}` : '已清除成为专业技术人员的年度');
  }

  function takeAsOf(input) {
    if (!isIsoDate(input.value)) {
      $('as-of-note').textContent = '日期无效，请按“年-月-日”填写。';
      return;
    }
    settlePending('as_of');
    if (input.value === state.as_of) {
      renderSituation();
      return;
    }
    commit({ ...state, as_of: input.value }, `核算日期改为 ${input.value}`);
  }

  /** What was typed into the situation's fields before the start, or left unapplied at the last visit: taken now. */
  function takeTypedSituation() {
    const since = typedBeforeStart.since || (typeof draft.since === 'string' ? draft.since : null);
    if (since !== null && since !== String(state.profile.since || '')) {
      $('since').value = since;
      keepPending('since', since);
      takeSince($('since'));
    }
    const asOf = typedBeforeStart.as_of || (typeof draft.as_of === 'string' ? draft.as_of : null);
    if (asOf !== null && asOf !== state.as_of) {
      $('as-of').value = asOf;
      keepPending('as_of', asOf);
      takeAsOf($('as-of'));
    }
  }

  $('as-of-today').addEventListener('click', () => {
    settlePending('as_of');
    commit({ ...state, as_of: null }, '核算日期已改回今天');
  });

  // The print sheet's name, employer and title: saved apart from the records (store.js), each
  // field on each keystroke. Typed before the start, a field's text is taken over the saved one.
  for (const field of Object.keys(identity)) {
    const input = $(`identity-${field}`);
    if (input.value !== '' && input.value !== identity[field]) {
      identity[field] = input.value;
      saveIdentityField(field, input.value, storageKey);
    } else {
      input.value = identity[field];
    }
    input.addEventListener('input', () => {
      identity[field] = input.value;
      saveIdentityField(field, input.value, storageKey);
      renderIdentityOnSheet();
    });
  }
  if (Object.values(identity).some(Boolean)) $('identity').open = true;

  function renderIdentityOnSheet() {
    if (result && result.ok) renderPrintSheet($('print-sheet'), state, result, todayLocal(), identity, pack, vocab);
  }

  // Another tab typed a field: shown here too, except in the field this tab is typing in.
  signal.addEventListener('abort', watchOtherTabsIdentity((theirs) => {
    for (const field of Object.keys(identity)) {
      const input = $(`identity-${field}`);
      if (root.activeElement === input) continue;
      identity[field] = theirs[field];
      input.value = theirs[field];
    }
    if (Object.values(identity).some(Boolean)) $('identity').open = true;
    renderIdentityOnSheet();
  }, storageKey));

  // ---- computing and painting ----------------------------------------------

  function evaluateState(s) {
    const doc = toDocument({ ...s, profile: { ...s.profile, affiliation: affiliationInUse() } }, s.as_of || assessmentDate());
    try {
      return core.evaluate(doc, packText, todayLocal());
    } catch (error) {
      // The core answers bad input with an error document; a trap (a bug) must
      // still not take the page down with it: the records stay saved and shown.
      return { ok: false, errors: [{ path: '', code: 'core_failed', message: `计算核心出错（${error.message}），您的记录已保存；请刷新页面后再试。` }] };
    }
  }

  function renderAll() {
    renderSituation();
    renderBackupOffer();
    result = core ? evaluateState(state) : null;
    showPackPeriod($('as-of-pack'), result, $('as-of-note'));
    const count = state.records.length;
    $('records-count').textContent = count ? `（${count}条）` : '';
    $('records-empty').hidden = count > 0;
    const firstDrawing = Boolean(core) && beforeFirstPaint;
    if (!firstDrawing) renderRecordList();
    if (!core) return;
    if (onResult) onResult(result);
    if (firstDrawing) {
      beforeFirstPaint = false;
      afterNextPaint(() => {
        if (signal.aborted) return;
        // The state and result of now: a change since the first drawing has drawn everything already.
        renderRecordList();
        form.packReady();
        if (result.ok) renderBelowTheFirstScreen();
        performance.mark('cehours-page-complete');
      });
    }
    const body = $('results-body');
    const summary = $('summary');
    if (!result.ok) {
      // Saved records the core refuses (e.g. written by another version): say which, keep them.
      summary.textContent = result.errors.some((e) => e.code === 'core_failed') || dateRefused(result)
        ? '无法计算：' : '保存的记录中有无法计算的内容，请修改或删除：';
      replaceChildren($('overview-body'));
      replaceChildren($('plan'));
      replaceChildren(body, errorList(result.errors));
      return;
    }
    $('results').setAttribute('data-as-of', result.as_of);
    summary.textContent = standing(result, count, vocab);
    renderOverview($('overview-body'), { result, count, today: todayLocal(), afterPeriod: afterPeriod(), showWarnings });
    replaceChildren($('plan'), planView(result, (clause) => clauseChip(clause, result, pack)));
    if (!firstDrawing) renderBelowTheFirstScreen();
    if (!firstResultMarked) {
      firstResultMarked = true;
      performance.mark('cehours-first-result');
    }
  }

  function renderRecordList() {
    renderRecords($('records-list'), state.records, result, vocab, { edit: editRecord, remove: removeRecord, undo: undoChange }, removed);
  }

  function renderBelowTheFirstScreen() {
    renderResults($('results-body'), result, pack, state.records, { today: todayLocal(), edit: editRecord, vocab });
    renderPrintSheet($('print-sheet'), state, result, todayLocal(), identity, pack, vocab);
  }

  /** From the count of records that did not count to the warnings that say why. */
  function showWarnings() {
    const heading = $('warnings-h');
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  /** Opens a record in the form; from a warning, the form says what is wrong with it. */
  function editRecord(index, advice) {
    $('after-add').hidden = true;
    form.edit(index, state.records[index], advice);
  }

  function errorList(errors) {
    return el('ul', { class: 'errors' }, errors.map((e) => el('li', {}, e.path ? `${e.path}：${e.message}` : e.message)));
  }

  // ---- changes, with undo ----------------------------------------------------

  function announce(message, canUndo) {
    $('status-text').textContent = shownText(message);
    $('undo').hidden = !canUndo;
  }

  function commit(next, message, undoable = false, removedRow = null) {
    undo = undoable ? { state } : null;
    removed = removedRow;
    questioned = null;
    const recordsChanged = next.records !== state.records;
    state = next;
    replaceChildren($('message'));
    $('after-add').hidden = true;
    if (!save(state, storageKey)) $('message').textContent = '未能保存到本机（浏览器存储不可用或已满），请用“导出”保存您的记录。';
    if (recordsChanged) form.recordsChanged();
    renderAll();
    announce(message, undoable);
  }

  /** Another tab saved (or both saved at once): show the merged records and say so; undo would cross the merge. */
  function adoptOtherTab(next, notice) {
    undo = null;
    removed = null;
    state = next;
    form.recordsChanged();
    renderAll();
    $('message').textContent = notice;
    announce(notice, false);
  }
  signal.addEventListener('abort', watchOtherTabs(adoptOtherTab, storageKey));

  /**
   * Runs `change`, then scrolls so the list row at the same place (`row()`, looked up after the
   * change) sits where the one changed sat on screen: cards above it (the results, a message)
   * change height, and the row must not move under the person's finger.
   */
  function holdRowInPlace(index, change, row) {
    const old = $('records-list').querySelector(`li[data-index="${index}"], li.removed`);
    const top = old ? old.getBoundingClientRect().top : null;
    change();
    const now = row();
    if (!now) return;
    if (top !== null) window.scrollBy(0, now.closest('li').getBoundingClientRect().top - top);
    now.focus({ preventScroll: true });
  }

  /** Undoes the last change; a deleted record comes back where it was, with the focus on it. */
  function undoChange() {
    if (!undo) return;
    const previous = undo.state;
    const restoredRow = removed && removed.index;
    if (restoredRow === null) {
      commit(previous, '已撤销');
      // The undo button hides itself; keep keyboard focus somewhere sensible.
      $('records-h').focus();
      return;
    }
    holdRowInPlace(restoredRow, () => commit(previous, '已撤销'),
      () => $('records-list').querySelector(`li[data-index="${restoredRow}"] button.edit`));
  }
  $('undo').addEventListener('click', undoChange);

  function removeRecord(index) {
    const records = state.records.filter((_, i) => i !== index);
    // The deleted row leaves its own undo in its place: the focus goes there, and the view stays.
    holdRowInPlace(index, () => commit({ ...state, records }, `已删除第${index + 1}条记录`, true, { index, record: state.records[index] }),
      () => $('records-list').querySelector('li.removed button'));
  }

  /** Maps the core's errors for records[i] onto the form's fields. */
  async function submitRecord(record, index) {
    const records = state.records.slice();
    const at = index === null ? records.length : index;
    records[at] = record;
    const next = { ...state, records };
    try {
      await coreReady;
    } catch {
      // Without the core the field checks alone stand; the record is still kept.
    }
    if (core) {
      const answer = evaluateState(next);
      const doubt = answer.ok && answer.warnings.find((w) => w.record === at && QUESTIONED_DATES.has(w.code));
      if (doubt && questioned !== JSON.stringify(record)) {
        questioned = JSON.stringify(record);
        const field = record.date === undefined ? 'year' : 'date';
        return { errors: { [field]: `${doubt.text}。` },
          message: `这条记录不会计入，日期对吗？如确实无误，请再按一次“${index === null ? '添加记录' : '保存修改'}”。` };
      }
      if (!answer.ok) {
        const prefix = `records[${at}].`;
        const errors = {};
        const other = [];
        for (const e of answer.errors) {
          if (e.path.startsWith(prefix)) errors[e.path.slice(prefix.length).split(/[.[]/)[0]] = e.message;
          else other.push(e.message);
        }
        return { errors, message: other.join('；') || '请按提示修改标红的项目。' };
      }
    }
    const message = index === null ? `已添加第${at + 1}条记录` : `已保存第${at + 1}条记录的修改`;
    commit(next, message);
    // On a phone the results are above the form: say the outcome here too (not live: #summary already is),
    // and keep the focus here, under the button just pressed, for the next record or the way to the results.
    const afterAdd = $('after-add');
    $('after-add-text').textContent = result && result.ok ? `${message}。${summarize(result, vocab)}` : `${message}。`;
    afterAdd.hidden = false;
    afterAdd.focus({ preventScroll: true });
    afterAdd.scrollIntoView({ block: 'nearest' });
    return null;
  }

  // An old "已添加" under a form being changed, or showing a new error, is stale. Captured on the
  // card, so it runs before the form's own submit handler can say what happened this time.
  const hideAfterAdd = () => { $('after-add').hidden = true; };
  $('add').addEventListener('input', hideAfterAdd, { capture: true });
  $('add').addEventListener('submit', hideAfterAdd, { capture: true });

  $('add-start').addEventListener('click', () => {
    $('add').scrollIntoView({ block: 'start' });
    $('f-kind').focus({ preventScroll: true });
  });

  // A fragment link cannot reach into a shadow root: move to the results by hand.
  $('after-add-link').addEventListener('click', (event) => {
    event.preventDefault();
    $('results').scrollIntoView({ block: 'start' });
    $('results').focus({ preventScroll: true });
  });

  // ---- sample, clear, export, import, share, print -----------------------------

  /**
   * Replaces the records (and the profile and date that come with them) by `next`: records saved
   * here are never replaced unasked, and when the person agrees they are backed up first, to be
   * restored at any time, after a reload too (the backup offer under the toolbar). One way for
   * a share link, 示例, an import and 清空.
   * @param {object} next  the state to show
   * @param {{reason: string, question: string, confirm: string, keep: string, message: string, done?: () => void}} how
   *   reason: what replaced them, as the backup names it ('载入示例' → "载入示例前的9条记录")
   */
  function replaceRecords(next, { reason, question, confirm, keep, message, done }) {
    const replace = () => {
      if (state.records.length) saveBackup(state, reason, storageKey);
      commit(next, message, state.records.length > 0);
      if (done) done();
      $('summary').scrollIntoView({ block: 'nearest' });
    };
    if (!state.records.length) {
      replace();
      return;
    }
    askBeforeReplacing($('message'), {
      question,
      confirm,
      keep,
      onConfirm: replace,
      onKeep: () => {
        if (done) done();
        replaceChildren($('message'));
        announce('已保留您的记录，没有替换', false);
        $('records-h').focus();
      },
    });
  }

  /** The backup of replaced records, offered under the toolbar while it differs from what is shown. */
  function renderBackupOffer() {
    const backup = readBackup(storageKey);
    const shown = backup && backup.state.records.length > 0 && !sameState(backup.state, state) ? backup : null;
    backupOffer($('backup-offer'), shown, { restore: restoreBackup, drop: forgetBackup });
  }

  /** Restores the backup; records shown now are backed up in its place, so a restore can be undone the same way. */
  function restoreBackup() {
    const backup = readBackup(storageKey);
    if (!backup) return;
    if (state.records.length) saveBackup(state, '恢复备份', storageKey);
    else dropBackup(storageKey);
    replaceChildren($('message'));
    commit(backup.state, `已恢复${backup.reason ? `${backup.reason}前` : '原有'}的${backup.state.records.length}条记录`, true);
    $('records-h').focus();
  }

  function forgetBackup() {
    dropBackup(storageKey);
    renderBackupOffer();
    announce('已删除备份', false);
    $('records-h').focus();
  }

  $('sample').addEventListener('click', () => {
    const mine = state.records.length;
    replaceRecords({ ...state, profile: { ...SAMPLE.profile }, records: SAMPLE.records.map((r) => ({ ...r })) }, {
      reason: '载入示例',
      question: `示例会替换本机保存的您的${mine}条记录。替换前会先备份，随时可以恢复。`,
      confirm: '载入示例',
      keep: '保留我的记录',
      message: `已载入示例：一位${affiliationName(vocab, SAMPLE.profile.affiliation)}的工程师`,
    });
  });

  $('clear').addEventListener('click', () => {
    const mine = state.records.length;
    if (!mine) {
      announce('没有可清空的记录', false);
      return;
    }
    replaceRecords({ ...state, records: [] }, {
      reason: '清空',
      question: `要清空本机保存的${mine}条记录吗？清空前会先备份，随时可以恢复。`,
      confirm: `清空${mine}条记录`,
      keep: '不清空',
      message: `已清空${mine}条记录`,
    });
  });

  function exportRecords() {
    const text = JSON.stringify(toDocument(state), null, 2) + '\n';
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = el('a', { href: url, download: `cehours-records-${todayLocal()}.json`, hidden: true });
    container.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    announce(`已导出${state.records.length}条记录`, false);
  }
  $('export').addEventListener('click', exportRecords);

  /** Checks a records document with the core; returns the calculator's state or a Chinese reason. */
  async function readDocument(doc) {
    const shaped = fromDocument(doc);
    if (!shaped.state) return shaped;
    try {
      await coreReady;
    } catch {
      return { state: null, reason: '计算核心或规则包不可用，无法检查其中的记录。' };
    }
    const answer = evaluateState(shaped.state);
    if (!answer.ok) {
      const shown = answer.errors.slice(0, SHOWN_ERRORS).map((e) => `${e.path}：${e.message}`).join('；');
      const more = answer.errors.length > SHOWN_ERRORS ? `等${answer.errors.length}处` : '';
      return { state: null, reason: `文件中的记录有问题（${shown}${more}）。` };
    }
    return shaped;
  }

  $('import-file').addEventListener('change', async (event) => {
    const input = event.target;
    const file = input.files && input.files[0];
    input.value = '';
    if (!file) return;
    const refuse = (reason) => {
      $('message').textContent = shownText(`未导入“${file.name}”：${reason}原有记录没有改变。`);
      announce('导入失败，原有记录没有改变', false);
    };
    try {
      await ready;
    } catch {
      // Without the core the file is still read; readDocument says why it cannot be checked.
    }
    // The core's own bound on a records document, checked before the file is read.
    const limit = vocab && vocab.limits.document_bytes;
    if (limit && file.size > limit) {
      refuse(`文件太大（超过${limit / 1024 / 1024} MB），不是本页导出的记录文件。`);
      return;
    }
    let doc;
    try {
      doc = JSON.parse(await file.text());
    } catch (error) {
      refuse(`文件不是有效的JSON（${error.message}）。`);
      return;
    }
    const read = await readDocument(doc);
    if (!read.state) {
      refuse(read.reason);
      return;
    }
    const count = read.state.records.length;
    replaceRecords(read.state, {
      reason: `导入“${file.name}”`,
      question: `文件“${file.name}”中有${count}条记录，导入会替换本机保存的您的${state.records.length}条记录。替换前会先备份，随时可以恢复。`,
      confirm: `导入${count}条记录`,
      keep: '保留我的记录',
      message: `已导入“${file.name}”中的${count}条记录`,
    });
  });

  const sharePanel = createSharePanel($('share-box'), {
    link: () => shareLink(state, window.location, sharePrefix),
    text: () => (result && result.ok ? summaryText(result, state.records.length, vocab) : '（计算核心尚未就绪）'),
    exportRecords,
    print: () => window.print(),
    announce: (message) => announce(message, false),
  });
  $('share').addEventListener('click', () => sharePanel.show());

  $('print').addEventListener('click', () => window.print());
  // The sheet carries the date it is printed on, even if the page stayed open overnight.
  window.addEventListener('beforeprint', () => {
    const date = $('print-date');
    if (date) date.textContent = todayLocal();
  }, { signal });

  /** The link's fragment is read: take it out of the address bar so a reload does not ask again. */
  function forgetLink() {
    history.replaceState(null, '', window.location.href.split('#')[0]);
  }

  /**
   * A share link opened: show its records. Records already saved here are
   * not replaced unasked; when the person agrees they are kept to restore.
   */
  async function openShareLink() {
    let doc;
    try {
      doc = documentFromHash(window.location.hash, sharePrefix);
    } catch {
      $('message').textContent = '分享链接已损坏，无法读取其中的记录；您的记录没有改变。';
      return;
    }
    if (!doc) return;
    const read = await readDocument(doc);
    if (!read.state) {
      forgetLink();
      $('message').textContent = shownText(`分享链接中的记录无法使用：${read.reason}您的记录没有改变。`);
      return;
    }
    if (JSON.stringify(read.state) === JSON.stringify(state)) {
      forgetLink();
      announce(`分享链接中的${read.state.records.length}条记录与本机保存的相同`, false);
      return;
    }
    const shared = read.state.records.length;
    replaceRecords(read.state, {
      reason: '打开分享链接',
      question: `这个分享链接中有${shared}条记录。本机已保存您的${state.records.length}条记录：查看链接中的记录时，您的记录会先备份，随时可以恢复。`,
      confirm: `查看链接中的${shared}条记录`,
      keep: '保留我的记录',
      message: `已打开分享链接中的${shared}条记录`,
      done: forgetLink,
    });
  }

  window.addEventListener('hashchange', openShareLink, { signal });

  // ---- start ----------------------------------------------------------------

  /** The calculator cannot compute: say so where the results would be, and tell the host. */
  function fail(error) {
    const loading = $('results-loading');
    $('summary').textContent = '';
    replaceChildren($('overview-body'));
    loading.classList.add('load-error');
    loading.setAttribute('role', 'alert');
    loading.textContent = error.message;
    replaceChildren($('results-body'), error.errors ? errorList(error.errors.slice(0, SHOWN_ERRORS)) : null);
    if (onError) onError(error);
  }

  $('message').textContent = saved.problem;
  if (options.core) {
    core = options.core;
    $('results-loading').hidden = true;
    adoptPack(null, null);
  }
  renderAll();

  // The core and the pack, up and adopted (already, when the core was started before the
  // mount). A share link in the address waits for this, and `ready` (what the host awaits)
  // waits for the link too; readDocument waits on this one alone, so opening a link never
  // waits on itself.
  const coreReady = options.core ? Promise.resolve() : Promise.all([
    options.startCore().catch((cause) => {
      throw Object.assign(new Error(`计算核心无法启动（${downloadReason(cause)}）。记录仍会保存在本机。`), { code: 'core_unavailable' });
    }),
    options.loadPack ? options.loadPack() : null,
  ]).then(([loaded, text]) => {
    if (signal.aborted) return;
    if (text !== null) checkPack(loaded, text);
    core = loaded;
    $('results-loading').hidden = true;
    adoptPack(text, null);
    renderAll();
  });
  const ready = coreReady.then(() => {
    if (signal.aborted) return null;
    takeTypedSituation();
    return openShareLink();
  });
  ready.catch((error) => {
    if (!signal.aborted) fail(error);
  });

  /** The pack computed with from now on (null: the built-in one), already accepted by the core. */
  function adoptPack(text, cases) {
    packText = text;
    casesText = cases;
    pack = text === null ? core.defaultPack() : JSON.parse(text);
    vocab = core.describe(text);
    $('footer-rules').textContent = `规则：${pack.title || ''}（${pack.id || ''}）`;
    if (!beforeFirstPaint) form.packReady();
    if (rulePanel) rulePanel.packChanged();
  }

  return {
    ready,
    get result() {
      return result;
    },
    /** Whether something is typed and not yet added or applied (a draft): a new version then waits for the person's word. */
    editing() {
      return Boolean(loadDraft(storageKey).form) || pending.since !== null || pending.as_of !== null;
    },
    async evaluate() {
      await coreReady;
      renderAll();
      return result;
    },
    destroy() {
      lifetime.abort();
    },
  };
}
