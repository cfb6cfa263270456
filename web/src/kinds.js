// The record kinds and their fields, as the core describes them for the pack
// in use (wasm/cehours_core_api.js describe()): labels, options, bounds and
// defaults all come from there, so a pack that adds a level, a subtype or an
// affiliation is offered here with no change. This file only turns that
// description into form specs, Chinese field checks and one-line summaries.

import { isIsoDate } from './dates.js';

/** The description of `kind`, or null (no description yet, or a kind it does not list). */
export function kindInfo(vocab, kind) {
  return (vocab && vocab.kinds.find((k) => k.id === kind)) || null;
}

/** The name of a choice's option (a level, subtype, category…), or the id itself. */
export function optionName(field, id) {
  const found = field && field.options && field.options.find((o) => o.id === String(id));
  return found ? found.name : String(id);
}

/** A category's name (公需类), from any kind's `category` field. */
export function categoryName(vocab, id) {
  for (const kind of (vocab ? vocab.kinds : [])) {
    const field = kind.fields.find((f) => f.name === 'category');
    if (field) return optionName(field, id);
  }
  return String(id);
}

/** An affiliation's name (市属单位), or the id. */
export function affiliationName(vocab, id) {
  const found = vocab && vocab.affiliations.find((a) => a.id === id);
  return found ? found.name : String(id || '');
}

/** The form specs of a kind's fields, or of a conversion item's (a description's `fields`). */
export function specsOf(fields) {
  return fields.map((field) => ({ ...field, optionalField: !field.required && field.type === 'text' }));
}

/** The field specs of a kind (none before the description arrives). */
export function fieldsOf(vocab, kind) {
  const info = kindInfo(vocab, kind);
  return info ? specsOf(info.fields) : [];
}

/** Form values (strings and booleans) from a stored record. */
export function recordToValues(vocab, record) {
  const values = {};
  for (const spec of fieldsOf(vocab, record.kind)) {
    const value = record[spec.name];
    if (spec.type === 'flag') values[spec.name] = value === undefined ? Boolean(spec.default) : Boolean(value);
    else values[spec.name] = value === undefined || value === null ? '' : String(value);
  }
  return values;
}

// Full-width digits and points, as typed with a Chinese input method.
function normalizeNumber(text) {
  return String(text).trim()
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48))
    .replace(/[\uFF0E\u3002]/g, '.');
}

// A number typed into a decimal or integer field, checked against the field's bounds.
function readNumber(text, spec) {
  const what = spec.label;
  const whole = spec.type === 'integer';
  const t = normalizeNumber(text);
  if (t === '') return spec.required ? { error: `请填写${what}` } : {};
  // A whole number bounded past 1000 is a year (from_year, since).
  const year = whole && spec.min > 1000;
  if (year && (!/^\d+$/.test(t) || Number(t) < spec.min || Number(t) > spec.max)) return { error: `${what}应为四位数的年份，例如 2016` };
  if (whole && !/^\d+$/.test(t)) return { error: `${what}应为整数，例如 2` };
  if (!/^\d+(\.\d+)?$/.test(t)) return { error: `${what}应为数字，例如 12 或 12.5` };
  if (/\.\d\d/.test(t)) return { error: `${what}最多保留一位小数` };
  const n = Number(t);
  if (n < spec.min) return { error: spec.min > 0 ? `${what}必须大于0` : `${what}不能小于${spec.min}` };
  if (n > spec.max) return { error: `${what}不能超过${spec.max}` };
  return { value: n };
}

function readField(spec, raw, record, errors) {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (spec.type) {
    case 'date':
      if (!text) errors[spec.name] = `请填写${spec.label}`;
      else if (!isIsoDate(text)) errors[spec.name] = `${spec.label}无效，请按“年-月-日”填写，例如 2017-06-18`;
      else record[spec.name] = text;
      break;
    case 'decimal': case 'integer': {
      const r = readNumber(text || '', spec);
      if (r.error) errors[spec.name] = r.error;
      else if (r.value !== undefined) record[spec.name] = r.value;
      break;
    }
    case 'text':
      if (!text) {
        if (spec.required) errors[spec.name] = `请填写${spec.label}`;
      } else if (text.length > spec.max_chars) {
        // （选填） as escapes: esbuild leaves regular expressions as written, and the embed's script stays ASCII.
        errors[spec.name] = `${spec.label.replace(/\uFF08\u9009\u586B\uFF09$/, '')}不能超过${spec.max_chars}字（现在${text.length}字）`;
      } else {
        record[spec.name] = text;
      }
      break;
    case 'choice':
      if (!text) {
        if (spec.required) errors[spec.name] = `请选择${spec.label}`;
      } else {
        // A rank is a number in the records document; every other choice is its id.
        record[spec.name] = spec.name === 'rank' ? Number(text) : text;
      }
      break;
    case 'year':
      if (!text) {
        if (spec.required) errors[spec.name] = `请选择${spec.label}`;
      } else {
        record[spec.name] = Number(text);
      }
      break;
    case 'flag':
      record[spec.name] = Boolean(raw);
      break;
    default:
      break;
  }
}

/**
 * Builds a record of `kind` from form values, checking each field as the core's description says.
 * @param {object[]} specs  the fields shown (conversion_fields.js varies them by table item)
 * @returns {{record: object|null, errors: Object<string,string>}} errors keyed by field name, in Chinese
 */
export function valuesToRecord(kind, values, specs) {
  const record = { kind };
  const errors = {};
  for (const spec of specs) readField(spec, values[spec.name], record, errors);
  return { record: Object.keys(errors).length ? null : record, errors };
}

/** The kind's name as the records list shows it: a conversion says what was converted. */
export function recordLabel(vocab, r) {
  const info = kindInfo(vocab, r.kind);
  if (!info) return String(r.kind);
  const subtype = info.fields.find((f) => f.name === 'subtype');
  if (subtype && r.subtype !== undefined) return `${optionName(subtype, r.subtype)}${info.name}`;
  return info.name;
}

// One field's value in a summary line; flags only when they differ from their default.
function shownValue(spec, value) {
  switch (spec.type) {
    case 'choice': return spec.name === 'subtype' ? null : optionName(spec, value);
    case 'flag': return value === Boolean(spec.default) ? null : `${value ? '' : '未'}${spec.label}`;
    // 计入年度 → 计入2015年度, 年度 → 2015年度.
    case 'year': return spec.label.includes('年度') ? spec.label.replace('年度', `${value}年度`) : `${spec.label}${value}`;
    case 'decimal': return `${value}${spec.unit || ''}`;
    case 'integer': return `${spec.label}${value}`;
    case 'text': return spec.required ? String(value) : null;
    default: return null;
  }
}

/** One line describing a record in the records list and the printed table. */
export function describeRecord(vocab, r) {
  const info = kindInfo(vocab, r.kind);
  const fields = r.item !== undefined && vocab
    ? ((vocab.conversion_items.find((i) => i.id === r.item) || { fields: [] }).fields)
    : (info ? info.fields : []);
  const parts = [];
  for (const spec of fields) {
    if (spec.type === 'date' || r[spec.name] === undefined) continue;
    const shown = shownValue(spec, r[spec.name]);
    if (shown) parts.push(shown);
  }
  if (r.date) parts.push(r.date);
  return parts.join(' · ');
}
