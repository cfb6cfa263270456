// Bundling and minifying for the pages and the embed (build_page.mjs,
// build_embed.mjs, unit/build_unit_page.mjs): esbuild bundles and minifies,
// then terser minifies its output once more (web/package.json pins both).

import { buildSync, transformSync } from 'esbuild';
import { minify } from 'terser';

const shared = { minify: true, legalComments: 'none', logLevel: 'error' };

/**
 * @param {object} input  {entry: FILE} or {source: TEXT, dir: FOLDER its imports are relative to}
 * @param {'utf8'|'ascii'} charset  'utf8' keeps Chinese literal (three bytes, where esbuild's
 *   default \uXXXX takes six); 'ascii' for a script whose host page's encoding is unknown
 * @returns {Promise<string>} one classic script (an IIFE) with everything the entry imports
 */
export async function bundleJs(input, charset) {
  const where = input.entry ? { entryPoints: [input.entry] } : { stdin: { contents: input.source, resolveDir: input.dir } };
  const { outputFiles } = buildSync({ ...where, ...shared, charset, bundle: true, format: 'iife', write: false });
  // terser's second pass over esbuild's output takes another ~1 kB gzip off
  // the page's script (its compressor joins and inlines more than esbuild's).
  const { code } = await minify(outputFiles[0].text, {
    compress: { passes: 2 },
    format: { ascii_only: charset === 'ascii', comments: false },
  });
  return code;
}

export function minifyCss(source) {
  return transformSync(source, { ...shared, charset: 'utf8', loader: 'css' }).code.trim();
}

// Inline text must not close its <script>/<style> element early.
export function guard(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}
