// The printed 继续教育学时自查表: on A4, who it is for (name, employer, title
// as typed for the printout only), one summary row per year, the plan, the warnings,
// then the records with their certificate numbers and what each counted for,
// and the signature block, which never falls alone onto a page of its own.
// Hidden on screen (the results and records are there already).

import { el, replaceChildren } from './dom.js';
import { STATUS_LABEL as STATUS, ROLE_LABEL as ROLE } from './status_words.js';
import { recordLabel, describeRecord, categoryName } from './kinds.js';


function cell(tag, ...content) {
  return el(tag, {}, ...content);
}

function yearsTable(result) {
  const years = result.years.slice().sort((a, b) => b.year - a.year);
  const numbers = (n) => `${n.earned} / ${n.required}${n.remaining > 0 ? `，尚差 ${n.remaining}` : ''}`;
  return el('table', { class: 'sheet-table' },
    el('caption', {}, '一、学时汇总（已取得 / 应取得，学时）'),
    el('thead', {}, el('tr', {}, ['年度', '公需类', '专业类', '截止日期', '结论'].map((h) => cell('th', h)))),
    el('tbody', {}, years.map((y) => el('tr', {},
      cell('td', `${y.year}年度`, y.role ? `（${ROLE[y.role] || y.role}）` : ''),
      cell('td', numbers(y.public)),
      cell('td', numbers(y.professional)),
      cell('td', y.deadline),
      cell('td', STATUS[y.status] || (y.complete ? STATUS.complete : STATUS.open))))));
}

// The plan as the core wrote it: the least additional hours, step by step, each with its clause.
function planSection(plan) {
  return el('div', { class: 'sheet-plan' }, el('h2', {}, '二、补齐计划'),
    plan.steps.length
      ? [el('p', {}, `最少还需 ${plan.total_hours} 学时：`),
        el('ol', {}, plan.steps.map((step) => el('li', {}, `${step.text}（${step.clause}）`)))]
      : el('p', {}, '无需再补。'),
    plan.unreachable.length
      ? el('ul', {}, plan.unreachable.map((gap) => el('li', {}, `${gap.year}年度：${gap.text}`)))
      : null);
}

// The records table's columns; their widths (style.css, .records-table) are the same in both parts.
const RECORD_COLUMNS = ['序号', '类型', '内容', '证书编号', '计入'];
// Rows that go with the signature, so it never stands alone at the top of a page.
const ROWS_WITH_SIGNATURE = 2;

/**
 * The records as two tables of the same columns: the body, whose header repeats on each page,
 * and the last rows, kept with the signature (Chromium does not keep a block after a table).
 */
function recordsTables(records, result, vocab) {
  const counted = (i) => result.lines.filter((l) => l.record === i)
    .map((l) => `${l.year}年度${categoryName(vocab, l.category)}${l.hours}学时（${l.clause}）`).join('；') || '未计入';
  const rows = records.map((r, i) => el('tr', {},
    cell('td', String(i + 1)),
    cell('td', recordLabel(vocab, r)),
    cell('td', r.title ? `「${r.title}」` : '', describeRecord(vocab, r)),
    cell('td', r.certificate || ''),
    cell('td', counted(i))));
  const table = (body, head) => el('table', { class: 'sheet-table records-table' },
    head ? el('thead', {}, el('tr', {}, RECORD_COLUMNS.map((name) => cell('th', name)))) : null,
    el('tbody', {}, body));
  const split = Math.max(0, rows.length - ROWS_WITH_SIGNATURE);
  return {
    body: split ? table(rows.slice(0, split), true) : null,
    tail: table(rows.slice(split), split === 0),
  };
}

/**
 * @param {HTMLElement} box  the print-only <section>
 * @param {object} state  the page state (records, profile)
 * @param {object} result  an ok result document
 * @param {string} printed  today's date
 * @param {{name: string, unit: string, title: string}} identity  typed for the printout; a blank is left to write in
 * @param {object|null} pack  for the affiliation's name
 * @param {object} vocab  the core's description of the pack (names of kinds, levels, categories)
 */
export function renderPrintSheet(box, state, result, printed, identity, pack, vocab) {
  const transfers = result.lines.filter((l) => l.record === undefined);
  const affiliation = pack && pack.affiliations && pack.affiliations[result.profile.affiliation];
  const blank = (value) => value || '＿＿＿＿＿＿＿＿';
  const tables = recordsTables(state.records, result, vocab);
  replaceChildren(box,
    el('h1', {}, '继续教育学时自查表'),
    el('dl', { class: 'sheet-person' },
      el('div', {}, cell('dt', '姓名'), cell('dd', blank(identity.name))),
      el('div', {}, cell('dt', '单位'), cell('dd', blank(identity.unit))),
      el('div', {}, cell('dt', '职称'), cell('dd', blank(identity.title)))),
    el('dl', { class: 'sheet-meta' },
      el('div', {}, cell('dt', '规则'), cell('dd', `${result.rules.title}（${result.rules.id}），依据${result.rules.document || ''}`)),
      el('div', {}, cell('dt', '单位类型'), cell('dd', (affiliation && affiliation.name) || result.profile.affiliation)),
      el('div', {}, cell('dt', '核算日期'), cell('dd', result.as_of)),
      el('div', {}, cell('dt', '打印日期'), el('dd', { id: 'print-date' }, printed))),
    yearsTable(result),
    transfers.length ? el('p', { class: 'sheet-note' }, transfers.map((l) => `${l.text}（${l.clause}）`).join('；')) : null,
    planSection(result.plan),
    el('div', { class: 'sheet-warnings' }, el('h2', {}, '三、提醒'),
      result.warnings.length
        ? el('ol', {}, result.warnings.map((w) => el('li', {}, w.record === undefined ? '' : `第${w.record + 1}条：`, w.text)))
        : el('p', {}, '无。')),
    el('h2', {}, '四、学时记录'),
    tables.body,
    el('div', { class: 'sheet-end' },
      tables.tail,
      el('p', { class: 'sheet-foot' }, '本表由本人使用继续教育学时自查页面生成，仅供自查参考，以人力资源和社会保障部门登记备案为准。'),
      el('p', { class: 'sheet-sign' }, '本人签名：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿＿＿')));
}
