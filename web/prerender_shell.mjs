// The page's shell as HTML, rendered at build time by the page's own code
// (web/src/shell.js's buildShell) in linkedom, a small DOM for Node: the browser
// then parses static markup instead of building it in script before the first
// layout. tests/browser/prerender.test.mjs proves the markup equals what the
// browser builds.

import { parseHTML } from 'linkedom';

/** @returns {Promise<string>} the inner HTML of the page's <div id="cehours"> */
export async function prerenderShell() {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="cehours"></div></body></html>');
  // What buildShell touches of a browser: the document, Node (dom.js's append) and the
  // address (the offline note).
  Object.assign(globalThis, { window, document, Node: window.Node });
  window.location = { protocol: 'about:' };
  const { buildShell } = await import('./src/shell.js');
  const container = document.getElementById('cehours');
  buildShell(container, { embedded: false, lang: 'zh-CN' });
  return container.innerHTML;
}
