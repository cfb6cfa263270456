// Merging the records of two tabs (windows) of the page that changed the
// same saved value. A three-way merge against the value both last agreed on
// (`base`): a record either side added is kept, a record either side deleted
// goes, an edit (delete + add) on both sides keeps both versions. Records
// carry no ids (the records document has none), so a record is its content.

function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function counts(records) {
  const map = new Map();
  for (const r of records) {
    const key = canonical(r);
    map.set(key, (map.get(key) || 0) + 1);
  }
  return map;
}

/** Records of ours then theirs, each kept as often as: ours + theirs − base. */
function mergeRecords(base, ours, theirs) {
  const [b, o, t] = [counts(base), counts(ours), counts(theirs)];
  const wanted = (key) => Math.max(0, (o.get(key) || 0) + (t.get(key) || 0) - (b.get(key) || 0));
  const placed = new Map();
  const merged = [];
  for (const r of [...ours, ...theirs]) {
    const key = canonical(r);
    const n = placed.get(key) || 0;
    if (n < wanted(key)) {
      placed.set(key, n + 1);
      merged.push(r);
    }
  }
  return merged;
}

const same = (a, b) => canonical(a) === canonical(b);

/**
 * @param {object} base  the state both sides last agreed on
 * @param {object} ours  this tab's state
 * @param {object} theirs  the state another tab saved
 * @returns {{state: object, both: boolean}} both: each side had changes of its own (a real merge)
 */
export function mergeStates(base, ours, theirs) {
  const pick = (field) => (same(ours[field], base[field]) ? theirs[field] : ours[field]);
  const state = {
    ...ours,
    profile: pick('profile'),
    as_of: pick('as_of'),
    records: mergeRecords(base.records, ours.records, theirs.records),
  };
  return { state, both: !same(ours, base) && !same(theirs, base) };
}

export function sameState(a, b) {
  return same(a, b);
}
