// Date fields. The first <input type=date> a page creates loads the
// browser's calendar data (ICU): 20–40 ms on a cheap phone, and it blocks
// whatever the page does at that moment (the start, a tap). So a date field
// starts as a text field holding the same ISO text (dates.js checks it either
// way) and becomes a date picker when the person reaches into its card: a
// pointer pressed there or the focus moved there, before the press lands, so a
// tap on the field itself opens the picker. A field being typed in, or holding
// text a picker would throw away, waits for its next change: nothing typed is lost.

import { el } from './dom.js';
import { isIsoDate } from './dates.js';

let pickers = false;  // true once a card was reached: fields made after that are pickers at once
const waiting = new Set();

function becomePicker(input) {
  if (input.matches(':focus') || (input.value !== '' && !isIsoDate(input.value))) {
    input.addEventListener('change', () => becomePicker(input), { once: true });
    return;
  }
  input.type = 'date';
}

function reached() {
  if (pickers) return;
  pickers = true;
  for (const input of waiting) if (input.isConnected) becomePicker(input);
  waiting.clear();
}

/** An <input> for a 'YYYY-MM-DD' date: a picker once a card with dates was reached, a text field before. */
export function dateInput(attributes) {
  if (pickers) return el('input', { ...attributes, type: 'date' });
  return pickerLater(el('input', { ...attributes, type: 'text', placeholder: '年-月-日', autocomplete: 'off' }));
}

/** A date field built as text (by dateInput, or in the page's pre-rendered HTML) becomes a picker when its card is reached. */
export function pickerLater(input) {
  if (pickers) becomePicker(input);
  else waiting.add(input);
  return input;
}

/** The date fields become pickers when the person reaches into `card` (captured, so before the element under the pointer acts). */
export function pickersWhenReached(card) {
  for (const type of ['pointerdown', 'focusin']) card.addEventListener(type, reached, { capture: true, once: true });
}
