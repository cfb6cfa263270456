// The report of "核对规则": the core's check-pack report
// (wasm/cehours_core_api.js checkPack) — the pack's problems with their
// paths, then each conformance case with the clause it proves, its
// arithmetic, and for a failure what differed. Everything here is the pack's
// or the core's text, put in through text nodes.

import { el, replaceChildren } from './dom.js';
import { clauseTitle } from './pack.js';
import { statusInWords } from './status_words.js';

/** One sentence for the aria-live summary. */
export function checkSummary(report) {
  const pack = report.pack && report.pack.title ? `“${report.pack.title}”` : '规则包';
  const total = report.passed + report.failed;
  if (report.ok) return `核对通过：${pack}的${total}项核对用例全部通过，计算结果与通知一致。`;
  const parts = [];
  if (report.errors.length) parts.push(`规则包有${report.errors.length}处问题`);
  if (report.failed) parts.push(`${report.failed}项用例未通过`);
  if (total) parts.push(`${report.passed}项通过`);
  return `核对未通过：${pack}${parts.join('，')}。`;
}

function caseItem(c, pack) {
  const title = clauseTitle(c.clause, pack);
  return el('li', { class: `case ${c.passed ? 'pass' : 'fail'}`, 'data-passed': String(c.passed) },
    el('p', { class: 'case-head' },
      el('span', { class: 'case-mark' }, c.passed ? '✓ 通过' : '✗ 未通过'), ' ',
      el('span', { class: 'case-name' }, c.name)),
    el('p', { class: 'case-clause' }, `依据 ${c.clause}`, title ? `（${title}）` : ''),
    c.why ? el('p', { class: 'case-why' }, '算式：', c.why) : null,
    c.failures.length
      ? el('ul', { class: 'case-failures', 'aria-label': '与预期不同之处' }, c.failures.map((f) => el('li', {}, statusInWords(f))))
      : null);
}

/**
 * @param {HTMLElement} box  emptied and filled
 * @param {object} report  the parsed checkPack report
 * @param {object|null} pack  the pack checked, for the clauses' words
 */
export function renderCheckReport(box, report, pack) {
  const failed = report.cases.filter((c) => !c.passed);
  replaceChildren(box,
    report.errors.length
      ? el('section', { class: 'pack-errors', 'aria-labelledby': 'rules-errors-h' },
        el('h3', { id: 'rules-errors-h' }, `规则包中的问题（${report.errors.length}）`),
        el('ul', {}, report.errors.map((e) => el('li', { 'data-code': e.code }, el('code', {}, e.path || '（整个文件）'), '：', e.message))))
      : null,
    report.cases.length
      ? el('section', { 'aria-labelledby': 'rules-cases-h' },
        el('h3', { id: 'rules-cases-h' }, `核对用例（${report.passed}项通过${failed.length ? `，${failed.length}项未通过` : ''}）`),
        el('ol', { class: 'cases' }, report.cases.map((c) => caseItem(c, pack))))
      : null);
}
