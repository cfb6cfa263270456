// The 折算 form when the rule pack lists a conversion table: the person picks
// an item of the table (grouped by subtype) and is asked only what that
// item's method needs, as the core describes the item's fields (a quantity in
// its unit, an author rank, the years of a multi-year project). Without a
// table, or for something the table does not list, the form asks for
// certified hours (二（二）3). Every amount, unit and cap shown comes from the
// core's description of the pack; the core computes the hours.

import { fieldsOf, specsOf, valuesToRecord, kindInfo, optionName } from './kinds.js';

// The item choice meaning "not in the table: hours as certified". Item ids
// are JSON keys chosen by the bureau; this one is not a plausible key.
const CERTIFIED = '#certified';

// The kind whose records may name a table item, when the pack has a table.
function usesTable(vocab, kind) {
  const info = kindInfo(vocab, kind);
  return Boolean(info && info.conversion_items && vocab.conversion_items.length);
}

function findItem(vocab, id) {
  return vocab.conversion_items.find((item) => item.id === id) || null;
}

// The item's own words, so the person sees what one unit is worth before typing.
function itemBasis(item) {
  const figures = [...item.amounts, item.cap_per_year].filter(Boolean);
  const quotes = figures.map((f) => f.quote).filter(Boolean);
  const clause = figures.map((f) => f.clause).find(Boolean);
  return quotes.length ? `${clause ? `${clause}：` : ''}${quotes.join('；')}` : '';
}

function itemSpec(vocab, kind, pack, chosen) {
  const subtype = fieldsOf(vocab, kind).find((spec) => spec.name === 'subtype');
  const groups = new Map();
  for (const item of vocab.conversion_items) {
    const label = optionName(subtype, item.subtype);
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push({ id: item.id, name: item.name });
  }
  groups.set('表中没有的', [{ id: CERTIFIED, name: '其他：按证明材料上认定的学时' }]);
  const item = findItem(vocab, chosen);
  const table = pack && pack.conversion_table && pack.conversion_table.title;
  // The item field as the core describes it (its label, that it is required), offered in groups.
  const described = vocab.conversion_items[0].fields.find((spec) => spec.name === 'item');
  return { ...described, groups: [...groups], rerender: true,
    hint: item ? itemBasis(item) : (table ? `依据：${table}` : '') };
}

/**
 * The fields the record form shows for `kind`: the kind's own, except a
 * conversion under a pack with a table, whose fields follow the chosen item.
 */
export function formSpecs(kind, vocab, pack, values) {
  const plain = fieldsOf(vocab, kind);
  if (!usesTable(vocab, kind)) return plain;
  const chosen = values.item || '';
  const [date, ...rest] = plain;
  const specs = [date, itemSpec(vocab, kind, pack, chosen)];
  if (chosen === CERTIFIED) return [...specs, ...rest];
  const item = findItem(vocab, chosen);
  // The item fixes the subtype; the date and the item are asked above.
  const own = item ? specsOf(item.fields).filter((spec) => !['date', 'item', 'subtype'].includes(spec.name)) : [];
  return [...specs, ...(own.length ? own : rest.filter((spec) => spec.optionalField))];
}

/** Builds the record from the form's values, with Chinese errors by field (as kinds.valuesToRecord). */
export function formRecord(kind, vocab, pack, values) {
  const read = valuesToRecord(kind, values, formSpecs(kind, vocab, pack, values));
  if (read.record && read.record.item === CERTIFIED) delete read.record.item;
  return read;
}

/** The form values of a stored conversion that names an item (or not, under a pack with a table). */
export function conversionValues(record, vocab) {
  if (!usesTable(vocab, record.kind)) return {};
  const values = { item: record.item === undefined ? CERTIFIED : String(record.item) };
  const item = findItem(vocab, values.item);
  for (const spec of (item ? item.fields : [])) {
    if (record[spec.name] !== undefined) values[spec.name] = String(record[spec.name]);
  }
  return values;
}
