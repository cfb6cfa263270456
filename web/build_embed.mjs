#!/usr/bin/env node
// Builds dist/embed/: what a site includes to show <cehours-calculator>.
//
//   node web/build_embed.mjs --glue build/wasm/cehours_core.js \
//        --wasm build/wasm/cehours_core.wasm --out dist/embed
//
//   cehours-embed.js   one classic script: the calculator (web/src/embed.js
//                      and what it imports) and its CSS; instead of the
//                      Emscripten glue, the few names it would give
//                      (web/glue_layout.mjs, web/src/wasm_instance.js)
//   cehours-core.wasm  the rules core, fetched from beside the script
//
// The wasm stays a file of its own: inlined as base64 it would cost a third
// more to download, and the site's server can compress and cache it.
// Beside dist/embed/, the bureau example (static/embed-example.{html,css}) and the
// rule pack it names are copied into dist/, so ./run.sh serves them too.
// The output depends only on the inputs: byte-identical across builds.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundle, minifyJs, minifyCss } from './bundle.mjs';
import { glueLayout } from './glue_layout.mjs';

const webDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(webDir, '..');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!['glue', 'wasm', 'out'].includes(name) || argv[i + 1] === undefined) {
      throw new Error(`usage: build_embed.mjs --glue FILE.js --wasm FILE.wasm --out DIR (bad argument ${argv[i]})`);
    }
    args[name] = argv[i + 1];
  }
  for (const name of ['glue', 'wasm', 'out']) if (!args[name]) throw new Error(`missing --${name}`);
  return args;
}

function build({ glue, wasm, out }) {
  const css = minifyCss(['embed.css', 'style.css'].map((name) => readFileSync(resolve(webDir, name), 'utf8')).join('\n'));
  const calculator = minifyJs(bundle(resolve(webDir, 'src/embed.js')));
  const layout = glueLayout(readFileSync(glue, 'utf8'));
  // document.currentScript is only set while the script first runs: read it then.
  const script = [
    '/* <cehours-calculator> 继续教育学时自查 — see the Embedding section of README.md. Needs cehours-core.wasm beside it. */',
    '(() => {',
    "const script = document.currentScript || document.querySelector('script[src*=\"cehours-embed.js\"]');",
    `${calculator}.defineEmbed({ layout: ${JSON.stringify(layout)}, css: ${JSON.stringify(css)}, wasmUrl: new URL('cehours-core.wasm', script.src).href });`,
    '})();',
    '',
  ].join('\n');

  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'cehours-embed.js'), script);
  copyFileSync(wasm, join(out, 'cehours-core.wasm'));
  const site = dirname(resolve(out));
  for (const name of ['embed-example.html', 'embed-example.css']) copyFileSync(join(root, 'static', name), join(site, name));
  mkdirSync(join(site, 'rules'), { recursive: true });
  copyFileSync(join(root, 'static/rules/linyi-2017.json'), join(site, 'rules/linyi-2017.json'));

  const sizes = ['cehours-embed.js', 'cehours-core.wasm'].map((name) => {
    const bytes = readFileSync(join(out, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`${out}: ${sizes.map((s) => `${s.name} ${s.raw} bytes (${s.gzip} gzip)`).join(', ')}; a site downloads ${total} bytes gzip`);
}

build(parseArgs(process.argv.slice(2)));
