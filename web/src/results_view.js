// Renders the core's result document: per year (newest first, as a person
// thinks of it: this year, then the make-up years), the counted lines with
// their clause, warnings and the readings the rules chose; the plan on top.

import { el, replaceChildren } from './dom.js';
import { CATEGORY_LABEL } from './kinds.js';
import { clauseText } from './pack.js';
import { figureNotes } from './figure_notes.js';
import { awaitingLine, planView } from './plan_view.js';

const STATUS = { complete: '已达标', open: '未达标', closed: '已截止', not_required: '无需完成' };
const ROLE = { current: '本年度', make_up: '补修' };

/** A clause reference: hover shows the quote (title), tap or Enter opens it inline. */
function clauseChip(clause, result, pack) {
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

function bar(year, category, numbers, currentYear, notes) {
  const { required, earned, remaining } = numbers;
  const percent = required > 0 ? Math.min(100, (earned / required) * 100) : 100;
  const fill = el('span', { class: 'fill' });
  fill.style.width = `${percent}%`;
  return el('div', { class: `bar-row ${remaining > 0 ? 'short' : 'met'}`, 'data-category': category,
    'data-required': required, 'data-earned': earned, 'data-remaining': remaining },
  el('div', { class: 'bar-label' },
    el('span', { class: 'bar-name' }, CATEGORY_LABEL[category]),
    el('span', { class: 'bar-numbers' }, `已取得 ${earned} / 需 ${required} 学时`),
    el('strong', { class: 'bar-remaining' }, remaining > 0 ? `还差 ${remaining}` : '已达标')),
  el('div', { class: 'bar', role: 'progressbar', 'aria-label': `${year}年度${CATEGORY_LABEL[category]}学时`,
    'aria-valuemin': 0, 'aria-valuemax': required, 'aria-valuenow': Math.min(earned, required),
    'aria-valuetext': `已取得${earned}学时，需${required}学时` }, fill),
  notesBeside(notes.bar(year, category)),
  transferNote(numbers.transferred, currentYear, notes),
  awaitingLine(numbers.awaiting, currentYear));
}

// transferred > 0: surplus received from the current year; < 0: surplus given to make-up years (四（二）).
function transferNote(transferred, currentYear, notes) {
  if (!transferred) return null;
  return el('div', { class: 'transfer' }, el('p', {}, transferred > 0
    ? `其中 ${transferred} 学时由${currentYear}年度超出部分补入（四（二））`
    : `超出部分中有 ${-transferred} 学时补入往年（四（二））`),
  notesBeside(notes.transfer()));
}

function deadlineText(y) {
  if (y.status === 'not_required') return '成为专业技术人员之前的年度，不要求学时';
  if (y.status === 'closed') return `截止日期 ${y.deadline}，已截止`;
  if (y.days_left === 0) return `截止日期 ${y.deadline}，今天截止`;
  return `截止日期 ${y.deadline}，还剩 ${y.days_left} 天`;
}

function yearCard(y, result, pack, notes) {
  const current = result.years.find((c) => c.role === 'current');
  const lines = result.lines.filter((l) => l.year === y.year);
  const status = y.status || (y.complete ? 'complete' : 'open');
  return el('article', { class: `year status-${status}`, 'data-year': y.year, 'data-status': status, 'aria-labelledby': `year-${y.year}` },
    el('header', {},
      el('h3', { id: `year-${y.year}` }, `${y.year}年度`, y.role ? el('span', { class: 'role' }, ROLE[y.role] || y.role) : null),
      el('span', { class: 'badge' }, STATUS[status] || status)),
    el('p', { class: 'deadline' }, deadlineText(y)),
    notesBeside(notes.deadline(y.year)),
    bar(y.year, 'public', y.public, current && current.year, notes),
    bar(y.year, 'professional', y.professional, current && current.year, notes),
    lines.length
      ? el('details', { class: 'lines', open: true }, el('summary', {}, `计入的学时（${lines.length}项）`),
        el('ul', {}, lines.map((l) => el('li', { 'data-record': l.record === undefined ? null : l.record },
          el('span', { class: 'line-text' }, l.record === undefined ? '' : `第${l.record + 1}条 `, l.text),
          el('span', { class: 'line-hours' }, `${CATEGORY_LABEL[l.category]} ${l.hours}`),
          clauseChip(l.clause, result, pack),
          notesBeside(notes.line(l))))))
      : el('p', { class: 'muted' }, '本年度还没有计入的学时。'));
}

/** One sentence per year, for the aria-live summary and the top of the results. */
export function summarize(result) {
  return result.years.slice().reverse().map((y) => {
    const gaps = ['public', 'professional'].filter((c) => y[c].remaining > 0)
      .map((c) => `${CATEGORY_LABEL[c]}还差${y[c].remaining}学时`);
    const status = STATUS[y.status] || (y.complete ? STATUS.complete : STATUS.open);
    return `${y.year}年度${status}${gaps.length ? `：${gaps.join('，')}` : ''}`;
  }).join('；') + '。';
}

/**
 * @param {HTMLElement} box  the results container
 * @param {object} result  an ok result document
 * @param {object|null} pack
 * @param {object[]} [records]  the records evaluated, to place each reading beside the lines it explains
 */
export function renderResults(box, result, pack, records = []) {
  const years = result.years.slice().sort((a, b) => b.year - a.year);
  const notes = figureNotes(pack, result, records);
  replaceChildren(box,
    planView(result, (clause) => clauseChip(clause, result, pack)),
    years.map((y) => yearCard(y, result, pack, notes)),
    result.warnings.length
      ? el('section', { class: 'warnings', 'aria-labelledby': 'warnings-h' },
        el('h3', { id: 'warnings-h' }, `提醒（${result.warnings.length}）`),
        el('ul', {}, result.warnings.map((w) => el('li', { 'data-code': w.code },
          w.record === undefined ? '' : `第${w.record + 1}条记录：`, w.text, ' ',
          w.clause ? clauseChip(w.clause, result, pack) : null))))
      : null,
    result.notes && result.notes.length
      ? el('details', { class: 'notes' }, el('summary', {}, '本工具对通知的理解（通知未写明之处）'),
        el('ul', {}, result.notes.map((n) => el('li', {}, n.text, ' ', n.clause ? clauseChip(n.clause, result, pack) : null))))
      : null);
}
