#!/usr/bin/env node
// Builds dist/embed/: what a site includes to show <cehours-calculator>.
//
//   node web/build_embed.mjs --wasm build/wasm/cehours_embed.wasm --out dist/embed
//
//   cehours-embed.js   one classic script: the calculator (web/src/embed.js
//                      and what it imports) and its CSS
//   cehours-core.wasm  the rules core without "核对规则" (an embed never
//                      checks packs), fetched from beside the script
//
// The wasm stays a file of its own: inlined as base64 it would cost a third
// more to download, and the site's server can compress and cache it.
// Beside dist/embed/, the bureau example (static/embed-example.{html,css}) and the
// rule pack it names are copied into dist/, so ./run.sh serves them too.
// The output depends only on the inputs: byte-identical across builds.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { bundleJs, minifyCss } from './bundle.mjs';

const webDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(webDir, '..');

async function build({ wasm, out }) {
  const css = minifyCss(['embed.css', 'style.css'].map((name) => readFileSync(resolve(webDir, name), 'utf8')).join('\n'));
  // document.currentScript is only set while the script first runs: read it then.
  const entry = [
    "import { defineEmbed } from './src/embed.js';",
    "const script = document.currentScript || document.querySelector('script[src*=\"cehours-embed.js\"]');",
    `defineEmbed({ css: ${JSON.stringify(css)}, wasmUrl: new URL('cehours-core.wasm', script.src).href });`,
  ].join('\n');
  // ASCII: the host page may be in GBK and serve the script without a charset.
  const calculator = await bundleJs({ source: entry, dir: webDir }, 'ascii');
  const script = `/* <cehours-calculator> 继续教育学时自查: see the Embedding section of README.md. Needs cehours-core.wasm beside it. */\n${calculator}`;

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

const { values } = parseArgs({ options: { wasm: { type: 'string' }, out: { type: 'string' } } });
for (const name of ['wasm', 'out']) if (!values[name]) throw new Error(`usage: build_embed.mjs --wasm FILE.wasm --out DIR (missing --${name})`);
await build(values);
