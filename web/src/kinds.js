// The record kinds of the records document (issue 2) and the form each needs:
// labels in the notice's own terms, fields, Chinese validation, and the
// one-line description shown in the records list. No rule numbers here: what
// a record counts for is the core's answer, not the page's.

import { isIsoDate, yearOf } from './dates.js';

// Input limits of the records document (issue 2), not rules of the notice.
const MAX_HOURS = 500;
const MAX_SCORE = 100;
const MAX_TITLE = 200;
const MAX_SHORT_TEXT = 100; // module name, certificate number

const LEVELS = [['A', 'A级'], ['B', 'B级'], ['C', 'C级']];
const SUBTYPES = [['training', '培训进修'], ['self_study', '自学'], ['research', '科研成果'], ['publication', '论文著作']];
const CATEGORIES = [['public', '公需类'], ['professional', '专业类']];

export const CATEGORY_LABEL = { public: '公需类', professional: '专业类' };

// Modules of the national computer exam, offered as suggestions only when the
// pack has no catalogue of its own (computer_module.catalogue).
const COMMON_MODULES = [
  'Windows XP操作系统', 'Word 2007中文字处理', 'Excel 2007中文电子表格', 'PowerPoint 2007中文演示文稿',
  'Internet应用', 'Access 2003数据库管理系统', 'WPS Office办公组件', 'AutoCAD 2004制图软件',
  'Photoshop CS4图像处理', 'Dreamweaver 8网页制作', 'Project 2000项目管理',
];

/** The module names the form offers: the pack's catalogue (names, then aliases), else the common ones. */
export function moduleChoices(pack) {
  const catalogue = pack && pack.computer_module && pack.computer_module.catalogue;
  if (!catalogue || !Array.isArray(catalogue.modules)) return COMMON_MODULES;
  return catalogue.modules.flatMap((m) => [m.name, ...(Array.isArray(m.aliases) ? m.aliases : [])]).filter((n) => typeof n === 'string');
}

// `year: 'pack'` fields offer the rule pack's years; `optional` years default to the date's year.
const FIELD = {
  date: { type: 'date', label: '日期' },
  level: { type: 'select', label: '级别', options: LEVELS },
  score: { type: 'decimal', label: '成绩（分）' },
  national_standard: { type: 'checkbox', label: '成绩达到全国通用标准' },
  module: { type: 'text', label: '模块名称', list: 'cehours-modules' },
  passed: { type: 'checkbox', label: '考核合格', default: true },
  topic_year: { type: 'year', label: '课题年度', optional: '与培训日期同年', hint: '补修往年公需科目时，选所补年度的课题（四（一））' },
  hours: { type: 'decimal', label: '学时' },
  for_year: { type: 'year', label: '计入年度', optional: '与日期同年', hint: '用于补修往年专业类学时时，选所补年度（四（二））' },
  subtype: { type: 'select', label: '折算方式', options: SUBTYPES },
  year: { type: 'year', label: '年度' },
  category: { type: 'select', label: '类别', options: CATEGORIES },
};

// Each kind with the clause of the notice it comes from (二: the hours; 三: registration).
export const KINDS = [
  { kind: 'language_exam', label: '职称外语考试', clause: '二（一）1',
    fields: ['date', 'level', 'score', 'national_standard'], dateLabel: '考试日期', passedLabel: '' },
  { kind: 'computer_module', label: '计算机应用能力考试模块', clause: '二（一）1',
    fields: ['date', 'module', 'passed'], dateLabel: '考试日期', passedLabel: '考试合格' },
  { kind: 'public_course', label: '公需科目网上培训', clause: '二（一）2',
    fields: ['date', 'topic_year', 'passed'], dateLabel: '考试合格日期', passedLabel: '考试合格' },
  { kind: 'professional_course', label: '公共专业科目网上研修', clause: '二（二）1',
    fields: ['date', 'hours', 'passed', 'for_year'], dateLabel: '考试合格日期', passedLabel: '考试合格' },
  { kind: 'special_training', label: '专项业务培训', clause: '二（二）2',
    fields: ['date', 'hours', 'passed', 'for_year'], dateLabel: '结业日期', passedLabel: '考核合格' },
  { kind: 'converted', label: '折算：培训进修、自学、科研成果、论文著作', clause: '二（二）3',
    fields: ['date', 'subtype', 'hours', 'for_year'], dateLabel: '取得日期', hoursLabel: '折算学时（按认定）' },
  { kind: 'registered', label: '已登记学时（含外来调入确认）', clause: '三',
    fields: ['year', 'category', 'hours'], hoursLabel: '已登记学时' },
];

export function kindInfo(kind) {
  return KINDS.find((k) => k.kind === kind);
}

/** The field specs of a kind, with the kind's own wording applied; then the optional common fields. */
export function fieldsOf(kind) {
  const info = kindInfo(kind);
  const specs = info.fields.map((name) => {
    const spec = { name, ...FIELD[name] };
    if (name === 'date' && info.dateLabel) spec.label = info.dateLabel;
    if (name === 'passed' && info.passedLabel) spec.label = info.passedLabel;
    if (name === 'hours' && info.hoursLabel) spec.label = info.hoursLabel;
    return spec;
  });
  specs.push({ name: 'certificate', type: 'text', label: '证书编号（选填）', optionalField: true });
  specs.push({ name: 'title', type: 'text', label: '名称或备注（选填）', optionalField: true });
  return specs;
}

/** Form values (strings and booleans) from a stored record. */
export function recordToValues(record) {
  const values = {};
  for (const spec of fieldsOf(record.kind)) {
    const value = record[spec.name];
    if (spec.type === 'checkbox') values[spec.name] = value === undefined ? Boolean(spec.default) : Boolean(value);
    else values[spec.name] = value === undefined || value === null ? '' : String(value);
  }
  return values;
}

// Full-width digits and points, as typed with a Chinese input method.
export function normalizeNumber(text) {
  return String(text).trim()
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48))
    .replace(/[\uFF0E\u3002]/g, '.');
}

function readDecimal(text, what, max) {
  const t = normalizeNumber(text);
  if (t === '') return { error: `请填写${what}` };
  if (!/^\d+(\.\d+)?$/.test(t)) return { error: `${what}应为数字，例如 12 或 12.5` };
  const n = Number(t);
  if (/\.\d\d/.test(t)) return { error: `${what}最多保留一位小数` };
  if (n > max) return { error: `${what}不能超过${max}` };
  return { value: n };
}

/**
 * Builds a record of `kind` from form values.
 * @param {object[]} [specs]  the fields shown (conversion_fields.js varies them by table item)
 * @returns {{record: object|null, errors: Object<string,string>}} errors keyed by field name, in Chinese
 */
export function valuesToRecord(kind, values, specs = fieldsOf(kind)) {
  const record = { kind };
  const errors = {};
  for (const spec of specs) {
    const raw = values[spec.name];
    const text = typeof raw === 'string' ? raw.trim() : raw;
    switch (spec.name) {
      case 'date':
        if (!text) errors.date = `请填写${spec.label}`;
        else if (!isIsoDate(text)) errors.date = `${spec.label}无效，请按“年-月-日”填写，例如 2017-06-18`;
        else record.date = text;
        break;
      case 'score': {
        const r = readDecimal(text, '成绩', MAX_SCORE);
        if (r.error) errors.score = r.error; else record.score = r.value;
        break;
      }
      case 'hours': {
        const r = readDecimal(text, '学时', MAX_HOURS);
        if (r.error) errors.hours = r.error;
        else if (r.value <= 0) errors.hours = '学时必须大于0';
        else record.hours = r.value;
        break;
      }
      case 'module':
        if (!text) errors.module = '请填写模块名称，例如 Excel 2007中文电子表格';
        else if (text.length > MAX_SHORT_TEXT) errors.module = `模块名称不能超过${MAX_SHORT_TEXT}字`;
        else record.module = text;
        break;
      case 'level': case 'subtype': case 'category':
        if (!text) errors[spec.name] = `请选择${spec.label}`;
        else record[spec.name] = text;
        break;
      case 'year':
        if (!text) errors.year = '请选择年度';
        else record.year = Number(text);
        break;
      case 'topic_year': case 'for_year':
        if (text) record[spec.name] = Number(text);
        break;
      case 'national_standard': case 'passed':
        record[spec.name] = Boolean(raw);
        break;
      case 'title':
        if (text && text.length > MAX_TITLE) errors.title = `名称不能超过${MAX_TITLE}字（现在${text.length}字）`;
        else if (text) record.title = text;
        break;
      case 'certificate':
        if (text && text.length > MAX_SHORT_TEXT) errors.certificate = `证书编号不能超过${MAX_SHORT_TEXT}字`;
        else if (text) record.certificate = text;
        break;
      default:
        break;
    }
  }
  return { record: Object.keys(errors).length ? null : record, errors };
}

const optionLabel = (options, value) => (options.find(([v]) => v === value) || [value, value])[1];

/** The kind's name as the records list shows it: a conversion says what was converted. */
export function recordLabel(r) {
  if (r.kind === 'converted' && r.subtype) return `${optionLabel(SUBTYPES, r.subtype)}折算`;
  const info = kindInfo(r.kind);
  return info ? info.label : String(r.kind);
}

// A table item's record, without the pack at hand: the item's id and what was entered for it.
function conversionDetail(r) {
  const detail = [String(r.item)];
  if (r.quantity !== undefined) detail.push(`数量 ${r.quantity}`);
  if (r.rank !== undefined) detail.push(`第${r.rank}名`);
  if (r.from_year !== undefined) detail.push(`${r.from_year}—${r.to_year}年`);
  return detail.join('，');
}

/** One line describing a record in the records list and the printed table. */
export function describeRecord(r) {
  const parts = [];
  switch (r.kind) {
    case 'language_exam':
      parts.push(`${optionLabel(LEVELS, r.level)}，${r.score}分${r.national_standard ? '，达到全国通用标准' : ''}`);
      break;
    case 'computer_module':
      parts.push(r.module, r.passed === false ? '不合格' : '合格');
      break;
    case 'public_course':
      parts.push(`${r.topic_year || yearOf(r.date)}年度课题`, r.passed === false ? '未合格' : '合格');
      break;
    case 'professional_course': case 'special_training':
      parts.push(`${r.hours}学时`, r.passed === false ? '未合格' : '合格');
      if (r.for_year) parts.push(`计入${r.for_year}年度`);
      break;
    case 'converted':
      // A pack with a conversion table may let a record name an item instead of hours.
      if (r.hours !== undefined) parts.push(`${r.hours}学时`);
      if (r.item !== undefined) parts.push(conversionDetail(r));
      if (r.for_year) parts.push(`计入${r.for_year}年度`);
      break;
    case 'registered':
      parts.push(`${r.year}年度`, optionLabel(CATEGORIES, r.category), `${r.hours}学时`);
      break;
    default:
      break;
  }
  if (r.date) parts.push(r.date);
  return parts.join(' · ');
}
