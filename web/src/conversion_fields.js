// The 折算 form when the rule pack lists a conversion table (issue 7): the
// person picks an item of the table (grouped by subtype) and is asked only
// what that item's method needs — a quantity in its unit, an author rank, or
// the years of a multi-year project. Without a table, or for something the
// table does not list, the form asks for certified hours as before (二（二）3).
// Every amount, unit and cap shown comes from the pack; the core computes the hours.

import { fieldsOf, valuesToRecord, normalizeNumber } from './kinds.js';

// The item choice meaning "not in the table: hours as certified". Item ids
// are JSON keys chosen by the bureau; this one is not a plausible key.
const CERTIFIED = '#certified';
// Input bounds of the records document (core/lib/records.cpp, limits.hpp), not rules of a notice.
const MAX_QUANTITY = 500;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** The table's items as [id, item] in pack order, or null when the pack has no table. */
export function conversionItems(pack) {
  const items = pack && pack.conversion_table && pack.conversion_table.items;
  if (!items || typeof items !== 'object') return null;
  const entries = Object.entries(items).filter(([, item]) => item && typeof item === 'object');
  return entries.length ? entries : null;
}

function subtypeLabel(pack, subtype) {
  const named = pack.record_kinds && pack.record_kinds.converted && pack.record_kinds.converted.subtypes;
  return (named && named[subtype]) || subtype;
}

function findItem(pack, id) {
  const found = (conversionItems(pack) || []).find(([key]) => key === id);
  return found ? found[1] : null;
}

// The item's own words, so the person sees what one unit is worth before typing.
function itemBasis(item) {
  const figures = [item.amount, ...(Array.isArray(item.amounts) ? item.amounts : []), item.cap_per_year]
    .filter((f) => f && typeof f === 'object');
  const quotes = figures.map((f) => f.quote).filter(Boolean);
  const clause = figures.map((f) => f.clause).find(Boolean);
  return quotes.length ? `${clause ? `${clause}：` : ''}${quotes.join('；')}` : '';
}

function itemSpec(pack, chosen) {
  const groups = new Map();
  for (const [id, item] of conversionItems(pack)) {
    const label = subtypeLabel(pack, item.subtype);
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push([id, String(item.name || id)]);
  }
  groups.set('表中没有的', [[CERTIFIED, '其他：按证明材料上已折算的学时']]);
  const item = findItem(pack, chosen);
  const title = pack.conversion_table.title ? `依据：${pack.conversion_table.title}` : '';
  return { name: 'item', type: 'select', label: '折算项目', groups: [...groups], rerender: true,
    hint: item ? itemBasis(item) : title };
}

// What each method asks (the core's record fields for `item` records).
function methodSpecs(item) {
  switch (item.method) {
    case 'per_item':
      return [{ name: 'quantity', type: 'integer', label: '数量（项）', optional: true, hint: '不填按1项计', whole: true }];
    case 'per_unit':
      return [{ name: 'quantity', type: 'decimal', label: `数量（${item.per || '单位'}）`, unit: item.per || '' }];
    case 'by_rank':
      return [{ name: 'rank', type: 'select', label: '作者或成员排名',
        options: (item.amounts || []).map((a, i) => [String(i + 1), `第${i + 1}名（${a.value}${a.unit || ''}）`]) }];
    case 'per_year':
      return [
        { name: 'from_year', type: 'integer', label: '项目开始年度', example: '2016' },
        { name: 'to_year', type: 'integer', label: '项目结束年度', example: '2017', hint: '项目进行期间的每个年度分别计入' },
      ];
    default:
      return [];
  }
}

/**
 * The fields the record form shows for `kind`: the kind's own (kinds.js), except
 * a conversion under a pack with a table, whose fields follow the chosen item.
 */
export function formSpecs(kind, pack, values) {
  if (kind !== 'converted' || !conversionItems(pack)) return fieldsOf(kind);
  const plain = fieldsOf(kind);
  const byName = (name) => plain.find((spec) => spec.name === name);
  const chosen = values.item || '';
  const specs = [byName('date'), itemSpec(pack, chosen)];
  if (chosen === CERTIFIED) {
    specs.push(byName('subtype'), byName('hours'), byName('for_year'));
  } else {
    const item = findItem(pack, chosen);
    if (item) {
      specs.push(...methodSpecs(item));
      // A project spread over years carries its own years; anything else may go to a make-up year (四（二）).
      if (item.method !== 'per_year') specs.push(byName('for_year'));
    }
  }
  return [...specs, ...plain.filter((spec) => spec.optionalField)];
}

function readNumber(text, spec, whole) {
  const example = spec.example || (whole ? '2' : '3 或 3.5');
  const t = normalizeNumber(text || '');
  if (t === '') return spec.optional ? {} : { error: `请填写${spec.label}` };
  if (whole && !/^\d+$/.test(t)) return { error: `${spec.label}应为整数，例如 ${example}` };
  if (!/^\d+(\.\d)?$/.test(t)) {
    return { error: /^\d+\.\d+$/.test(t) ? `${spec.label}最多保留一位小数` : `${spec.label}应为数字，例如 ${example}` };
  }
  return { value: Number(t) };
}

function readTableFields(specs, values, record, errors) {
  for (const spec of specs) {
    const text = values[spec.name];
    switch (spec.name) {
      case 'item':
        if (!text) errors.item = '请选择折算项目';
        else if (text !== CERTIFIED) record.item = text;
        break;
      case 'quantity': {
        const r = readNumber(text, spec, spec.whole);
        if (r.error) errors.quantity = r.error;
        else if (r.value !== undefined && r.value <= 0) errors.quantity = `${spec.label}必须大于0`;
        else if (r.value > MAX_QUANTITY) errors.quantity = `${spec.label}不能超过${MAX_QUANTITY}`;
        else if (r.value !== undefined) record.quantity = r.value;
        break;
      }
      case 'rank':
        if (!text) errors.rank = '请选择排名';
        else record.rank = Number(text);
        break;
      case 'from_year': case 'to_year': {
        const r = readNumber(text, spec, true);
        if (r.error) errors[spec.name] = r.error;
        else if (r.value < MIN_YEAR || r.value > MAX_YEAR) errors[spec.name] = `${spec.label}应为四位数的年份，例如 2016`;
        else record[spec.name] = r.value;
        break;
      }
      default:
        break;
    }
  }
  if (record.from_year && record.to_year && record.to_year < record.from_year) {
    errors.to_year = '项目结束年度不能早于开始年度';
  }
}

/** Builds the record from the form's values, with Chinese errors by field (as kinds.valuesToRecord). */
export function formRecord(kind, pack, values) {
  const specs = formSpecs(kind, pack, values);
  if (kind !== 'converted' || !conversionItems(pack)) return valuesToRecord(kind, values, specs);
  const shared = valuesToRecord(kind, values, specs);
  const record = { ...(shared.record || { kind }) };
  const errors = { ...shared.errors };
  readTableFields(specs, values, record, errors);
  return { record: Object.keys(errors).length ? null : record, errors };
}

/** The form values of a stored conversion that names an item (or not, under a pack with a table). */
export function conversionValues(record, pack) {
  if (record.kind !== 'converted' || !conversionItems(pack)) return {};
  const values = { item: record.item === undefined ? CERTIFIED : String(record.item) };
  for (const name of ['quantity', 'rank', 'from_year', 'to_year']) {
    if (record[name] !== undefined) values[name] = String(record[name]);
  }
  return values;
}
