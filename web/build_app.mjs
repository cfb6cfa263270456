// The served page as a web app: beside dist/cehours.html, the build writes
// its web app manifest, its icons and its service worker (sw.js, Workbox's
// precaching bundled with the list of files to keep and their revisions).
// Opened from file:// the page uses none of them (src/installable.js), so the
// saved single file and the served page come from this one build.

import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const webDir = dirname(fileURLToPath(import.meta.url));
const iconsDir = resolve(webDir, '../static/icons');
const ICONS = [
  { file: 'icon-192.png', sizes: '192x192' },
  { file: 'icon-512.png', sizes: '512x512' },
  // iOS takes its home-screen icon from <link rel="apple-touch-icon">, not the manifest.
  { file: 'icon-180.png', sizes: '180x180', appleOnly: true },
];

const revision = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * @param {string} pagePath  the built page (dist/cehours.html); the app's files are written beside it
 */
export function buildServedApp(pagePath) {
  const outDir = dirname(resolve(pagePath));
  const page = readFileSync(pagePath);
  const pageName = basename(pagePath);
  mkdirSync(join(outDir, 'icons'), { recursive: true });
  for (const icon of ICONS) copyFileSync(join(iconsDir, icon.file), join(outDir, 'icons', icon.file));

  // Browsers ask every site for /favicon.ico; an ICO file may hold a PNG as it is, behind a
  // 22-byte header (one image: its size, 32-bit colour, the PNG's length and offset), which
  // is all a favicon needs, so no image tool is brought in for it.
  const png = readFileSync(join(iconsDir, 'favicon-48.png'));
  const header = Buffer.alloc(22);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(48, 6);
  header.writeUInt8(48, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18);
  const favicon = Buffer.concat([header, png]);
  writeFileSync(join(outDir, 'favicon.ico'), favicon);

  const manifest = {
    name: '继续教育学时自查',
    short_name: '学时自查',
    description: '专业技术人员继续教育学时自查：在本机计算每年还差多少公需类和专业类学时，记录不离开本机。',
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: `./${pageName}`,
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: ICONS.filter((icon) => !icon.appleOnly).map((icon) => ({ src: `icons/${icon.file}`, sizes: icon.sizes, type: 'image/png', purpose: 'any' })),
  };
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileSync(join(outDir, 'manifest.webmanifest'), manifestText);

  const kept = [
    { url: pageName, revision: revision(page) },
    { url: 'manifest.webmanifest', revision: revision(manifestText) },
    { url: 'favicon.ico', revision: revision(favicon) },
    ...ICONS.map((icon) => ({ url: `icons/${icon.file}`, revision: revision(readFileSync(join(iconsDir, icon.file))) })),
  ];
  // What the page's offer to update names: this build's version (the page's own revision) and its rules (the page's title).
  const release = { version: revision(page).slice(0, 8), title: /<title>([^<]*)<\/title>/.exec(page.toString('utf8'))[1] };
  const { outputFiles } = buildSync({
    entryPoints: [join(webDir, 'sw/service_worker.js')],
    bundle: true, format: 'iife', minify: true, legalComments: 'none', charset: 'utf8', write: false, logLevel: 'error',
    define: { 'self.__WB_MANIFEST': JSON.stringify(kept), 'self.__CEHOURS_RELEASE': JSON.stringify(release), 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(join(outDir, 'sw.js'), outputFiles[0].text);
  return release;
}
