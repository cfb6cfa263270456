// Reads what the page needs from the rule pack (static/rules/linyi-2017.json,
// handed over by the core's defaultPack()). The page keeps no rule number of
// its own: years, deadlines and the quoted clauses all come from here.

/**
 * The pack's years, ascending: [{year: 2015, deadline: '2017-12-31'}, ...].
 * Accepts `years` as a list of objects or as an object keyed by year.
 */
export function packYears(pack) {
  const raw = pack && pack.years;
  const list = Array.isArray(raw)
    ? raw
    : Object.entries(raw || {}).map(([year, value]) => ({ year: Number(year), ...(value || {}) }));
  return list
    .map((entry) => ({ year: Number(entry.year), deadline: deadlineOf(entry) }))
    .filter((entry) => Number.isInteger(entry.year))
    .sort((a, b) => a.year - b.year);
}

// A deadline is either a date or, in the cited form, {value, clause, quote}.
function deadlineOf(entry) {
  const d = entry.deadline;
  return String((d && typeof d === 'object' ? d.value : d) || '');
}

/** The last deadline of any year in the pack (四: 补修截止到2017年12月31日), or '' if none. */
export function lastDeadline(pack) {
  return packYears(pack).reduce((last, entry) => (entry.deadline > last ? entry.deadline : last), '');
}

/**
 * The verbatim text of a clause: from the result's own `clauses` (plain
 * strings) first, else from the pack's `clauses` ({title, text}).
 */
export function clauseText(clauseId, result, pack) {
  const fromResult = result && result.clauses && result.clauses[clauseId];
  if (typeof fromResult === 'string') return fromResult;
  const fromPack = pack && pack.clauses && pack.clauses[clauseId];
  if (typeof fromPack === 'string') return fromPack;
  return (fromPack && fromPack.text) || '';
}

export function clauseTitle(clauseId, pack) {
  const entry = pack && pack.clauses && pack.clauses[clauseId];
  return (entry && typeof entry === 'object' && entry.title) || '';
}
