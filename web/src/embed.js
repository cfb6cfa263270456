// <cehours-calculator>: the whole calculator in a shadow root, for another
// site (the HR bureau's) to place with one script tag, and window.CeHours for
// sites that draw their own UI. the Embedding section of README.md is the site's manual.
//
// Nothing here needs 'unsafe-inline' or 'unsafe-eval': the styles go in as a
// constructable stylesheet, the wasm is fetched from beside the script (same
// origin as the script) and instantiated from its bytes ('wasm-unsafe-eval').

import { mountCalculator } from './calculator.js';
import { mountSummary } from './summary_view.js';
import { buildShell } from './shell.js';
import { loadCore } from '../../wasm/cehours_core_api.js';
import { fetchPack } from './pack_load.js';
import { todayLocal } from './dates.js';
import { httpFailure } from './fetch_words.js';

// Without a storage-key attribute, still apart from the page's own 'cehours' key.
const DEFAULT_STORAGE_KEY = 'cehours-embed';

/**
 * Called once by the bundle web/build_embed.mjs writes, with what it inlines.
 * @param {object} inputs
 * @param {string} inputs.css  the calculator's stylesheet
 * @param {string} inputs.wasmUrl  absolute URL of cehours-core.wasm, beside the script
 */
export function defineEmbed({ css, wasmUrl }) {
  let started = null;
  function startCore() {
    if (!started) {
      started = fetch(wasmUrl, { credentials: 'same-origin' })
        .then((response) => {
          if (!response.ok) throw httpFailure(response);
          return response.arrayBuffer();
        })
        .then(loadCore)
        .catch((error) => {
          started = null; // a later calculator tries again
          throw error;
        });
    }
    return started;
  }

  // One parsed sheet shared by every calculator on the page.
  let sheet = null;
  function styleSheet() {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    return sheet;
  }

  class CehoursCalculator extends HTMLElement {
    static get observedAttributes() {
      return ['rules', 'lang', 'storage-key', 'compact', 'view', 'href'];
    }

    // Properties mirror the attributes, as built-in elements' do (`lang` is HTMLElement's own).
    get rules() {
      return this.getAttribute('rules') || '';
    }

    set rules(value) {
      this.setAttribute('rules', value);
    }

    get storageKey() {
      return this.getAttribute('storage-key') || '';
    }

    set storageKey(value) {
      this.setAttribute('storage-key', value);
    }

    get compact() {
      return this.hasAttribute('compact');
    }

    set compact(value) {
      this.toggleAttribute('compact', Boolean(value));
    }

    get view() {
      return this.getAttribute('view') || '';
    }

    set view(value) {
      this.setAttribute('view', value);
    }

    get href() {
      return this.getAttribute('href') || '';
    }

    set href(value) {
      this.setAttribute('href', value);
    }

    /** The last result document shown (null before the core and the pack are ready). */
    get result() {
      return this.mounted ? this.mounted.result : null;
    }

    /** Recomputes the person's records now; resolves with the result document. */
    evaluate() {
      return this.mounted ? this.mounted.evaluate() : Promise.reject(new Error('<cehours-calculator> is not in the document'));
    }

    connectedCallback() {
      this.render();
    }

    disconnectedCallback() {
      this.unmount();
    }

    // A changed attribute means another pack, key or layout: start over with it.
    attributeChangedCallback() {
      if (this.mounted) this.render();
    }

    unmount() {
      if (this.mounted) this.mounted.destroy();
      this.mounted = null;
    }

    render() {
      this.unmount();
      const shadow = this.shadowRoot || this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [styleSheet()];
      const box = document.createElement('div');
      shadow.replaceChildren(box);
      const rules = this.getAttribute('rules');
      const storageKey = this.getAttribute('storage-key') || DEFAULT_STORAGE_KEY;
      const emit = (type, detail) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
      const shared = {
        startCore,
        loadPack: rules ? () => fetchPack(rules, document.baseURI) : null,
        storageKey,
        lang: this.getAttribute('lang') || 'zh-CN',
        onResult: (result) => emit('cehours-result', result),
        onError: (error) => emit('cehours-error', { code: error.code || 'failed', message: error.message, errors: error.errors || [] }),
      };
      this.mounted = this.getAttribute('view') === 'summary'
        // A sidebar's summary of the records a full calculator saved under the same key, linking to it.
        ? mountSummary(box, { ...shared, href: this.getAttribute('href') })
        : mountCalculator(box, {
          ...shared,
          shell: buildShell,
          compact: this.hasAttribute('compact'),
          embedded: true,
          // The key, as a location.hash would spell it, tells this calculator's share links from the others'.
          sharePrefix: `#${encodeURIComponent(storageKey)}=`,
        });
    }
  }

  if (!customElements.get('cehours-calculator')) customElements.define('cehours-calculator', CehoursCalculator);

  window.CeHours = {
    /**
     * Evaluates a records document as the CLI does.
     * @param {object|string} doc  the records document
     * @param {{rules?: string}} [options]  rules: URL of a rule pack (default the built-in one)
     * @returns {Promise<object>} the result document; a bad pack gives {"ok": false, "errors": [...]}
     */
    async evaluate(doc, { rules } = {}) {
      const [core, packText] = await Promise.all([startCore(), rules ? fetchPack(rules, document.baseURI) : null]);
      return core.evaluate(doc, packText, todayLocal());
    },
  };
}
