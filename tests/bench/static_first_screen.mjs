// Writes the page's first screen as it stands at its first result, frozen into
// static HTML with no script and no core: what the browser alone needs to
// parse, lay out and paint that screen. Loaded beside the page and the peer,
// it shows how much of the page's first paint is the screen itself rather
// than the work of getting to it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// Runs in the page before its script: serialises the document at the moment
// the page marks its first result, before anything below the first screen is drawn.
const freezeAtFirstResult = () => {
  const mark = performance.mark.bind(performance);
  performance.mark = (name, ...rest) => {
    if (name === 'cehours-first-result' && !window.__frozen) {
      const doc = document.documentElement.cloneNode(true);
      for (const script of doc.querySelectorAll('script')) script.remove();
      window.__frozen = doc.outerHTML;
    }
    return mark(name, ...rest);
  };
};

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} pageUrl  dist/cehours.html
 * @param {string} out      where to write the static copy
 */
export async function writeStaticFirstScreen(browser, pageUrl, out) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(freezeAtFirstResult);
  await page.goto(pageUrl);
  await page.waitForFunction(() => Boolean(window.__frozen), null, { timeout: 30000 });
  const html = await page.evaluate(() => window.__frozen);
  await context.close();
  // The only script left marks where the parser reaches the end of the body:
  // the static page's first result, and its every card drawn.
  const marks = "performance.mark('cehours-first-result');performance.mark('cehours-page-complete')";
  const marked = html.replace(/<\/body>/, `<script>${marks}</script></body>`);
  if (marked === html) throw new Error('the frozen page has no </body>');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `<!doctype html>\n${marked}`);
}
