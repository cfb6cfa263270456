// profile.since: the year the person became a 专业技术人员. Years before it
// ask for nothing (the core marks them not_required; the pack's reading
// says why, beside those years). Left empty, every year is required. Its
// type, label and bounds are the core's (describe's profile fields), and the
// core also holds it to the assessment year, naming the field.

import { el } from './dom.js';
import { valuesToRecord } from './kinds.js';

/** The field, next to the affiliation choice; checked against the core's description once it arrives. */
export function sinceField(t) {
  return el('div', { class: 'field' },
    el('label', { for: 'since' }, t.since),
    el('input', { type: 'text', id: 'since', inputmode: 'numeric', autocomplete: 'off',
      placeholder: t.sincePlaceholder, 'aria-describedby': 'since-note since-error' }),
    el('p', { id: 'since-note', class: 'hint' }, t.sinceHint),
    el('p', { id: 'since-error', class: 'field-error', role: 'alert', hidden: true }));
}

/** The core's description of the field (null before the description arrives). */
export function sinceSpec(vocab) {
  return (vocab && vocab.profile.fields.find((f) => f.name === 'since')) || null;
}

/**
 * What the person typed, read as any whole-number field of a form is
 * (full-width digits too): '' clears it. Anything else is refused here, with
 * the field named, and the saved value is kept.
 * @returns {{ok: boolean, since: number|null, message: string}}
 */
export function readSince(text, spec) {
  const { record, errors } = valuesToRecord(null, { [spec.name]: text }, [spec]);
  if (!record) return { ok: false, since: null, message: errors[spec.name] };
  return { ok: true, since: record[spec.name] === undefined ? null : record[spec.name], message: '' };
}

/**
 * A saved or imported profile's since when it is a whole number, else null.
 * Its range is the core's to judge: a year out of range is kept and refused
 * there with the field named, so nothing the person typed is dropped.
 */
export function sinceOf(profile) {
  const since = profile && profile.since;
  return Number.isInteger(since) ? since : null;
}
