// Small DOM helpers. Text always goes in through text nodes (textContent),
// never innerHTML: records hold whatever a person typed or imported.

// An attribute that loads or navigates takes only the page's own kinds of
// address, so no typed or imported string can ever become a javascript: link.
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);
const PAGE_URL = /^(#|blob:)/;

function pageUrl(value) {
  const url = String(value);
  if (!PAGE_URL.test(url)) throw new Error(`el: refused address ${url.slice(0, 40)}`);
  return url;
}

// An on* attribute set from a string would be inline script: functions only.
function handler(value) {
  if (typeof value !== 'function') throw new Error('el: event handlers must be functions');
  return value;
}

/**
 * el('p', {class: 'x', 'aria-live': 'polite', onclick: fn}, 'text', child, [more])
 * Attribute values of false/null/undefined are left out; true sets an empty attribute.
 */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), handler(value));
    else if (URL_ATTRIBUTES.has(name)) node.setAttribute(name, pageUrl(value));
    else if (name === 'value' || name === 'checked' || name === 'selected') node[name] = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

// Explicit direction controls (embeddings, overrides, isolates). An unclosed
// U+202E in a typed module name would otherwise turn the rest of the line
// around, page words and numbers too ("计5学时" shown as "时学5计", a date
// read backwards). Left out on screen only; the records keep them as typed.
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text as shown: anything a person typed or imported, without direction controls. */
export function shownText(value) {
  return String(value).replace(DIRECTION_CONTROLS, '');
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(shownText(child)));
  }
}

/** Replaces every child of `node` with `children`. */
export function replaceChildren(node, ...children) {
  node.textContent = '';
  append(node, children);
}

/**
 * Runs `work` in a task after the next frame is painted (a frame callback
 * comes just before the paint; the task it queues, after it). A hidden page
 * paints no frames, so there it runs in the next task.
 */
export function afterNextPaint(work) {
  if (document.visibilityState === 'hidden') setTimeout(work, 0);
  else requestAnimationFrame(() => setTimeout(work, 0));
}
