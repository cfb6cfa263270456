// profile.since: the year the person became a 专业技术人员. Years before it
// ask for nothing (the core marks them not_required; the pack's reading
// says why, beside those years). Left empty, every year is required.

import { el } from './dom.js';

/** The field, next to the affiliation choice. */
export function sinceField(t) {
  return el('div', { class: 'field' },
    el('label', { for: 'since' }, t.since),
    el('input', { type: 'text', id: 'since', inputmode: 'numeric', maxlength: '4', autocomplete: 'off',
      placeholder: t.sincePlaceholder, 'aria-describedby': 'since-note since-error' }),
    el('p', { id: 'since-note', class: 'hint' }, t.sinceHint),
    el('p', { id: 'since-error', class: 'field-error', role: 'alert', hidden: true }));
}

/**
 * What the person typed: '' clears it; four digits are a year. Anything else
 * is refused here, with the field named, and the saved value is kept.
 * @returns {{ok: boolean, since: number|null, message: string}}
 */
export function readSince(text) {
  const value = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xFEE0));
  if (value === '') return { ok: true, since: null, message: '' };
  if (!/^\d{4}$/.test(value)) return { ok: false, since: null, message: '成为专业技术人员的年度应为四位数字，如 2016。' };
  return { ok: true, since: Number(value), message: '' };
}

/** A saved or imported profile's since, when it is a plausible year; else null. */
export function sinceOf(profile) {
  const since = profile && profile.since;
  return Number.isInteger(since) && since >= 1900 && since <= 2100 ? since : null;
}
