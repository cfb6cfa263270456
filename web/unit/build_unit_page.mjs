#!/usr/bin/env node
// Builds dist/cehours-unit.html, the page 单位批量核查: ONE file, like
// dist/cehours.html, that works from file:// with no network. It holds the
// batch core's standalone wasm (deflated, base64), the worker's code as inert
// text (web/unit/worker.js bundled with the one loader, wasm/cehours_core_api.js;
// the page starts it from a Blob URL) and the page's script. Bundling and
// minifying are web/bundle.mjs's, as for the person's page.
//
//   node web/unit/build_unit_page.mjs --wasm build/wasm/cehours_batch.wasm --out dist/cehours-unit.html

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { bundleJs, minifyCss, guard } from '../bundle.mjs';
import { inlineWasm } from '../inline_wasm.mjs';

const unitDir = dirname(fileURLToPath(import.meta.url));

const { values: args } = parseArgs({
  options: { wasm: { type: 'string' }, out: { type: 'string' } },
});
for (const name of ['wasm', 'out']) {
  if (!args[name]) throw new Error('usage: build_unit_page.mjs --wasm FILE.wasm --out FILE.html');
}

const html = readFileSync(resolve(unitDir, 'index.html'), 'utf8');
const css = minifyCss(readFileSync(resolve(unitDir, 'unit.css'), 'utf8'));
const pageJs = await bundleJs({ entry: resolve(unitDir, 'main.js') }, 'utf8');
const workerJs = await bundleJs({ entry: resolve(unitDir, 'worker.js') }, 'utf8');
const core = inlineWasm(args.wasm);

const styleTag = '<link rel="stylesheet" href="unit.css">';
const scriptTag = '<script type="module" src="main.js"></script>';
if (!html.includes(styleTag) || !html.includes(scriptTag)) throw new Error('web/unit/index.html lacks the style or script tag to replace');

const scripts = [
  `<script type="application/octet-stream" id="cehours-batch-wasm" data-size="${core.size}">${core.base64}</script>`,
  `<script type="text/plain" id="cehours-batch-worker">${guard(workerJs, 'script')}</script>`,
  `<script>${guard(pageJs, 'script')}</script>`,
].join('\n');

const page = html
  .replace(/<!--[\s\S]*?-->\n?/g, '')
  .replace(/\n\s+/g, '\n')
  .replace(styleTag, () => `<style>${guard(css, 'style')}</style>`)
  .replace(scriptTag, () => scripts);

mkdirSync(dirname(resolve(args.out)), { recursive: true });
writeFileSync(args.out, page);
const gz = gzipSync(page, { level: 9 }).length;
console.log(`${args.out}: ${Buffer.byteLength(page)} bytes, ${gz} bytes gzip (wasm ${core.size} bytes)`);
