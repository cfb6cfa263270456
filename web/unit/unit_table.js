// The table of persons: one row per person and year, as `cehours batch`
// writes its CSV, filtered (未达标 only, a year, a category short), searched,
// sorted and shown a page at a time so 10,000 persons never fill the DOM.

import { el, replaceChildren } from '../src/dom.js';

const PAGE_ROWS = 50;

const STATUS_NAME = { complete: '已达标', open: '未达标', closed: '已截止，未达标', not_required: '无需完成' };
// 未达标: open or closed short; a not_required year (before the person became a 专业技术人员) is not.
const isShort = (row) => row.status === 'open' || row.status === 'closed';

// The columns, in the CSV's order; `header` comes from the core's CSV header
// (BatchCheck::csv_header), so the page and the file use the same words.
const COLUMNS = [
  { key: 'person', value: (r) => r.person, text: true },
  { key: 'affiliation', value: (r) => r.affiliation, text: true },
  { key: 'year', value: (r) => r.year },
  { key: 'public', value: (r) => r.public },
  { key: 'professional', value: (r) => r.professional },
  { key: 'status', value: (r) => STATUS_NAME[r.status], text: true },
  { key: 'days_left', value: (r) => r.days_left },
  { key: 'plan_total', value: (r) => r.plan_total },
  { key: 'warnings', value: (r) => r.warnings },
  { key: 'unreadable', value: (r) => r.unreadable, text: true },
];

/** Rows of the table from one chunk of summaries (the worker's JSON). */
export function rowsOf(summaries) {
  const rows = [];
  for (const person of summaries) {
    const lines = [...new Set(person.unreadable_rows.map((e) => e.line))].join('、');
    for (const year of person.years) {
      rows.push({
        index: person.index, person: person.person, affiliation: person.affiliation, year: year.year,
        public: year.public, professional: year.professional, status: year.status, days_left: year.days_left,
        plan_total: person.plan_total, warnings: person.warnings, unreadable: lines,
      });
    }
  }
  return rows;
}

export function createTable({ container, headers, onOpen }) {
  const state = { rows: [], shortOnly: false, year: '', category: '', search: '', sort: null, descending: false, page: 0 };
  const body = el('tbody');
  const headRow = el('tr');
  const pager = el('nav', { class: 'pager', 'aria-label': '翻页' });
  const count = el('p', { class: 'count', 'aria-live': 'polite' });

  COLUMNS.forEach((column, i) => {
    const button = el('button', { type: 'button', class: 'sort', onclick: () => sortBy(column) }, headers[i]);
    column.th = el('th', { scope: 'col', 'aria-sort': 'none' }, button);
    headRow.append(column.th);
  });
  replaceChildren(container, count, el('div', { class: 'table-scroll' }, el('table', {}, el('thead', {}, headRow), body)), pager);

  function sortBy(column) {
    state.descending = state.sort === column ? !state.descending : false;
    state.sort = column;
    state.page = 0;
    for (const c of COLUMNS) c.th.setAttribute('aria-sort', c !== column ? 'none' : state.descending ? 'descending' : 'ascending');
    render();
  }

  function shown() {
    const search = state.search.trim().toLowerCase();
    let rows = state.rows.filter((r) =>
      (!state.shortOnly || isShort(r)) &&
      (!state.year || String(r.year) === state.year) &&
      (!state.category || r[state.category] > 0) &&
      (!search || r.person.toLowerCase().includes(search)));
    if (state.sort) {
      const { value, text } = state.sort;
      const sign = state.descending ? -1 : 1;
      // Stable: equal values keep the file's order.
      rows = rows.map((r, i) => [r, i]).sort(([a, i], [b, j]) => {
        const x = value(a);
        const y = value(b);
        const order = text ? String(x).localeCompare(String(y), 'zh-CN') : x - y;
        return order * sign || i - j;
      }).map(([r]) => r);
    }
    return rows;
  }

  function render() {
    const rows = shown();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_ROWS));
    state.page = Math.min(state.page, pages - 1);
    const persons = new Set(rows.map((r) => r.index)).size;
    count.textContent = `显示 ${rows.length} 行（${persons} 人）`;
    replaceChildren(body, rows.slice(state.page * PAGE_ROWS, (state.page + 1) * PAGE_ROWS).map((r) =>
      el('tr', { class: `status-${r.status}` }, COLUMNS.map((column) => column.key === 'person'
        ? el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', onclick: () => onOpen(r.index) }, r.person),
          r.unreadable ? el('span', { class: 'flag' }, '有行未读取') : null)
        : el('td', { class: column.text ? '' : 'number' }, column.value(r))))));
    replaceChildren(pager,
      el('button', { type: 'button', disabled: state.page === 0, onclick: () => { state.page -= 1; render(); } }, '上一页'),
      el('span', {}, `第 ${state.page + 1} / ${pages} 页`),
      el('button', { type: 'button', disabled: state.page >= pages - 1, onclick: () => { state.page += 1; render(); } }, '下一页'));
  }

  return {
    /** Replaces every row (a new file). */
    reset() { state.rows = []; state.page = 0; render(); },
    /** Adds a chunk's rows (filtering 30,000 rows and drawing one page takes a few ms). */
    add(rows) {
      for (const row of rows) state.rows.push(row);
      render();
    },
    /** filter: {shortOnly, year, category, search}, any subset. */
    filter(change) { Object.assign(state, change); state.page = 0; render(); },
    years() { return [...new Set(state.rows.map((r) => r.year))].sort(); },
    /** Persons with a year not yet met, and persons with rows that could not be read. */
    counts() {
      const short = new Set(state.rows.filter(isShort).map((r) => r.index));
      const unreadable = new Set(state.rows.filter((r) => r.unreadable).map((r) => r.index));
      return { short: short.size, unreadable: unreadable.size };
    },
  };
}
