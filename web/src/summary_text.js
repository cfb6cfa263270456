// The result as plain text, to paste into a chat or an e-mail where a link
// would not open (a page saved on the person's own disk). Numbers and words
// are the core's; nothing the person typed beyond their records' effect.

import { CATEGORY_LABEL } from './kinds.js';
import { summarize } from './results_view.js';

/**
 * @param {object} result  an ok result document
 * @param {number} count  how many records were evaluated
 * @returns {string}
 */
export function summaryText(result, count) {
  const years = result.years.slice().sort((a, b) => b.year - a.year).map((y) => {
    const category = (c) => `${CATEGORY_LABEL[c]}已取得${y[c].earned}/需${y[c].required}学时${y[c].remaining > 0 ? `（还差${y[c].remaining}）` : ''}`;
    return `${y.year}年度：${category('public')}；${category('professional')}；截止${y.deadline}`;
  });
  const warned = new Set(result.warnings.map((w) => w.record).filter((i) => i !== undefined)).size;
  return [
    `继续教育学时自查（${result.rules.title}，核算日期${result.as_of}，${count}条记录）`,
    summarize(result),
    ...years,
    warned ? `另有${warned}条记录未计入或只部分计入，详见自查表。` : null,
  ].filter(Boolean).join('\n');
}
