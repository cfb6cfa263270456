// <cehours-calculator view="summary">: a compact summary for a sidebar or a
// home page, not a second calculator. It reads the records a full calculator
// saved under the same storage key (never writing them), shows where the
// person stands, the deadline and the records that did not count, and links
// to the full calculator. It follows that calculator's changes on the same
// page (its cehours-result events) and in other tabs (storage events).

import { el, replaceChildren } from './dom.js';
import { readSaved, emptyState } from './store_schema.js';
import { toDocument } from './doc.js';
import { todayLocal } from './dates.js';
import { lastDeadline, packYears } from './pack.js';
import { renderOverview, standing } from './overview.js';
import { shellText } from './shell_text.js';
import { checkPack } from './pack_load.js';

/** The link to the full calculator: a web address or a fragment, never script. */
function safeHref(href) {
  if (!href) return null;
  try {
    const url = new URL(href, document.baseURI);
    return ['http:', 'https:'].includes(url.protocol) || href.startsWith('#') ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * @param {HTMLElement} box  emptied and filled
 * @param {object} o
 * @param {() => Promise<object>} o.startCore
 * @param {(() => Promise<string>)|null} o.loadPack
 * @param {string} o.storageKey  the full calculator's key
 * @param {string|null} o.href  where the full calculator is
 * @param {string} o.lang
 * @param {(result: object) => void} o.onResult
 * @param {(error: object) => void} o.onError
 * @returns {{destroy: () => void}}
 */
export function mountSummary(box, { startCore, loadPack, storageKey, href, lang, onResult, onError }) {
  const t = shellText(lang);
  box.classList.add('cehours-app', 'cehours-summary');
  box.setAttribute('lang', lang);
  const summary = el('p', { class: 'summary', 'aria-live': 'polite' }, t.loading);
  const body = el('div', { class: 'overview-body' });
  const target = safeHref(href);
  const link = document.createElement('a');
  link.className = 'button primary full-link';
  link.textContent = t.openFull;
  if (target) link.href = target;
  replaceChildren(box, el('div', { class: 'card' }, summary, body, target ? link : null));

  const lifetime = new AbortController();
  let core = null;
  let packText = null;
  let pack = null;

  function savedState() {
    let text = null;
    try {
      text = window.localStorage.getItem(storageKey);
    } catch {
      // Storage refused: nothing saved to summarise.
    }
    return text === null ? emptyState() : readSaved(text).state;
  }

  function render() {
    if (!core) return;
    const state = savedState();
    const last = lastDeadline(pack);
    const today = todayLocal();
    const after = !state.as_of && last && today > last.value;
    const doc = toDocument(state, state.as_of || (after ? last.value : today));
    const result = JSON.parse(core.evaluate(JSON.stringify(doc), packText, today));
    if (!result.ok) {
      summary.textContent = t.summaryRefused;
      replaceChildren(body);
      return;
    }
    summary.textContent = standing(result, state.records.length);
    renderOverview(body, {
      result,
      count: state.records.length,
      today,
      afterPeriod: after ? { years: packYears(pack), deadline: last.value, title: pack.title || pack.id } : null,
      showWarnings: () => { if (target) window.location.href = target; },
    });
    onResult(result);
  }

  const { signal } = lifetime;
  window.addEventListener('storage', (event) => { if (event.key === storageKey) render(); }, { signal });
  // A full calculator on this page saves before it announces each result.
  document.addEventListener('cehours-result', (event) => {
    if (event.target.getAttribute && event.target.getAttribute('storage-key') === storageKey && event.target.getAttribute('view') !== 'summary') render();
  }, { signal });

  Promise.all([startCore(), loadPack ? loadPack() : null]).then(([loaded, text]) => {
    if (signal.aborted) return;
    if (text !== null) checkPack(loaded, text);
    core = loaded;
    packText = text;
    pack = JSON.parse(text === null ? core.defaultPack() : text);
    render();
  }).catch((error) => {
    if (signal.aborted) return;
    summary.textContent = error.message;
    onError(error);
  });

  return { destroy: () => lifetime.abort() };
}
