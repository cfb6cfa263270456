// Bundling and minifying for build_page.mjs (the page) and build_embed.mjs
// (the embed), both through esbuild (web/package.json pins it).

import { buildSync, transformSync } from 'esbuild';

const shared = { minify: true, legalComments: 'none', logLevel: 'error' };

/**
 * @param {object} input  {entry: FILE} or {source: TEXT, dir: FOLDER its imports are relative to}
 * @param {'utf8'|'ascii'} charset  'utf8' keeps Chinese literal (three bytes, where esbuild's
 *   default \uXXXX takes six); 'ascii' for a script whose host page's encoding is unknown
 * @returns {string} one classic script (an IIFE) with everything the entry imports
 */
export function bundleJs(input, charset) {
  const where = input.entry ? { entryPoints: [input.entry] } : { stdin: { contents: input.source, resolveDir: input.dir } };
  const { outputFiles } = buildSync({ ...where, ...shared, charset, bundle: true, format: 'iife', write: false });
  return outputFiles[0].text;
}

export function minifyCss(source) {
  return transformSync(source, { ...shared, charset: 'utf8', loader: 'css' }).code.trim();
}

// Inline text must not close its <script>/<style> element early.
export function guard(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}
