// Writes the plain-JavaScript peer the page is measured against: a minimal
// page that does the same sums from the same rule pack, with no WebAssembly.
// It is a yardstick, not a second product: no forms, no storage, no checks.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const script = String.raw`
const pack = JSON.parse(document.getElementById('pack').textContent);
const tenths = (hours) => Math.round(hours * 10);
function evaluate(doc) {
  const years = new Map(pack.years.map((y) => [y.year, { year: y.year, makeUp: y.role === 'make_up', deadline: y.deadline.value,
    public: 0, professional: 0 }]));
  const lines = [];
  const modules = new Map();
  const bestExam = new Map();
  const coursesSeen = new Set();
  const makeUpFrom = pack.make_up.dated_from.value;
  const place = (record, target, category) => {
    const year = years.get(target);
    if (!year || record.date > year.deadline) return null;
    if (Number(record.date.slice(0, 4)) === target) return year;
    if (!year.makeUp || record.date < makeUpFrom) return null;
    const allowed = category === 'public' ? pack.make_up.public_affiliations.value : pack.make_up.professional_affiliations.value;
    return allowed.includes(doc.profile.affiliation) ? year : null;
  };
  const credit = (i, year, category, hours) => { year[category] += hours; lines.push({ record: i, year: year.year, category, hours }); };
  doc.records.forEach((r, i) => {
    if (r.date && r.date > doc.as_of) return;
    const own = r.date ? Number(r.date.slice(0, 4)) : r.year;
    if (r.kind === 'language_exam') {
      const year = place(r, own, 'public');
      const hours = tenths(pack.language_exam.hours_by_level[r.level].value);
      if (year && (r.score >= pack.language_exam.pass_score.value || r.national_standard) && hours > (bestExam.get(own)?.hours ?? 0)) {
        bestExam.set(own, { i, year, hours });
      }
    } else if (r.kind === 'computer_module') {
      const year = place(r, own, 'public');
      const seen = modules.get(own) ?? { names: new Set(), used: 0 };
      modules.set(own, seen);
      const name = r.module.trim().toLowerCase();
      if (!year || r.passed === false || seen.names.has(name)) return;
      seen.names.add(name);
      const hours = Math.min(tenths(pack.computer_module.hours_per_module.value), tenths(pack.computer_module.cap_per_year.value) - seen.used);
      if (hours > 0) { seen.used += hours; credit(i, year, 'public', hours); }
    } else if (r.kind === 'public_course') {
      const target = r.topic_year ?? own;
      const year = place(r, target, 'public');
      if (year && r.passed !== false && !coursesSeen.has(target)) { coursesSeen.add(target); credit(i, year, 'public', tenths(pack.public_course.hours.value)); }
    } else if (r.kind === 'registered') {
      if (years.has(r.year)) credit(i, years.get(r.year), r.category, tenths(r.hours));
    } else {
      const year = place(r, r.for_year ?? own, 'professional');
      if (year && r.passed !== false) credit(i, year, 'professional', tenths(r.hours));
    }
  });
  for (const { i, year, hours } of bestExam.values()) credit(i, year, 'public', hours);
  const need = { public: tenths(pack.requirements.public.value), professional: tenths(pack.requirements.professional.value) };
  const current = [...years.values()].find((y) => !y.makeUp);
  if (current.public >= need.public && current.professional >= need.professional &&
      pack.make_up.professional_affiliations.value.includes(doc.profile.affiliation)) {
    for (const target of pack.make_up.surplus_order.value) {
      const moved = Math.min(current.professional - need.professional, Math.max(0, need.professional - years.get(target).professional));
      if (moved > 0) { current.professional -= moved; years.get(target).professional += moved; }
    }
  }
  return { years: [...years.values()].map((y) => ({ ...y, need })), lines };
}
function paint(result) {
  const body = document.getElementById('result');
  body.textContent = '';
  for (const y of result.years.slice().reverse()) {
    const row = document.createElement('tr');
    for (const cell of [y.year + '年度', y.public / 10, Math.max(0, y.need.public - y.public) / 10,
                        y.professional / 10, Math.max(0, y.need.professional - y.professional) / 10]) {
      const td = document.createElement('td');
      td.textContent = String(cell);
      row.append(td);
    }
    body.append(row);
  }
}
paint(evaluate({ as_of: '2017-11-26', profile: { affiliation: 'city' }, records: JSON.parse(localStorage.getItem('peer') || '[]') }));
performance.mark('cehours-first-result');
window.peer = { evaluate };
`;

export function writePeerPage(packPath, outPath) {
  const pack = readFileSync(packPath, 'utf8').replace(/</g, '\\u003c');
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>继续教育学时（对照页）</title><style>body{font:16px sans-serif;margin:1rem}td{padding:.2rem .6rem;border-bottom:1px solid #ccc}</style>
<h1>继续教育学时</h1><table><thead><tr><th>年度<th>公需已取得<th>公需尚差<th>专业已取得<th>专业尚差</thead><tbody id="result"></tbody></table>
<script type="application/json" id="pack">${pack}</script><script>${script}</script></html>`;
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, html);
  return html.length;
}
