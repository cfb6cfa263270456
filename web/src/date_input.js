// Date fields. The first <input type=date> a page creates loads the
// browser's calendar data (ICU): 20–40 ms on a cheap phone, in the way of the
// first result. So a date field starts as a text field holding the same ISO
// text (dates.js checks it either way) and becomes a date picker once the
// first frame is painted. A field being typed in, or holding text a picker would throw
// away, waits for its next change: nothing typed is lost.

import { el } from './dom.js';
import { isIsoDate } from './dates.js';

let pickers = false;  // true once the first frame is painted
let waiting = null;

function becomePicker(input) {
  if (input.matches(':focus') || (input.value !== '' && !isIsoDate(input.value))) {
    input.addEventListener('change', () => becomePicker(input), { once: true });
    return;
  }
  input.type = 'date';
}

function whenIdle() {
  pickers = true;
  for (const input of waiting) if (input.isConnected) becomePicker(input);
  waiting = null;
}

/** An <input> for a 'YYYY-MM-DD' date: a picker after the first paint, a text field before. */
export function dateInput(attributes) {
  if (pickers) return el('input', { ...attributes, type: 'date' });
  return pickerLater(el('input', { ...attributes, type: 'text', placeholder: '年-月-日', autocomplete: 'off' }));
}

/** A date field built as text before the first paint (by dateInput, or in the page's pre-rendered HTML) becomes a picker after it. */
export function pickerLater(input) {
  if (!waiting) {
    waiting = new Set();
    // After the first frame is painted: an idle callback alone can come before it.
    requestAnimationFrame(() => setTimeout(whenIdle));
  }
  waiting.add(input);
  return input;
}
