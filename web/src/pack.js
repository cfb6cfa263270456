// Reads what the page needs from the rule pack (static/rules/linyi-2017.json,
// handed over by the core's defaultPack()). The page keeps no rule number of
// its own: years, deadlines and the quoted clauses all come from here.

/** The pack's years, ascending: [2015, 2016, 2017]. */
export function packYears(pack) {
  const years = Array.isArray(pack && pack.years) ? pack.years : [];
  return years.map((entry) => Number(entry.year)).filter(Number.isInteger).sort((a, b) => a - b);
}

/**
 * The last deadline of any year in the pack, with the clause and quote it
 * carries (四: 补修截止到2017年12月31日): {value, clause, quote}, or null.
 */
export function lastDeadline(pack) {
  let last = null;
  for (const entry of (Array.isArray(pack && pack.years) ? pack.years : [])) {
    const d = entry.deadline && typeof entry.deadline === 'object' ? entry.deadline : { value: entry.deadline };
    if (typeof d.value === 'string' && (!last || d.value > last.value)) last = d;
  }
  return last;
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
