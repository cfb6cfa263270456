// The host page's CSS must not change the calculator: the same calculator,
// with the same records, is screenshotted on a plain page and on a page that
// also carries the bureau's old, aggressive stylesheet
// (`* { box-sizing: content-box; font-size: 18px }` and worse), and the two
// pictures must match within a small tolerance. Theming goes only through
// the documented --cehours-* properties.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, screenshotPath } from '../browser/helpers.mjs';
import { makeSite, serve, openSite, lastResult, testPage } from './site.mjs';

// At most this share of pixels may differ by more than a faint anti-aliasing shade.
const TOLERANCE = 0.002;

const SLOT = '.slot { width: 720px; margin: 0; padding: 0; border: 0; }\n.themed { --cehours-accent: #7a1f1f; --cehours-radius: 0px; }\n';
const calculator = '<div class="slot"><cehours-calculator id="calc" storage-key="layout"></cehours-calculator></div>';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve(makeSite({
    'layout.css': SLOT,
    'layout-plain.html': testPage(calculator, { styles: ['layout.css'] }),
    'layout-site.html': testPage(calculator, { styles: ['embed-example.css', 'layout.css'] }),
    'layout-themed.html': testPage(calculator.replace('class="slot"', 'class="slot themed"'), { styles: ['layout.css'] }),
  }));
});
after(async () => {
  server.close();
  await browser.close();
});

/** The calculator with the sample person, as a PNG. */
async function shot(name) {
  const session = await openSite(browser, `${server.url}/${name}.html`, { width: 900, height: 800 });
  const { page } = session;
  await lastResult(page, 'calc');
  await page.locator('#calc #sample').click();
  await lastResult(page, 'calc', 2);
  const path = screenshotPath(`embed-${name}.png`);
  await page.locator('#calc').screenshot({ path });
  await session.check();
  return readFileSync(path);
}

/** Share of pixels that differ noticeably (any channel by more than 40 of 255); 1 when the sizes differ. */
async function difference(a, b) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ([one, two]) => {
      const load = async (base64) => createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const [x, y] = [await load(one), await load(two)];
      if (x.width !== y.width || x.height !== y.height) return 1;
      const pixels = (image) => {
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [p, q] = [pixels(x), pixels(y)];
      let differing = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (Math.abs(p[i] - q[i]) > 40 || Math.abs(p[i + 1] - q[i + 1]) > 40 || Math.abs(p[i + 2] - q[i + 2]) > 40) differing += 1;
      }
      return differing / (p.length / 4);
    }, [a.toString('base64'), b.toString('base64')]);
  } finally {
    await page.close();
  }
}

test('the bureau\'s old CSS leaves the calculator\'s layout as it is', async () => {
  const plain = await shot('layout-plain');
  const site = await shot('layout-site');
  const share = await difference(plain, site);
  console.log(`host CSS: ${(share * 100).toFixed(3)}% of pixels differ`);
  assert.ok(share <= TOLERANCE, `${(share * 100).toFixed(2)}% of pixels differ`);
});

test('the --cehours-* properties do theme it (and the comparison would notice)', async () => {
  const plain = await shot('layout-plain');
  const themed = await shot('layout-themed');
  assert.ok(await difference(plain, themed) > TOLERANCE);
});
