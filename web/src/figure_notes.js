// Which of the pack's readings (`notes`) explains which figure on
// screen. The pack points a figure at its reading with `"note": id`; the
// result carries the readings' texts. Each is shown beside what it affects —
// the surplus transfer beside the transfer, the county reading beside a
// county person's professional hours — and still in the list at the bottom.

// Every note id under a pack entry, however deep (language_exam.hours_by_level.A.note).
function noteIds(entry) {
  if (!entry || typeof entry !== 'object') return [];
  const own = typeof entry.note === 'string' ? [entry.note] : [];
  return own.concat(...Object.values(entry).map(noteIds));
}

/**
 * @param {object|null} pack
 * @param {object} result  an ok result document (its `notes`: [{id, clause, text}])
 * @param {object[]} records  the records document's records (a line's `record` indexes them)
 * @returns {{line: (l: object) => object[], bar: (year: number, category: string) => object[],
 *   transfer: () => object[], deadline: (year: number) => object[]}}  each a list of notes
 */
export function figureNotes(pack, result, records) {
  const byId = new Map((result.notes || []).map((n) => [n.id, n]));
  const notes = (...entries) => [...new Set(entries.flatMap(noteIds))].map((id) => byId.get(id)).filter(Boolean);
  const p = pack || {};
  const makeUp = p.make_up || {};
  const kinds = p.record_kinds || {};
  const items = (p.conversion_table && p.conversion_table.items) || {};
  const makeUpYears = new Set((result.years || []).filter((y) => y.role === 'make_up').map((y) => y.year));
  const affiliation = p.affiliations && result.profile && p.affiliations[result.profile.affiliation];
  const packYear = (year) => (Array.isArray(p.years) ? p.years.find((y) => y && y.year === year) : null);

  function recordNotes(record) {
    if (!record) return [];
    // A record naming a table item carries the item's readings; its kind's reading (二（二）3: hours as certified) is about the others.
    if (record.item !== undefined) return notes(items[record.item]);
    // A kind's own section (language_exam, computer_module, public_course) holds its figures.
    return notes(kinds[record.kind], p[record.kind]);
  }

  return {
    line(l) {
      if (l.record === undefined) return [];
      // 四: a make-up record must fall in the make-up window (make_up.dated_from).
      const inWindow = makeUpYears.has(l.year) ? notes(makeUp.dated_from) : [];
      return [...new Set([...recordNotes(records[l.record]), ...inWindow])];
    },
    bar(year, category) {
      const required = notes((p.requirements || {})[category]);
      // Who may make up which category (四（一）, 四（二）).
      const mayMakeUp = makeUpYears.has(year) ? notes(makeUp[`${category}_affiliations`]) : [];
      // The person's affiliation: an entry named for a category (professional_by_local_rules) explains that category.
      const own = affiliation
        ? notes(...Object.entries(affiliation).filter(([key]) => key.startsWith(`${category}_`)).map(([, entry]) => entry))
        : [];
      return [...required, ...mayMakeUp, ...own];
    },
    transfer() {
      return notes(makeUp.surplus_order, makeUp.surplus_needs_current_complete);
    },
    deadline(year) {
      return notes(packYear(year));
    },
  };
}
