// The calculator, mountable into any container: a div of the page, a div
// in a shadow root for <cehours-calculator>. It wires the saved records, the
// forms and the results together. Order matters for speed: the frame and the
// saved records are painted first; the rules core (wasm) and the rule pack
// arrive after, and every change recomputes the result from scratch (the
// core is fast; a calculator this size needs no incremental bookkeeping).

import { el, replaceChildren, shownText } from './dom.js';
import { todayLocal, isIsoDate } from './dates.js';
import { loadSaved, save, saveBackup, readBackup, watchOtherTabs } from './store.js';
import { toDocument, fromDocument, shareLink, documentFromHash } from './doc.js';
import { packYears, lastDeadline } from './pack.js';
import { buildShell } from './shell.js';
import { checkPack } from './pack_load.js';
import { createRecordForm } from './record_form.js';
import { renderRecords } from './records_list.js';
import { renderResults, summarize } from './results_view.js';
import { renderPrintSheet } from './print_sheet.js';
import { showPackPeriod, dateRefused } from './pack_period.js';
import { SAMPLE } from './sample.js';

// The core's own bound on a records document (core/lib/limits.hpp), not a rule of the notice.
const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
// How many of a refused file's problems to name; the rest are counted.
const SHOWN_ERRORS = 5;

/**
 * @param {HTMLElement} container  emptied and filled; its root node (the document
 *   or a shadow root) is where the calculator's ids are looked up
 * @param {object} options
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
  buildShell(container, { embedded: Boolean(options.embedded), lang });
  const root = container.getRootNode();
  const $ = (id) => root.getElementById(id);
  // Listeners on window go when the calculator is unmounted (an element removed or re-rendered).
  const lifetime = new AbortController();
  const { signal } = lifetime;

  const saved = loadSaved(storageKey);
  let state = saved.state;
  let core = null;
  let pack = null;
  let packText = null;
  let casesText = null; // the conformance cases of a pack chosen from a file (null: the built-in pack's own)
  let result = null;
  let undo = null;
  let firstResultMarked = false;

  const form = createRecordForm($('record-form'), {
    years: () => packYears(pack),
    pack: () => pack,
    submit: submitRecord,
  });

  const rulePanel = options.ruleTools ? options.ruleTools(container.querySelector('.layout'), {
    pack: () => pack,
    check: async () => {
      await ready;
      return core.checkPack(packText, casesText);
    },
    usePack: async (text, cases) => {
      await ready;
      if (text !== null) checkPack(core, text);
      adoptPack(text, cases);
      renderAll();
    },
  }) : null;

  // ---- the assessment date -------------------------------------------------

  /**
   * The date the result is computed for: the one the person chose, else today;
   * but a today past the pack's last deadline (四: 补修截止到2017年12月31日)
   * would show every year closed, so the last deadline is used and the page says so.
   */
  function assessmentDate() {
    if (state.as_of) return state.as_of;
    const today = todayLocal();
    const last = pack && lastDeadline(pack);
    return last && today > last.value ? last.value : today;
  }

  function renderSituation() {
    for (const radio of root.querySelectorAll('input[name="affiliation"]')) {
      radio.checked = radio.value === state.profile.affiliation;
    }
    const input = $('as-of');
    input.value = assessmentDate();
    const today = todayLocal();
    const note = $('as-of-note');
    $('as-of-today').hidden = !state.as_of;
    if (state.as_of) {
      note.textContent = `按您指定的日期 ${state.as_of} 计算。`;
    } else if (input.value !== today) {
      const last = lastDeadline(pack);
      const basis = last.clause ? `（${last.clause}：“${last.quote || ''}”）` : '';
      note.textContent = `今天（${today}）已晚于本规则的最后截止日期 ${last.value}${basis}，所以按 ${last.value} 计算；需要按其他日期自查，请修改上面的日期。`;
    } else {
      note.textContent = `按今天（${today}）计算。`;
    }
  }

  $('situation').addEventListener('change', (event) => {
    const target = event.target;
    if (target.name === 'affiliation') {
      commit({ ...state, profile: { affiliation: target.value } }, target.value === 'county' ? '已改为县区所属单位' : '已改为市属单位');
    } else if (target.id === 'as-of') {
      if (!isIsoDate(target.value)) {
        $('as-of-note').textContent = '日期无效，请按“年-月-日”填写。';
        return;
      }
      commit({ ...state, as_of: target.value }, `评估日期改为 ${target.value}`);
    }
  });

  $('as-of-today').addEventListener('click', () => commit({ ...state, as_of: null }, '评估日期改回按今天计算'));

  // ---- computing and painting ----------------------------------------------

  function evaluateState(s) {
    const doc = toDocument(s, s.as_of || assessmentDate());
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
    result = core ? evaluateState(state) : null;
    showPackPeriod($('as-of-pack'), result, $('as-of-note'));
    const count = state.records.length;
    $('records-count').textContent = count ? `（${count}条）` : '';
    $('records-empty').hidden = count > 0;
    renderRecords($('records-list'), state.records, result, { edit: (i) => form.edit(i, state.records[i]), remove: removeRecord });
    if (!core) return;
    if (onResult) onResult(result);
    const body = $('results-body');
    const summary = $('summary');
    if (!result.ok) {
      // Saved records the core refuses (e.g. written by another version): say which, keep them.
      summary.textContent = result.errors.some((e) => e.code === 'core_failed') || dateRefused(result)
        ? '无法计算：' : '保存的记录中有无法计算的内容，请修改或删除：';
      replaceChildren(body, errorList(result.errors));
      return;
    }
    $('results').setAttribute('data-as-of', result.as_of);
    summary.textContent = summarize(result);
    renderResults(body, result, pack, state.records);
    renderPrintSheet($('print-sheet'), state, result, todayLocal());
    if (!firstResultMarked) {
      firstResultMarked = true;
      performance.mark('cehours-first-result');
    }
  }

  function errorList(errors) {
    return el('ul', { class: 'errors' }, errors.map((e) => el('li', {}, e.path ? `${e.path}：${e.message}` : e.message)));
  }

  // ---- changes, with undo ----------------------------------------------------

  function announce(message, canUndo) {
    $('status-text').textContent = shownText(message);
    $('undo').hidden = !canUndo;
  }

  function commit(next, message, undoable = false) {
    undo = undoable ? { state } : null;
    const recordsChanged = next.records !== state.records;
    state = next;
    $('message').textContent = '';
    $('after-add').hidden = true;
    if (!save(state, storageKey)) $('message').textContent = '未能保存到本机（浏览器存储不可用或已满），请用“导出”保存您的记录。';
    if (recordsChanged) form.recordsChanged();
    renderAll();
    announce(message, undoable);
  }

  /** Another tab saved (or both saved at once): show the merged records and say so; undo would cross the merge. */
  function adoptOtherTab(next, notice) {
    undo = null;
    state = next;
    form.recordsChanged();
    renderAll();
    $('message').textContent = notice;
    announce(notice, false);
  }
  signal.addEventListener('abort', watchOtherTabs(adoptOtherTab, storageKey));

  $('undo').addEventListener('click', () => {
    if (!undo) return;
    const previous = undo.state;
    commit(previous, '已撤销');
    // The undo button hides itself; keep keyboard focus somewhere sensible.
    $('records-h').focus();
  });

  function removeRecord(index) {
    const records = state.records.filter((_, i) => i !== index);
    commit({ ...state, records }, `已删除第${index + 1}条记录`, true);
    // The deleted row (and its focused button) is gone: offer undo next.
    $('undo').focus();
  }

  /** Maps the core's errors for records[i] onto the form's fields. */
  async function submitRecord(record, index) {
    const records = state.records.slice();
    const at = index === null ? records.length : index;
    records[at] = record;
    const next = { ...state, records };
    try {
      await ready;
    } catch {
      // Without the core the field checks alone stand; the record is still kept.
    }
    if (core) {
      const answer = evaluateState(next);
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
    // On a phone the results are above the form: say the outcome here too (not live: #summary already is).
    $('after-add-text').textContent = result && result.ok ? `${message}。${summarize(result)}` : `${message}。`;
    $('after-add').hidden = false;
    return null;
  }

  // A fragment link cannot reach into a shadow root: move to the results by hand.
  $('after-add-link').addEventListener('click', (event) => {
    event.preventDefault();
    $('results').scrollIntoView({ block: 'start' });
    $('results').focus({ preventScroll: true });
  });

  // ---- sample, clear, export, import, share, print -----------------------------

  $('sample').addEventListener('click', () => {
    commit({ ...state, profile: { ...SAMPLE.profile }, records: SAMPLE.records.map((r) => ({ ...r })) }, '已载入示例：一位市属单位的工程师', state.records.length > 0);
  });

  $('clear').addEventListener('click', () => {
    if (!state.records.length) return;
    commit({ ...state, records: [] }, `已清空${state.records.length}条记录`, true);
  });

  $('export').addEventListener('click', () => {
    const text = JSON.stringify(toDocument(state), null, 2) + '\n';
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = el('a', { href: url, download: `cehours-records-${todayLocal()}.json`, hidden: true });
    container.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    announce(`已导出${state.records.length}条记录`, false);
  });

  /** Checks a records document with the core; returns the calculator's state or a Chinese reason. */
  async function readDocument(doc) {
    const shaped = fromDocument(doc);
    if (!shaped.state) return shaped;
    try {
      await ready;
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
    if (file.size > MAX_IMPORT_BYTES) {
      refuse(`文件太大（超过${MAX_IMPORT_BYTES / 1024 / 1024} MB），不是本页导出的记录文件。`);
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
    $('message').textContent = '';
    commit(read.state, `已导入“${file.name}”中的${read.state.records.length}条记录`, true);
  });

  $('share').addEventListener('click', async () => {
    const link = shareLink(state, window.location, sharePrefix);
    $('share-box').hidden = false;
    const field = $('share-link');
    field.value = link;
    field.select();
    let copied = false;
    try {
      await navigator.clipboard.writeText(link);
      copied = true;
    } catch {
      // Clipboard refused (e.g. file://): the link stays selected in the box for manual copying.
    }
    announce(copied ? '分享链接已复制' : '请复制下面的分享链接', false);
  });

  $('print').addEventListener('click', () => window.print());
  // The sheet carries the date it is printed on, even if the page stayed open overnight.
  window.addEventListener('beforeprint', () => {
    const date = $('print-date');
    if (date) date.textContent = todayLocal();
  }, { signal });

  /** A share link opened: show its records, keeping the previous ones to restore. */
  async function openShareLink() {
    let doc;
    try {
      doc = documentFromHash(window.location.hash, sharePrefix);
    } catch {
      $('message').textContent = '分享链接已损坏，无法读取其中的记录；您的记录没有改变。';
      return;
    }
    if (!doc) return;
    history.replaceState(null, '', window.location.href.split('#')[0]);
    const read = await readDocument(doc);
    if (!read.state) {
      $('message').textContent = shownText(`分享链接中的记录无法使用：${read.reason}您的记录没有改变。`);
      return;
    }
    if (JSON.stringify(read.state) === JSON.stringify(state)) return;
    if (state.records.length) saveBackup(state, storageKey);
    commit(read.state, `已打开分享链接中的${read.state.records.length}条记录`);
    if (readBackup(storageKey)) {
      replaceChildren($('message'), '原有记录已备份。 ', el('button', { type: 'button', onclick: restoreBackup }, '恢复原有记录'));
    }
  }

  function restoreBackup() {
    const backup = readBackup(storageKey);
    if (backup) commit(backup, `已恢复原有的${backup.records.length}条记录`, true);
    $('message').textContent = '';
  }

  window.addEventListener('hashchange', openShareLink, { signal });

  // ---- start ----------------------------------------------------------------

  /** The calculator cannot compute: say so where the results would be, and tell the host. */
  function fail(error) {
    const loading = $('results-loading');
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

  const ready = options.core ? Promise.resolve().then(openShareLink) : Promise.all([
    options.startCore().catch((cause) => {
      throw Object.assign(new Error(`计算核心无法启动：${cause.message}。记录仍会保存在本机。`), { code: 'core_unavailable' });
    }),
    options.loadPack ? options.loadPack() : null,
  ]).then(([loaded, text]) => {
    if (signal.aborted) return null;
    if (text !== null) checkPack(loaded, text);
    core = loaded;
    $('results-loading').hidden = true;
    adoptPack(text, null);
    renderAll();
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
    $('footer-rules').textContent = `规则：${pack.title || ''}（${pack.id || ''}）`;
    form.packReady();
    if (rulePanel) rulePanel.packChanged();
  }

  return {
    ready,
    get result() {
      return result;
    },
    async evaluate() {
      await ready;
      renderAll();
      return result;
    },
    destroy() {
      lifetime.abort();
    },
  };
}
