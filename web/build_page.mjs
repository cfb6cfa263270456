#!/usr/bin/env node
// Builds dist/cehours.html: ONE file with the CSS, the JavaScript and the
// WebAssembly core inlined, so it works opened from file:// with no network.
//
//   node web/build_page.mjs --glue build/wasm/cehours_core.js \
//        --wasm build/wasm/cehours_core.wasm --out dist/cehours.html
//
// No npm dependencies: web/bundle.mjs bundles web/src/main.js. The output
// depends only on the inputs (no dates, no paths), so it is byte-identical
// across builds.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { bundle, minifyJs, minifyCss, guard } from './bundle.mjs';

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

// ---- the page -----------------------------------------------------------------

function build({ glue, wasm, out }) {
  const html = readFileSync(resolve(webDir, 'index.html'), 'utf8');
  const css = minifyCss(readFileSync(resolve(webDir, 'style.css'), 'utf8'));
  const js = minifyJs(`${bundle(resolve(webDir, 'src/main.js'))};\n`);
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
