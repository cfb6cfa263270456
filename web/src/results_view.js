// Renders the core's result document: first the warnings (each a way to its
// record's form), then per year (newest first, as a person thinks of it:
// this year, then the make-up years), the counted lines with their clause,
// the readings the rules chose. The plan goes on the first screen (#plan, plan_view.js).

import { el, replaceChildren } from './dom.js';
import { STATUS_LABEL as STATUS, ROLE_LABEL as ROLE } from './status_words.js';
import { categoryName } from './kinds.js';
import { clauseText } from './pack.js';
import { figureNotes } from './figure_notes.js';
import { awaitingLine } from './plan_view.js';


/** A clause reference: hover shows the quote (title), tap or Enter opens it inline. */
export function clauseChip(clause, result, pack) {
  const quote = clauseText(clause, result, pack);
  const text = el('span', { class: 'quote', hidden: true }, `「${quote}」`);
  const button = el('button', { type: 'button', class: 'clause', title: quote || null, 'aria-expanded': 'false',
    'aria-label': `依据 ${clause}，点按查看原文`, onclick: () => {
      text.hidden = !text.hidden;
      button.setAttribute('aria-expanded', String(!text.hidden));
    } }, clause);
  return [button, text];
}

/**
 * The pack's readings behind a figure, folded beside it (figure_notes.js); nothing when none applies.
 * The clause is named as text (its quote is a tap away in the list of readings below): no button folded out of sight.
 */
function notesBeside(notes) {
  if (!notes.length) return null;
  return el('details', { class: 'figure-note' }, el('summary', {}, '说明：本工具对通知的理解'),
    notes.map((n) => el('p', { 'data-note': n.id }, n.text, n.clause ? `（${n.clause}）` : '')));
}

/**
 * Under a make-up year's public hours while the current year has public hours to spare: those do not
 * make up earlier years; only the make-up topics do (the pack's make_up.public_affiliations, 四（一）).
 */
function publicSurplusNote(year, category, numbers, current, pack, vocab) {
  const rule = pack && pack.make_up && pack.make_up.public_affiliations;
  if (!rule || category !== 'public' || !current || current.year === year || numbers.remaining <= 0) return null;
  const surplus = current.public.earned - current.public.required;
  if (surplus <= 0) return null;
  return el('p', { class: 'public-surplus' },
    `${current.year}年度${categoryName(vocab, 'public')}多出的${Math.round(surplus * 10) / 10}学时不能补${year}年度：往年${categoryName(vocab, 'public')}只能“${rule.quote}”（${rule.clause}）。`);
}

function bar(year, category, numbers, current, notes, pack, vocab) {
  const currentYear = current && current.year;
  const { required, earned, remaining } = numbers;
  const percent = required > 0 ? Math.min(100, (earned / required) * 100) : 100;
  const fill = el('span', { class: 'fill' });
  fill.style.width = `${percent}%`;
  return el('div', { class: `bar-row ${remaining > 0 ? 'short' : 'met'}`, 'data-category': category,
    'data-required': required, 'data-earned': earned, 'data-remaining': remaining },
  el('div', { class: 'bar-label' },
    el('span', { class: 'bar-name' }, categoryName(vocab, category)),
    el('span', { class: 'bar-numbers' }, `已取得 ${earned} / 需 ${required} 学时`),
    el('strong', { class: 'bar-remaining' }, remaining > 0 ? `还差 ${remaining}` : '已达标')),
  el('div', { class: 'bar', role: 'progressbar', 'aria-label': `${year}年度${categoryName(vocab, category)}学时`,
    'aria-valuemin': 0, 'aria-valuemax': required, 'aria-valuenow': Math.min(earned, required),
    'aria-valuetext': `已取得${earned}学时，需${required}学时` }, fill),
  notesBeside(notes.bar(year, category)),
  transferNote(numbers.transferred, currentYear, notes),
  awaitingLine(numbers.awaiting, currentYear),
  publicSurplusNote(year, category, numbers, current, pack, vocab));
}

// transferred > 0: surplus received from the current year; < 0: surplus given to make-up years (四（二）).
function transferNote(transferred, currentYear, notes) {
  if (!transferred) return null;
  return el('div', { class: 'transfer' }, el('p', {}, transferred > 0
    ? `其中 ${transferred} 学时由${currentYear}年度超出部分补入（四（二））`
    : `超出部分中有 ${-transferred} 学时补入往年（四（二））`),
  notesBeside(notes.transfer()));
}

/**
 * Days and 已截止 are the core's, for the 核算日期 (status, days_left): a card never judges a deadline
 * against today, so it says what the overview says. "今天" only when the 核算日期 is today.
 */
function deadlineText(y, asOf, today) {
  if (y.status === 'not_required') return '成为专业技术人员之前的年度，不要求学时';
  if (y.status === 'closed') return `截止日期 ${y.deadline}，已截止`;
  if (y.status !== 'open') return `截止日期 ${y.deadline}`;
  const fromToday = asOf === today;
  if (y.days_left === 0) return fromToday ? `截止日期 ${y.deadline}，今天截止` : `截止日期 ${y.deadline}，即核算日期`;
  return fromToday ? `截止日期 ${y.deadline}，还剩 ${y.days_left} 天` : `截止日期 ${y.deadline}，核算日期时还剩 ${y.days_left} 天`;
}

function yearCard(y, result, pack, notes, today, vocab) {
  const current = result.years.find((c) => c.role === 'current');
  const lines = result.lines.filter((l) => l.year === y.year);
  const status = y.status || (y.complete ? 'complete' : 'open');
  return el('article', { class: `year status-${status}`, 'data-year': y.year, 'data-status': status, 'aria-labelledby': `year-${y.year}` },
    el('header', {},
      el('h3', { id: `year-${y.year}` }, `${y.year}年度`, y.role ? el('span', { class: 'role' }, ROLE[y.role] || y.role) : null),
      el('span', { class: 'badge' }, STATUS[status] || status)),
    el('p', { class: 'deadline' }, deadlineText(y, result.as_of, today)),
    notesBeside(notes.deadline(y.year)),
    bar(y.year, 'public', y.public, current, notes, pack, vocab),
    bar(y.year, 'professional', y.professional, current, notes, pack, vocab),
    lines.length
      ? el('details', { class: 'lines', open: true }, el('summary', {}, `计入的学时（${lines.length}项）`),
        el('ul', {}, lines.map((l) => el('li', { 'data-record': l.record === undefined ? null : l.record },
          el('span', { class: 'line-text' }, l.record === undefined ? '' : `第${l.record + 1}条 `, l.text),
          el('span', { class: 'line-hours' }, `${categoryName(vocab, l.category)} ${l.hours}`),
          clauseChip(l.clause, result, pack),
          notesBeside(notes.line(l))))))
      : null);
}

/**
 * One sentence on where the person stands, for the aria-live summary and the top of the results:
 * years in the same position are named together (2017、2016、2015年度未达标：…), newest first.
 */
export function summarize(result, vocab) {
  const groups = new Map();
  for (const y of result.years.slice().sort((a, b) => b.year - a.year)) {
    const gaps = ['public', 'professional'].filter((c) => y[c].remaining > 0)
      .map((c) => `${categoryName(vocab, c)}还差${y[c].remaining}学时`);
    const status = STATUS[y.status] || (y.complete ? STATUS.complete : STATUS.open);
    const position = `${status}${gaps.length ? `：${gaps.join('，')}` : ''}`;
    groups.set(position, [...(groups.get(position) || []), y.year]);
  }
  return [...groups].map(([position, years]) => `${years.join('、')}年度${position}`).join('；') + '。';
}

/**
 * @param {HTMLElement} box  the results container
 * @param {object} result  an ok result document
 * @param {object|null} pack
 * @param {object[]} [records]  the records evaluated, to place each reading beside the lines it explains
 * @param {{today?: string, edit?: (index: number, why: string) => void, vocab?: object}} [options]
 *   today: for "今天截止"; edit: opens a record's form from its warning; vocab: the core's
 *   description of the pack (category names)
 */
export function renderResults(box, result, pack, records = [], { today = '', edit = null, vocab = null } = {}) {
  const years = result.years.slice().sort((a, b) => b.year - a.year);
  const notes = figureNotes(pack, result, records);
  const fix = (w) => (w.record !== undefined && edit && records[w.record]
    ? el('button', { type: 'button', class: 'fix', 'aria-label': `修改第${w.record + 1}条记录`, onclick: () => edit(w.record, w.text) }, '修改这条记录')
    : null);
  replaceChildren(box,
    result.warnings.length
      ? el('section', { class: 'warnings', 'aria-labelledby': 'warnings-h' },
        el('h3', { id: 'warnings-h', tabindex: '-1' }, `提醒（${result.warnings.length}）`),
        el('ul', {}, result.warnings.map((w) => el('li', { 'data-code': w.code, 'data-record': w.record === undefined ? null : w.record },
          w.record === undefined ? '' : `第${w.record + 1}条记录：`, w.text, ' ',
          w.clause ? clauseChip(w.clause, result, pack) : null, ' ', fix(w)))))
      : null,
    years.map((y) => yearCard(y, result, pack, notes, today, vocab)),
    result.notes && result.notes.length
      ? el('details', { class: 'notes' }, el('summary', {}, '本工具对通知的理解（通知未写明之处）'),
        el('ul', {}, result.notes.map((n) => el('li', {}, n.text, ' ', n.clause ? clauseChip(n.clause, result, pack) : null))))
      : null);
}
