// The core's plan (result.plan): the least additional hours that complete
// every open year, as a numbered checklist at the top of the results, and
// what no step can close beside it. The texts, hours and clauses are the
// core's; this file only lays them out.

import { el } from './dom.js';

/**
 * @param {object} result  an ok result document
 * @param {(clause: string) => Node[]} chip  a clause reference (results_view.js's clauseChip)
 * @returns {HTMLElement|null}  nothing when there is nothing to do and nothing out of reach
 */
export function planView(result, chip) {
  const plan = result.plan;
  if (!plan || (!plan.steps.length && !plan.unreachable.length)) return null;
  return el('section', { class: 'plan', 'aria-labelledby': 'plan-h' },
    el('h3', { id: 'plan-h' }, plan.steps.length ? `最快的补齐方式：最少还需 ${plan.total_hours} 学时` : '无法再补齐的学时'),
    plan.steps.length
      ? el('ol', { class: 'plan-steps' }, plan.steps.map((step) => el('li', {
        'data-action': step.action, 'data-year': step.year, 'data-hours': step.hours },
      el('span', { class: 'plan-text' }, step.text), ' ', chip(step.clause))))
      : null,
    plan.unreachable.length
      ? el('ul', { class: 'plan-unreachable' }, plan.unreachable.map((gap) => el('li', { 'data-reason': gap.reason, 'data-year': gap.year },
        `${gap.year}年度：${gap.text}`, ' ', gap.clause ? chip(gap.clause) : null)))
      : null);
}

/**
 * 四（二）: the current year's surplus that will move to this year once that year is complete.
 * @param {number|undefined} awaiting  years[].professional.awaiting
 * @param {number|undefined} currentYear
 */
export function awaitingLine(awaiting, currentYear) {
  if (!awaiting || !currentYear) return null;
  return el('p', { class: 'awaiting' }, `${currentYear}年度达标后，将补入${awaiting}学时（四（二））`);
}
