// The calculator's fixed markup, built once per mount: the same tree for the
// page (mounted in a div of <body>) and the embed (mounted in a shadow root, where ids
// are scoped to that root, so two calculators on one page never clash).
// Embedded, the calculator is a region of someone else's page: no skip link,
// no landmarks of its own (the host has its header, main and footer) and a
// heading level that does not compete with the host's <h1>.

import { dateInput, pickerLater, pickersWhenReached } from './date_input.js';
import { el, replaceChildren } from './dom.js';
import { shellText } from './shell_text.js';
import { sinceField } from './since_field.js';

/**
 * @param {HTMLElement} container  emptied and filled
 * @param {{embedded: boolean, lang: string}} options
 */
export function buildShell(container, { embedded, lang }) {
  const t = shellText(lang);
  const tag = (landmark) => (embedded ? 'div' : landmark);
  replaceChildren(container,
    embedded ? null : el('a', { class: 'skip', href: '#results' }, t.skip),
    el(tag('header'), { class: 'top' },
      el('div', { class: 'wrap' },
        el(embedded ? 'h2' : 'h1', { class: 'title' }, t.title),
        el('p', { class: 'sub' }, t.basis),
        el('nav', { class: 'tools', 'aria-label': t.tools },
          el('button', { type: 'button', id: 'sample' }, t.sample),
          el('button', { type: 'button', id: 'export' }, t.exportRecords),
          el('input', { type: 'file', id: 'import-file', accept: '.json,application/json', class: 'visually-hidden' }),
          el('label', { class: 'button', for: 'import-file' }, t.importRecords),
          el('button', { type: 'button', id: 'share' }, t.share),
          el('button', { type: 'button', id: 'print' }, t.print),
          el('button', { type: 'button', id: 'clear' }, t.clear)))),
    el('section', { id: 'print-sheet', class: 'print-only', 'aria-hidden': 'true' }),
    el(tag('main'), { class: 'wrap' },
      el('div', { class: 'bar-status' },
        el('p', { id: 'status', role: 'status', 'aria-live': 'polite' },
          el('span', { id: 'status-text' }), ' ', el('button', { type: 'button', id: 'undo', hidden: true }, t.undo)),
        // Served over http(s): adding the page to the home screen, a new version to update to (installable.js).
        el('div', { id: 'app-offer', class: 'app-offer', hidden: true }),
        el('div', { id: 'message', role: 'alert' }),
        // Records replaced by a share link, 示例, an import or 清空, kept to restore (calculator.js).
        el('div', { id: 'backup-offer', class: 'backup-offer', hidden: true }),
        // share_panel.js fills it: the link over http(s), what travels instead from a saved file.
        el('div', { id: 'share-box', hidden: true })),
      el('div', { class: 'layout' },
        // The first screen on a phone: where the person stands, the deadline, what did not count,
        // the plan's steps (#plan, plan_view.js) and the way to the form.
        el('section', { id: 'overview', class: 'card', 'aria-labelledby': 'overview-h' },
          el('h2', { id: 'overview-h' }, t.overview),
          // Painted before the page's script has run on a slow phone: it says the core is
          // starting, so that frame is never read as "nothing saved".
          el('p', { id: 'summary', class: 'summary', 'aria-live': 'polite' }, t.loading),
          el('div', { id: 'overview-body' }),
          // The add control before the plan: with nothing saved the plan lists every year's gap,
          // and the first thing to do must stay on a phone's first screen.
          el('button', { type: 'button', id: 'add-start', class: 'primary' }, t.add),
          el('div', { id: 'plan' })),
        el('section', { id: 'situation', class: 'card', 'aria-labelledby': 'situation-h' },
          el('h2', { id: 'situation-h' }, t.situation),
          // The pack's affiliations are filled in by the calculator once the core has described the pack.
          el('fieldset', { class: 'choices', id: 'affiliations' },
            el('legend', {}, t.affiliation)),
          sinceField(t),
          el('div', { class: 'field' },
            el('label', { for: 'as-of' }, t.asOf),
            dateInput({ id: 'as-of', 'aria-describedby': 'as-of-note as-of-pack' }),
            el('p', { id: 'as-of-note', class: 'hint' }),
            el('p', { id: 'as-of-pack', class: 'pack-period', hidden: true }),
            el('button', { type: 'button', id: 'as-of-today', class: 'link', hidden: true }, t.asOfToday)),
          el('details', { id: 'identity', class: 'identity' },
            el('summary', {}, t.identity),
            el('p', { class: 'hint' }, t.identityNote),
            ['name', 'unit', 'title'].map((field) => el('div', { class: 'field optional' },
              el('label', { for: `identity-${field}` }, t.identityFields[field]),
              el('input', { type: 'text', id: `identity-${field}`, name: field, autocomplete: 'off' }))))),
        el('section', { id: 'results', class: 'card', 'aria-labelledby': 'results-h', tabindex: '-1' },
          el('h2', { id: 'results-h' }, t.results),
          el('p', { id: 'results-loading', class: 'muted' }, t.loading),
          el('div', { id: 'results-body' })),
        el('section', { id: 'add', class: 'card', 'aria-labelledby': 'add-h' },
          el('h2', { id: 'add-h', class: 'visually-hidden' }, t.add),
          el('form', { id: 'record-form' }),
          el('p', { id: 'after-add', class: 'after-add', hidden: true, tabindex: '-1' },
            el('span', { id: 'after-add-text' }), ' ', el('a', { href: '#results', id: 'after-add-link' }, t.seeResults))),
        el('section', { id: 'records', class: 'card', 'aria-labelledby': 'records-h' },
          el('h2', { id: 'records-h', tabindex: '-1' }, t.records, el('span', { id: 'records-count' })),
          // Shown by the calculator once it has counted the saved records: a first paint with
          // records saved never says there are none.
          el('p', { id: 'records-empty', class: 'muted', hidden: true }, t.recordsEmpty),
          el('ol', { id: 'records-list', class: 'records' })))),
    el(tag('footer'), { class: 'wrap foot' },
      el('p', { id: 'footer-rules' }),
      el('p', {}, t.privacy),
      // Shown by showWhereItRuns: the same markup wherever the page is opened, so the build can render it.
      embedded ? null : el('p', { id: 'offline-note', hidden: true }, t.offline)));
  takeOver(container);
}

/**
 * Takes over the shell build_page.mjs rendered into the page's HTML (buildShell run at
 * build time): parsing static markup costs the first layout almost nothing, building it
 * here cost tens of milliseconds on a phone. What the markup cannot know is done here.
 * @param {HTMLElement} container  holding buildShell's markup for {embedded: false}
 */
export function hydrateShell(container) {
  pickerLater(container.querySelector('#as-of'));
  takeOver(container);
}

// What the markup alone does not carry: listeners, and what depends on where the page is opened.
function takeOver(container) {
  pickersWhenReached(container.querySelector('#situation'));
  showWhereItRuns(container);
}

// Only a page opened from a saved file works offline: over http(s) it would not be true.
function showWhereItRuns(container) {
  const note = container.querySelector('#offline-note');
  if (note) note.hidden = window.location.protocol !== 'file:';
}
