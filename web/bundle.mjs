// The small, deterministic bundler and minifiers shared by build_page.mjs
// (the page) and build_embed.mjs (the embed). No npm dependencies.
//
// Each ES module under web/src becomes a function scope returning its
// exports, in dependency order; only `import { a, b as c } from './x.js'` and
// `export function|const|let|class` are supported, anything else is an error.

import { readFileSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
// Debian's node-acorn, installed with emscripten (NODE_PATH=/usr/share/nodejs is not needed for an absolute path).
import { tokenizer } from '/usr/share/nodejs/acorn/dist/acorn.mjs';

const webDir = dirname(fileURLToPath(import.meta.url));

const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*'([^']+)';[ \t]*$/gm;
const EXPORT = /^export\s+((?:async\s+)?function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm;

/** @returns {string} a JavaScript expression whose value is the entry module's exports */
export function bundle(entry) {
  const order = [];
  const ids = new Map();
  const visiting = new Set();

  function visit(file) {
    if (ids.has(file)) return ids.get(file);
    if (visiting.has(file)) throw new Error(`import cycle through ${relative(webDir, file)}`);
    visiting.add(file);
    let source = readFileSync(file, 'utf8');
    const imports = [];
    source = source.replace(IMPORT, (_, names, spec) => {
      const target = visit(resolve(dirname(file), spec));
      const bindings = names.split(',').map((n) => n.trim()).filter(Boolean)
        .map((n) => n.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, '$1: $2'));
      imports.push(`const { ${bindings.join(', ')} } = ${target};`);
      return '';
    });
    if (/^\s*(import|export)\b(?!\s+((async\s+)?function|const|let|class)\b)/m.test(source) || /\bimport\s*\(/.test(source)) {
      throw new Error(`${relative(webDir, file)}: only named imports and declaration exports are supported`);
    }
    const exported = [];
    source = source.replace(EXPORT, (_, keyword, name) => {
      exported.push(name);
      return `${keyword} ${name}`;
    });
    const id = `$m${order.length}`;
    visiting.delete(file);
    ids.set(file, id);
    order.push(`const ${id} = (() => {\n${imports.join('\n')}\n${source}\nreturn { ${exported.join(', ')} };\n})();`);
    return id;
  }

  const entryId = visit(entry);
  return `(() => {\n'use strict';\n${order.join('\n')}\nreturn ${entryId};\n})()`;
}

// Minification that cannot change meaning: every comment and every space
// between tokens goes (acorn, the tokenizer Emscripten itself depends on,
// tells code from strings, templates and regular expressions); a line break
// stays wherever the source had one, so automatic semicolon insertion reads
// the code exactly as before. Names are kept as written.
export function minifyJs(source) {
  let out = '';
  let previous = null;
  for (const token of tokenizer(source, { ecmaVersion: 2022 })) {
    const text = source.slice(token.start, token.end);
    if (previous) out += separator(source.slice(previous.end, token.start), previous, text);
    out += text;
    previous = { end: token.end, text, number: token.type.label === 'num' };
  }
  return `${out}\n`;
}

const WORD = /[\w$\u0080-\uffff]/;

function separator(gap, previous, next) {
  // Adjacent in the source, adjacent in the output: this keeps template literals whole.
  if (gap === '') return '';
  if (/[\n\r\u2028\u2029]/.test(gap)) return '\n';
  const last = previous.text.slice(-1);
  // Two words would merge; `a - -b`, `a + ++b`, `x / /re/` would become other tokens; `1 .x` would become `1.x`.
  if (WORD.test(last) && WORD.test(next[0])) return ' ';
  if ('+-/'.includes(last) && last === next[0]) return ' ';
  if (previous.number && next[0] === '.') return ' ';
  return '';
}

export function minifyCss(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

// Inline text must not close its <script>/<style> element early.
export function guard(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}
