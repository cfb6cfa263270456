// The page's shell is in its HTML and is painted before the calculator has
// started: on a slow connection the page's script is still arriving, and on a
// slow phone the core is still being inflated. A button pressed in that moment
// is marked here (a few bytes of script ahead of the shell) and pressed again
// once the calculator listens, and a records file chosen then is read then, so
// no control looks usable and does nothing. Typed text needs nothing here: it
// stays in its field, and the calculator takes it as it starts.

const MARK = 'data-pressed-before-start';

/** Runs before the shell is parsed: marks each button of the calculator pressed until it has started. */
export function markEarlyPresses(doc) {
  let order = 0;
  doc.addEventListener('click', (event) => {
    const container = doc.getElementById('cehours');
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!container || container.hasAttribute('data-started') || !button || !container.contains(button)) return;
    if (button.hasAttribute(MARK)) return;
    button.setAttribute(MARK, String(order));
    order += 1;
    const status = doc.getElementById('status-text');
    if (status) status.textContent = '正在启动计算核心，启动后立即执行';
  }, { capture: true });
}

/** Once the calculator listens: ends the marking, presses each marked button again in order, and reads a file chosen. */
export function replayEarlyPresses(container) {
  container.setAttribute('data-started', '');
  const pressed = [...container.querySelectorAll(`[${MARK}]`)]
    .sort((a, b) => Number(a.getAttribute(MARK)) - Number(b.getAttribute(MARK)));
  for (const button of pressed) {
    button.removeAttribute(MARK);
    if (!button.hidden && !button.disabled) button.click();
  }
  // The calculator empties the file input once it has read it: a file still there was chosen before the start.
  const file = container.querySelector('input[type="file"]#import-file');
  if (file && file.files && file.files.length) file.dispatchEvent(new Event('change', { bubbles: true }));
}
