// The page, dist/cehours.html: the calculator mounted in <div id="cehours">, the core
// from the bytes inlined in the file, the built-in rule pack.
// As an iframe (`?embed=1`), the layout is compact and each result is posted
// to the parent page, but only to the origin named by `parent-origin`.

import { mountCalculator } from './calculator.js';
import { startCore } from './core.js';
import { todayLocal } from './dates.js';
import { framePoster } from './frame_poster.js';
import { mountRulePanel } from './rule_panel.js';
import { hydrateShell } from './shell.js';
import { replayEarlyPresses } from './early_presses.js';
import { becomeInstallable, servedAsApp } from './installable.js';

const query = new URLSearchParams(window.location.search);
const framed = query.get('embed') === '1';
const post = framed ? framePoster(query.get('parent-origin')) : null;

// Started here, before anything is laid out; the calculator is mounted once it
// has settled (in this script's microtasks: see core.js), so the first paint
// carries the first result.
const started = startCore();

const calculator = started.then((core) => mount(core, null), (failure) => mount(null, failure));

function mount(core, failure) {
  const mounted = mountCalculator(document.getElementById('cehours'), {
    // build_page.mjs rendered the shell into the page's HTML.
    shell: hydrateShell,
    core,
    // Only when the start failed: the calculator then says why where the results would be.
    startCore: () => Promise.reject(failure),
    compact: framed,
    // The page's own rules card (核对规则, another pack from a file); a framed calculator is the host's, with its pack.
    ruleTools: framed ? null : mountRulePanel,
    onResult: post && ((result) => post({ type: 'cehours-result', result })),
    onError: post && ((error) => post({ type: 'cehours-error', code: error.code, message: error.message })),
  });
  // A press on the shell before now (early.js marked it) is done now that the calculator listens.
  replayEarlyPresses(document.getElementById('cehours'));
  return mounted;
}

const ready = calculator.then((mounted) => mounted.ready);
// Served over http(s), the page is a web app a phone keeps (installable.js); started once the
// first result is up, so nothing of it stands before that.
if (servedAsApp()) {
  calculator.then((mounted) => mounted.ready.catch(() => {}).then(() => {
    becomeInstallable(document.getElementById('app-offer'), () => mounted.editing());
  }));
}
// When the core cannot start the calculator says why where the results would
// be; a host that never awaits `ready` must not meet an uncaught rejection.
ready.catch(() => {});

/** The same global as the embed's: evaluates a records document (object or JSON text) exactly as the CLI does. */
window.CeHours = {
  ready,
  async evaluate(doc) {
    return (await started).evaluate(doc, null, todayLocal());
  },
};
