// Small DOM helpers. Text always goes in through text nodes (textContent),
// never innerHTML: records hold whatever a person typed or imported.

/**
 * el('p', {class: 'x', 'aria-live': 'polite', onclick: fn}, 'text', child, [more])
 * Attribute values of false/null/undefined are left out; true sets an empty attribute.
 */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'value' || name === 'checked' || name === 'selected') node[name] = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces every child of `node` with `children`. */
export function replaceChildren(node, ...children) {
  node.textContent = '';
  append(node, children);
}

export function byId(id) {
  return document.getElementById(id);
}
