// One person's full result, as the person's own page would show it: each
// year's hours, the lines that explain every counted hour (with the file line
// of its record), the plan (the least additional hours, step by step),
// warnings and the rows that could not be read.

import { el, replaceChildren } from '../src/dom.js';

const STATUS_NAME = { complete: '已达标', open: '未达标', closed: '已截止，未达标', not_required: '无需完成（尚未成为专业技术人员）' };

function tally(name, t) {
  return el('li', {}, `${name}：已取得 ${t.earned} / 应取得 ${t.required} 学时，尚差 ${t.remaining} 学时`);
}

function where(result, record) {
  return record === undefined ? '' : `（第${result.record_lines[record]}行）`;
}

/** Fills `container` with the person's result document (BatchCheck::result_json). */
export function showPerson(container, result) {
  const years = [...result.years].reverse().map((year) => el('section', { class: 'year' },
    el('h3', {}, `${year.year}年度${year.role === 'make_up' ? '（补修）' : ''}：${STATUS_NAME[year.status]}`,
      year.status === 'open' ? `，距截止（${year.deadline}）还有 ${year.days_left} 天` : ''),
    el('ul', {}, tally('公需类', year.public), tally('专业类', year.professional)),
    el('ul', { class: 'lines' }, result.lines.filter((line) => line.year === year.year).map((line) =>
      el('li', {}, `${line.text}〔${line.clause}〕${where(result, line.record)}`)))));
  const { plan } = result;
  const planSection = plan.steps.length || plan.unreachable.length ? el('section', { class: 'plan' },
    el('h3', {}, `计划：还需 ${plan.total_hours} 学时`),
    el('ol', {}, plan.steps.map((step) => el('li', {}, `${step.text}〔${step.clause}〕`))),
    plan.unreachable.length ? el('ul', {}, plan.unreachable.map((gap) => el('li', {}, gap.text))) : null) : null;
  replaceChildren(container,
    el('h2', { id: 'person-title' }, result.person),
    el('p', { class: 'muted' }, `单位类别：${result.profile.name} · 核算日期：${result.as_of} · 共读取 ${result.record_lines.length} 条记录`),
    result.unreadable_rows.length ? el('section', { class: 'unreadable' },
      el('h3', {}, `无法读取的行（${result.unreadable_rows.length}）`),
      el('ul', {}, result.unreadable_rows.map((e) => el('li', {}, e.message)))) : null,
    planSection,
    years,
    result.warnings.length ? el('section', { class: 'warnings' },
      el('h3', {}, `提醒（${result.warnings.length}）`),
      el('ul', {}, result.warnings.map((w) => el('li', {}, `${w.text}${w.clause ? `〔${w.clause}〕` : ''}${where(result, w.record)}`)))) : null);
}
