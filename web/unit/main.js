// The page 单位批量核查: a unit's CSV read on this device, evaluated in a
// Web Worker (started from code inlined in the page, so it works from
// file://), shown as a table of persons. Nothing is sent anywhere.

import { el, replaceChildren } from '../src/dom.js';
import { createTable, rowsOf } from './unit_table.js';
import { showPerson } from './person_view.js';

const $ = (id) => document.getElementById(id);
const BOM = '\uFEFF';  // Excel opens a CSV as UTF-8 only with it

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function download(text, name) {
  const url = URL.createObjectURL(new Blob([BOM + text], { type: 'text/csv;charset=utf-8' }));
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function startWorker() {
  const source = $('cehours-batch-worker').textContent;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  URL.revokeObjectURL(url);
  const wasm = $('cehours-batch-wasm');
  worker.postMessage({ type: 'start', wasm: wasm.textContent.trim(), size: Number(wasm.dataset.size) });
  return worker;
}

function main() {
  const worker = startWorker();
  const status = $('status');
  const progress = $('progress');
  let table = null;
  let template = '';
  let started = 0;
  let firstShown = false;
  let fileName = '';

  $('as-of').value = today();

  worker.onmessage = ({ data }) => {
    if (data.type === 'ready') {
      template = data.template;
      table = createTable({ container: $('table'), headers: data.header.trim().split(','), onOpen: (index) => worker.postMessage({ type: 'result', index }) });
      $('template').disabled = false;
      $('file').disabled = false;
    } else if (data.type === 'failed') {
      status.textContent = `计算核心出错：${data.message}`;
    } else if (data.type === 'opened') {
      const report = data.report;
      if (!report.ok) {
        status.textContent = '';
        replaceChildren($('file-errors'), el('ul', { class: 'errors' }, report.errors.map((e) => el('li', {}, e.message))));
        progress.hidden = true;
        return;
      }
      replaceChildren($('file-errors'), report.errors.length
        ? el('div', { class: 'errors', role: 'alert' }, el('p', {}, '文件本身的问题（其余各行照常核算）：'),
          el('ul', {}, report.errors.map((e) => el('li', {}, e.message))))
        : null);
      progress.max = Math.max(1, report.persons);
      status.textContent = `${fileName}（${data.encoding || '无法识别的编码'}）：读取了 ${report.rows} 行，共 ${report.persons} 人，核算中…`;
      $('results').hidden = report.persons === 0;
    } else if (data.type === 'rows') {
      table.add(rowsOf(JSON.parse(data.summaries)));
      progress.value = data.done;
      status.textContent = `已核算 ${data.done} / ${data.total} 人`;
      if (!firstShown) {
        firstShown = true;
        performance.mark('cehours-unit-first-rows');
        performance.measure('cehours-unit-to-first-rows', { start: started, end: performance.now() });
      }
    } else if (data.type === 'finished') {
      // The core's memory, beside the time: the page's own share of what a unit costs.
      performance.mark('cehours-unit-all-rows', { detail: { coreBytes: data.coreBytes } });
      performance.measure('cehours-unit-to-all-rows', { start: started, end: performance.now() });
      progress.hidden = true;
      const years = table.years();
      replaceChildren($('year'), el('option', { value: '' }, '全部年度'), years.map((y) => el('option', { value: String(y) }, `${y}年度`)));
      const { short, unreadable } = table.counts();
      status.textContent = `${fileName}：全部 ${progress.max} 人已核算完毕，${short} 人未达标` +
        (unreadable ? `，${unreadable} 人有行未读取（见“无法读取的行”）。` : '。');
      document.body.dataset.state = 'finished';
    } else if (data.type === 'result') {
      showPerson($('person-body'), JSON.parse(data.result));
      $('person').showModal();
    } else if (data.type === 'csv') {
      download(data.text, '单位继续教育学时核查结果.csv');
    }
  };

  $('template').onclick = () => download(template, '单位继续教育学时记录表（模板）.csv');
  $('file').onchange = () => {
    const file = $('file').files[0];
    if (!file) return;
    started = performance.now();
    firstShown = false;
    fileName = file.name;
    delete document.body.dataset.state;
    table.reset();
    progress.value = 0;
    progress.hidden = false;
    status.textContent = `正在读取 ${file.name}…`;
    // The worker reads the file itself (a File is passed by reference) and finds its encoding.
    worker.postMessage({ type: 'open', file, asOf: $('as-of').value || today() });
  };
  $('as-of').onchange = () => { if ($('file').files[0]) $('file').onchange(); };
  $('short-only').onchange = (e) => table.filter({ shortOnly: e.target.checked });
  $('year').onchange = (e) => table.filter({ year: e.target.value });
  $('category').onchange = (e) => table.filter({ category: e.target.value });
  $('search').oninput = (e) => table.filter({ search: e.target.value });
  $('export').onclick = () => worker.postMessage({ type: 'csv' });
  $('close').onclick = () => $('person').close();
}

main();
