// Beside the assessment date: whether the rule pack covers that date. The
// core refuses a date before the pack's `valid_from` (as_of_outside_pack,
// naming the year whose pack is needed) and warns after its `valid_until`
// (after_pack_period: every year closed). Both are the core's own words;
// the page only puts them where the person chose the date.

/**
 * @param {HTMLElement} box  the paragraph under the date field
 * @param {object|null} result  the core's answer (ok or not)
 * @param {HTMLElement} dateNote  "按…计算" under the date field: hidden while the date is refused
 */
export function showPackPeriod(box, result, dateNote) {
  const refused = result && !result.ok && result.errors.find((e) => e.code === 'as_of_outside_pack');
  const after = result && result.ok && result.warnings.find((w) => w.code === 'after_pack_period');
  box.textContent = refused ? `无法计算：${refused.message}。请改用规则包适用期内的日期。` : after ? after.text : '';
  box.className = `pack-period ${refused ? 'refused' : 'after'}`;
  box.hidden = !refused && !after;
  dateNote.hidden = Boolean(refused);
}

/** True when the core refused the date rather than the records: say so, not "your records are wrong". */
export function dateRefused(result) {
  return Boolean(result && !result.ok && result.errors.length && result.errors.every((e) => e.path === 'as_of'));
}
