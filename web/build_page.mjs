#!/usr/bin/env node
// Builds dist/cehours.html: ONE file with the CSS, the JavaScript and the
// WebAssembly core inlined, so it works opened from file:// with no network.
//
//   node web/build_page.mjs --glue build/wasm/cehours_core.js \
//        --wasm build/wasm/cehours_core.wasm --out dist/cehours.html
//
// No npm dependencies. The ES modules under web/src are bundled by a small,
// deterministic rewrite: each module becomes a function scope returning its
// exports, in dependency order; only `import { a, b as c } from './x.js'` and
// `export function|const|let|class` are supported, anything else is an error.
// The output depends only on the inputs (no dates, no paths), so it is
// byte-identical across builds.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, gzipSync } from 'node:zlib';

const webDir = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!['glue', 'wasm', 'out'].includes(name) || argv[i + 1] === undefined) {
      throw new Error(`usage: build_page.mjs --glue FILE.js --wasm FILE.wasm --out FILE.html (bad argument ${argv[i]})`);
    }
    args[name] = argv[i + 1];
  }
  for (const name of ['glue', 'wasm', 'out']) if (!args[name]) throw new Error(`missing --${name}`);
  return args;
}

// ---- JavaScript -------------------------------------------------------------

const IMPORT = /^import\s*\{([^}]*)\}\s*from\s*'([^']+)';[ \t]*$/gm;
const EXPORT = /^export\s+((?:async\s+)?function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm;

function bundle(entry) {
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

  visit(entry);
  return `(() => {\n'use strict';\n${order.join('\n')}\n})();\n`;
}

// Modest minification that cannot change meaning for code written as ours is:
// drops whole-line comments and indentation. (No multi-line template literals in web/src.)
function minifyJs(source) {
  return source
    .replace(/^\s*\/\*[\s\S]*?\*\/[ \t]*$/gm, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');
}

function minifyCss(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

// Inline text must not close its <script>/<style> element early.
function guard(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

// ---- the page -----------------------------------------------------------------

function build({ glue, wasm, out }) {
  const html = readFileSync(resolve(webDir, 'index.html'), 'utf8');
  const css = minifyCss(readFileSync(resolve(webDir, 'style.css'), 'utf8'));
  const js = minifyJs(bundle(resolve(webDir, 'src/main.js')));
  const glueJs = readFileSync(glue, 'utf8').trim();
  // Deflated, then base64: see web/src/inflate.js for why.
  const wasmBytes = readFileSync(wasm);
  const wasmBase64 = deflateRawSync(wasmBytes, { level: 9 }).toString('base64');

  const styleTag = '<link rel="stylesheet" href="style.css">';
  const scriptTag = '<script type="module" src="src/main.js"></script>';
  if (!html.includes(styleTag) || !html.includes(scriptTag)) throw new Error('index.html lacks the style or script tag to replace');

  // Order: the wasm bytes (inert data), the glue (defines createCehoursModule), then the page script.
  const scripts = [
    `<script type="application/octet-stream" id="cehours-wasm" data-encoding="deflate-raw" data-size="${wasmBytes.length}">${wasmBase64}</script>`,
    `<script>${guard(glueJs, 'script')}</script>`,
    `<script>${guard(js, 'script')}</script>`,
  ].join('\n');

  const page = html
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/\n\s+/g, '\n')
    .replace(styleTag, () => `<style>${guard(css, 'style')}</style>`)
    .replace(scriptTag, () => scripts);

  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, page);
  const gz = gzipSync(page, { level: 9 }).length;
  console.log(`${out}: ${Buffer.byteLength(page)} bytes, ${gz} bytes gzip (wasm ${wasmBytes.length} bytes)`);
}

build(parseArgs(process.argv.slice(2)));
