// The page's rules card: which rule pack is in use and for which
// dates, "核对规则" to run the pack's conformance cases here in the browser,
// and "使用其他规则包" to load another pack (next year's, a bureau's draft)
// from a file — with its cases file beside it — for this visit only. The core
// checks a chosen pack before anything is computed with it; a refused pack
// changes nothing and its problems are listed with their paths.

import { el, replaceChildren, shownText } from './dom.js';
import { checkSummary, renderCheckReport } from './rule_check_view.js';

// How many of a refused pack's problems to list; the rest are counted.
const SHOWN_ERRORS = 8;

/**
 * @param {HTMLElement} parent  the card is appended here
 * @param {object} hooks
 * @param {() => object|null} hooks.pack  the pack in use (null until the core is up)
 * @param {() => number|null} hooks.packBytes  the core's bound on a pack (null until the core is up), checked before reading a file
 * @param {() => Promise<object>} hooks.check  the core's check-pack report for the pack in use and its cases
 * @param {(packText: string|null, casesText: string|null) => Promise<void>} hooks.usePack
 *   null: the built-in pack; rejects (with `errors`, as the core lists them) when the core refuses the pack
 * @returns {{packChanged: () => void}}
 */
export function mountRulePanel(parent, hooks) {
  let source = null; // the file(s) the pack in use came from; null: built in

  const current = el('p', { id: 'rules-current' });
  const checkButton = el('button', { type: 'button', id: 'rules-check', class: 'primary', 'aria-expanded': 'false',
    'aria-controls': 'rules-report', onclick: toggleCheck }, '核对规则');
  const fileInput = el('input', { type: 'file', id: 'rules-file', accept: '.json,application/json', multiple: true,
    class: 'visually-hidden', onchange: chooseFiles });
  const builtInButton = el('button', { type: 'button', id: 'rules-builtin', hidden: true, onclick: useBuiltIn }, '改回内置规则');
  const message = el('div', { id: 'rules-message', role: 'alert' });
  const summary = el('p', { id: 'rules-summary', class: 'summary', 'aria-live': 'polite' });
  const report = el('div', { id: 'rules-report', hidden: true, 'aria-labelledby': 'rules-check', role: 'region' });

  parent.append(el('section', { id: 'rules', class: 'card', 'aria-labelledby': 'rules-h' },
    el('h2', { id: 'rules-h' }, '规则包'),
    current,
    el('p', { class: 'hint' }, '“核对规则”在本机运行规则包自带的核对用例：每项写明记录、应得结果和所依据的条款，看本工具的计算是否与通知一致。'),
    el('div', { class: 'actions' }, checkButton, fileInput,
      el('label', { class: 'button', for: 'rules-file' }, '使用其他规则包'), builtInButton),
    el('p', { class: 'hint' }, '其他规则包：选择规则包文件，可同时选择它的核对用例文件（….cases.json）。只在本次打开页面时使用，刷新后恢复内置规则。'),
    message, summary, report));

  function showCurrent() {
    const pack = hooks.pack();
    if (!pack) return;
    const number = pack.document && pack.document.number ? `，${pack.document.number}` : '';
    const period = pack.valid_from ? `，适用于 ${pack.valid_from} 至 ${pack.valid_until || '（未定）'}` : '';
    current.textContent = shownText(`正在使用：${pack.title || pack.id}（${pack.id}${number}${period}）${source ? `，来自文件${source}` : '，本页内置'}。`);
    builtInButton.hidden = !source;
  }

  function collapse() {
    report.hidden = true;
    checkButton.setAttribute('aria-expanded', 'false');
    replaceChildren(report);
  }

  async function toggleCheck() {
    message.textContent = '';
    if (!report.hidden) {
      collapse();
      summary.textContent = '';
      return;
    }
    let answer;
    try {
      answer = await hooks.check();
    } catch (error) {
      message.textContent = `无法核对：${error.message}`;
      return;
    }
    renderCheckReport(report, answer, hooks.pack());
    report.hidden = false;
    checkButton.setAttribute('aria-expanded', 'true');
    summary.textContent = checkSummary(answer);
  }

  function refuse(text, errors = []) {
    const listed = errors.slice(0, SHOWN_ERRORS);
    replaceChildren(message, el('p', {}, text),
      listed.length ? el('ul', { class: 'errors' }, listed.map((e) => el('li', {}, e.path ? `${e.path}：${e.message}` : e.message))) : null,
      errors.length > listed.length ? el('p', {}, `另有${errors.length - listed.length}处问题未列出。`) : null);
  }

  /** A pack file and, optionally, its cases file: which is which is read from their contents. */
  async function chooseFiles() {
    const files = [...fileInput.files];
    fileInput.value = '';
    message.textContent = '';
    if (!files.length) return;
    const names = files.map((f) => `“${f.name}”`).join('、');
    let pack = null;
    let cases = null;
    for (const file of files) {
      const limit = hooks.packBytes();
      if (limit && file.size > limit) return refuse(`未使用${names}：“${file.name}”太大（超过${limit / 1024} kB），不是规则包。仍使用原来的规则。`);
      const text = await file.text();
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        return refuse(`未使用${names}：“${file.name}”不是有效的JSON（${error.message}）。仍使用原来的规则。`);
      }
      const isCases = parsed && Array.isArray(parsed.cases);
      if (isCases ? cases : pack) return refuse(`未使用${names}：请只选一个规则包文件和至多一个核对用例文件。仍使用原来的规则。`);
      if (isCases) cases = { text, name: file.name };
      else pack = { text, name: file.name };
    }
    if (!pack) return refuse(`未使用${names}：其中没有规则包，只有核对用例。请同时选择规则包文件。仍使用原来的规则。`);
    try {
      await hooks.usePack(pack.text, cases && cases.text);
    } catch (error) {
      const errors = error.errors || [];
      return refuse(`未使用“${pack.name}”：${errors.length ? `计算核心发现${errors.length}处问题` : error.message}。仍使用原来的规则。`, errors);
    }
    source = cases ? `“${pack.name}”和“${cases.name}”` : `“${pack.name}”`;
    changed(`已改用规则包“${hooks.pack().title || hooks.pack().id}”，结果已按它重新计算。`);
  }

  async function useBuiltIn() {
    await hooks.usePack(null, null);
    source = null;
    changed('已改回本页内置的规则包。');
    checkButton.focus();
  }

  function changed(text) {
    collapse();
    showCurrent();
    summary.textContent = shownText(text);
  }

  return {
    /** The calculator adopted a pack (at start, or from this card): say which. */
    packChanged() {
      showCurrent();
    },
  };
}
