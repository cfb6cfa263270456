#!/usr/bin/env node
// Builds dist/cehours.html: ONE file with the CSS, the JavaScript and the
// WebAssembly core inlined, so it works opened from file:// with no network.
// The calculator's shell is in the HTML already (prerender_shell.mjs).
//
//   node web/build_page.mjs --wasm build/wasm/cehours_core.wasm --out dist/cehours.html
//
// The output depends only on the inputs (no dates, no paths), so it is
// byte-identical across builds.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { bundleJs, minifyCss, guard } from './bundle.mjs';
import { inlineWasm } from './inline_wasm.mjs';
import { prerenderShell } from './prerender_shell.mjs';
import { buildServedApp } from './build_app.mjs';

const webDir = dirname(fileURLToPath(import.meta.url));

async function build({ wasm, out }) {
  const html = readFileSync(resolve(webDir, 'index.html'), 'utf8');
  // The calculator's stylesheet and the rules card's, which only the page shows.
  const css = minifyCss(['style.css', 'rules.css'].map((name) => readFileSync(resolve(webDir, name), 'utf8')).join('\n'));
  const js = await bundleJs({ entry: resolve(webDir, 'src/main.js') }, 'utf8');
  // Ahead of the shell: presses on the shell before the page's script has run (src/early_presses.js).
  const earlyJs = await bundleJs({ entry: resolve(webDir, 'src/early.js') }, 'utf8');
  const core = inlineWasm(wasm);

  const styleTag = '<link rel="stylesheet" href="style.css">';
  const rulesStyleTag = '<link rel="stylesheet" href="rules.css">\n';
  const scriptTag = '<script type="module" src="src/main.js"></script>';
  const earlyScriptTag = '<script type="module" src="src/early.js"></script>';
  const container = '<div id="cehours" class="cehours-app"></div>';
  if (!html.includes(styleTag) || !html.includes(rulesStyleTag) || !html.includes(scriptTag) || !html.includes(earlyScriptTag) || !html.includes(container)) {
    throw new Error('index.html lacks the style tags, the script tag or the calculator\'s container to fill');
  }
  const shell = await prerenderShell();

  // The wasm bytes (inert data) go in the head: nothing is painted before the
  // body, so the parser may pause after that long element without showing an
  // empty page; the page script, right after its container, runs before the
  // first paint and reads them as it starts.
  const payload = `<script type="application/octet-stream" id="cehours-wasm" data-size="${core.size}">${core.base64}</script>`;

  const style = guard(css, 'style');
  const script = guard(js, 'script');
  const earlyScript = guard(earlyJs, 'script');
  // The page's policy allows its own inline scripts and style by their hashes, and nothing else.
  const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const policyScripts = "script-src 'self' 'wasm-unsafe-eval'";
  const policyStyle = "style-src 'self'";
  if (!html.includes(policyScripts) || !html.includes(policyStyle)) throw new Error('index.html\'s policy lacks its script-src or style-src');

  const page = html
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(policyScripts, `script-src ${hash(earlyScript)} ${hash(script)} 'wasm-unsafe-eval'`)
    .replace(policyStyle, `style-src ${hash(style)}`)
    .replace(/\n\s+/g, '\n')
    .replace(rulesStyleTag, '')
    .replace(styleTag, () => `<style>${style}</style>\n${payload}`)
    .replace(container, () => container.replace('></div>', `>${shell}</div>`))
    .replace(scriptTag, () => `<script>${script}</script>`)
    .replace(earlyScriptTag, () => `<script>${earlyScript}</script>`);

  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, page);
  const gz = gzipSync(page, { level: 9 }).length;
  console.log(`${out}: ${Buffer.byteLength(page)} bytes, ${gz} bytes gzip (wasm ${core.size} bytes)`);
  const release = buildServedApp(out);
  console.log(`beside it, for the served page: manifest.webmanifest, icons/, sw.js (version ${release.version})`);
}

const { values } = parseArgs({ options: { wasm: { type: 'string' }, out: { type: 'string' } } });
for (const name of ['wasm', 'out']) if (!values[name]) throw new Error(`usage: build_page.mjs --wasm FILE.wasm --out FILE.html (missing --${name})`);
await build(values);
