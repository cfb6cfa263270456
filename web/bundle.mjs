// The small, deterministic bundler and minifiers shared by build_page.mjs
// (the page) and build_embed.mjs (the embed). No npm dependencies.
//
// Each ES module under web/src becomes a function scope returning its
// exports, in dependency order; only `import { a, b as c } from './x.js'` and
// `export function|const|let|class` are supported, anything else is an error.

import { readFileSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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

// Modest minification that cannot change meaning for code written as ours is:
// drops whole-line comments and indentation. (No multi-line template literals in web/src.)
export function minifyJs(source) {
  return source
    .replace(/^\s*\/\*[\s\S]*?\*\/[ \t]*$/gm, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');
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
