// The first screen of the results: one sentence on where the person stands,
// the nearest deadline counted down (or, once today is past the pack's last
// deadline, a banner saying the years are closed and the results are as of
// that deadline), and how many records did not count, with the way to them.
// The plan's numbered steps go in #plan, between these and the add control.

import { el, replaceChildren } from './dom.js';
import { summarize } from './results_view.js';

/** The sentence on where the person stands (#summary, read aloud on every change). */
export function standing(result, count) {
  return `${count ? '' : '还没有记录。'}${summarize(result)}`;
}

/** Indexes of records that counted nothing, and of those that counted less than they seem. */
export function uncountedRecords(result, count) {
  const counted = new Set(result.lines.map((l) => l.record));
  const warned = new Set(result.warnings.map((w) => w.record).filter((i) => i !== undefined));
  const none = [];
  const partly = [];
  for (let i = 0; i < count; i += 1) {
    if (!counted.has(i)) none.push(i);
    else if (warned.has(i)) partly.push(i);
  }
  return { none, partly };
}

/** The nearest deadline of a year still short, said against the 核算日期. */
function countdown(result, today) {
  const open = result.years.filter((y) => y.status === 'open');
  if (!open.length) return null;
  const next = open.reduce((a, b) => (b.days_left < a.days_left ? b : a));
  const years = open.filter((y) => y.deadline === next.deadline).map((y) => y.year).sort((a, b) => b - a).join('、');
  const asOfToday = result.as_of === today;
  if (next.days_left === 0) {
    return el('p', { id: 'countdown', class: 'countdown' },
      el('strong', { class: 'days' }, asOfToday ? '今天截止' : '核算日期即截止日'), `（${years}年度，${next.deadline}）`);
  }
  return el('p', { id: 'countdown', class: 'countdown' },
    asOfToday ? '距截止还有 ' : `按核算日期${result.as_of}，距截止还有 `,
    el('strong', { class: 'days' }, String(next.days_left)), ' 天',
    `（${years}年度，${next.deadline}）`);
}

/**
 * @param {HTMLElement} box  #overview-body, under the sentence of #summary
 * @param {object} o
 * @param {object} o.result  an ok result document
 * @param {number} o.count  how many records were evaluated
 * @param {string} o.today
 * @param {{years: number[], deadline: string, title: string}|null} o.afterPeriod  set when today is past the
 *   pack's last deadline and the page assessed at that deadline
 * @param {() => void} o.showWarnings  moves to the warnings
 */
export function renderOverview(box, { result, count, today, afterPeriod, showWarnings }) {
  const { none, partly } = uncountedRecords(result, count);
  const banner = afterPeriod
    ? el('p', { id: 'period-banner', class: 'period-banner', role: 'note' },
      `今天（${today}）已过本规则的期限：本规则只管${afterPeriod.years.join('、')}年度，均已于${afterPeriod.deadline}截止。下面是截止时（核算日期${afterPeriod.deadline}）的结果。`)
    : null;
  const problems = none.length + partly.length
    ? el('p', { id: 'not-counted', class: 'not-counted' },
      none.length ? `${none.length}条记录没有计入学时` : '', none.length && partly.length ? '，' : '',
      partly.length ? `${partly.length}条只部分计入` : '', '。',
      el('button', { type: 'button', class: 'link', id: 'not-counted-link', onclick: showWarnings }, '查看原因并修改'))
    : null;
  replaceChildren(box,
    banner,
    afterPeriod ? null : countdown(result, today),
    problems);
}
