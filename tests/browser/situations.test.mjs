// Six people enter their records through the forms; what the page shows must
// equal the native CLI's result for the same records document, and the
// records the forms saved must be exactly the ones entered.
// Expected remaining hours are written out with their arithmetic (by clause).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openPage, addRecord, fillFields, setAffiliation, setAssessmentDate, shownYears, shownAsOf,
  savedState, cli, assertMatchesCli,
} from './helpers.mjs';

const SITUATIONS = [
  {
    name: 'city, 2017 done the usual way: the online public course and 60 professional hours',
    affiliation: 'city',
    records: [
      { kind: 'public_course', date: '2017-07-15', passed: true, certificate: 'UPOL-GX-2017-10233' },
      { kind: 'professional_course', date: '2017-09-01', hours: 60, passed: true, title: '临床护理新进展' },
    ],
    // 二（一）2: course 30 → public 0 left; 二（二）1: 60 → professional 0 left; 2015/2016 untouched.
    remaining: { 2017: [0, 0], 2016: [30, 60], 2015: [30, 60] },
  },
  {
    name: 'city, make-up of 2015 and 2016 during 2017, with 2017 surplus going to 2015',
    affiliation: 'city',
    as_of: '2017-11-26',
    records: [
      { kind: 'language_exam', date: '2017-05-13', level: 'A', score: 71, national_standard: false },
      { kind: 'special_training', date: '2017-06-20', hours: 36, passed: true, title: '市卫计委院感防控专项培训' },
      { kind: 'converted', date: '2017-08-15', subtype: 'training', hours: 32 },
      { kind: 'public_course', date: '2017-10-20', topic_year: 2015, passed: true },
      { kind: 'public_course', date: '2017-10-21', topic_year: 2016, passed: true },
      { kind: 'professional_course', date: '2017-11-05', hours: 40, passed: true, for_year: 2016 },
      { kind: 'converted', date: '2017-08-01', subtype: 'self_study', hours: 12, for_year: 2015 },
      { kind: 'registered', year: 2015, category: 'professional', hours: 30 },
    ],
    // 2017: A 30 public; 36 + 32 = 68 professional, 8 over (二（一）1, 二（二）).
    // 2016: make-up course 30 public (四（一）); 40 professional → 20 left (四（二）).
    // 2015: make-up course 30 public; 12 + registered 30 + surplus 8 = 50 → 10 left (四（二）).
    remaining: { 2017: [0, 0], 2016: [0, 20], 2015: [0, 10] },
  },
  {
    name: 'county person: exams, a failed module, professional make-up not counted',
    affiliation: 'county',
    records: [
      { kind: 'language_exam', date: '2017-05-13', level: 'C', score: 58, national_standard: true },
      { kind: 'computer_module', date: '2017-06-10', module: 'Windows XP操作系统', passed: true },
      { kind: 'computer_module', date: '2017-06-10', module: 'Internet应用', passed: true },
      { kind: 'computer_module', date: '2017-09-16', module: 'PowerPoint 2007中文演示文稿', passed: false },
      { kind: 'professional_course', date: '2017-07-01', hours: 30, passed: true },
      { kind: 'special_training', date: '2017-10-12', hours: 20, passed: true, for_year: 2016 },
      { kind: 'public_course', date: '2017-11-01', topic_year: 2016, passed: true },
      { kind: 'registered', year: 2016, category: 'professional', hours: 45 },
    ],
    // 2017: C (national standard) 10 + 2 modules × 5 = 20 → 10 left; 30 professional → 30 left.
    // 2016: public make-up 30 (四（一）, every affiliation); professional make-up 20 not counted
    //       for a county person (二（二）), registered 45 → 15 left.
    remaining: { 2017: [10, 30], 2016: [0, 15], 2015: [30, 60] },
  },
  {
    name: 'city, computer modules past the cap, a duplicate module, a failed and a passed language exam',
    affiliation: 'city',
    records: [
      ...['Windows XP操作系统', 'Word 2007中文字处理', 'Excel 2007中文电子表格', 'PowerPoint 2007中文演示文稿',
        'Internet应用', 'Access 2003数据库管理系统', 'WPS Office办公组件']
        .map((module) => ({ kind: 'computer_module', date: '2017-03-18', module, passed: true })),
      { kind: 'computer_module', date: '2017-09-23', module: 'excel 2007中文电子表格', passed: true },
      { kind: 'language_exam', date: '2017-04-15', level: 'B', score: 55, national_standard: false },
      { kind: 'language_exam', date: '2017-10-14', level: 'C', score: 80, national_standard: false },
      { kind: 'professional_course', date: '2017-12-20', hours: 59.5, passed: true },
    ],
    // 2017: 7 distinct modules × 5 = 35, capped at 30; duplicate 0; B 55 fails; C 80 → 10: public 40 → 0 left.
    //       59.5 professional → 0.5 left.
    remaining: { 2017: [0, 0.5], 2016: [30, 60], 2015: [30, 60] },
  },
  {
    name: 'city, hours earned in 2015 and 2016 themselves, and a record after the deadline',
    affiliation: 'city',
    records: [
      { kind: 'public_course', date: '2016-11-20', passed: true },
      { kind: 'language_exam', date: '2016-04-09', level: 'B', score: 66, national_standard: false },
      { kind: 'converted', date: '2016-05-10', subtype: 'research', hours: 50, for_year: 2016 },
      { kind: 'special_training', date: '2015-09-09', hours: 24, passed: true },
      { kind: 'professional_course', date: '2018-01-05', hours: 20, passed: true },
    ],
    // 2016: course 30 + B 20 = 50 public → 0 left; research 50 → 10 left.
    // 2015: 24 professional → 36 left. 2018 record: outside the pack's years, 0.
    remaining: { 2017: [30, 60], 2016: [0, 10], 2015: [30, 36] },
  },
  {
    name: 'city, transferred in with registered hours in tenths; a record edited; a delete undone',
    affiliation: 'city',
    as_of: '2017-12-01',
    records: [
      { kind: 'registered', year: 2017, category: 'public', hours: 18.5, certificate: '鲁继教证-2017-000731' },
      { kind: 'registered', year: 2017, category: 'professional', hours: 12.5 },
      { kind: 'computer_module', date: '2017-06-17', module: 'AutoCAD 2004制图软件', passed: true },
      { kind: 'computer_module', date: '2017-06-17', module: 'Photoshop CS4图像处理', passed: true },
      { kind: 'professional_course', date: '2017-11-11', hours: 47.5, passed: true },
    ],
    async afterEntry(page, records) {
      // Edit record 5: the certificate said 40.5 hours, not 47.5.
      await page.click('#records-list > li[data-index="4"] button.edit');
      await fillFields(page, { hours: 40.5 });
      await page.click('#f-submit');
      await page.waitForSelector('#records-list > li[data-index="4"] >> text=40.5学时');
      records[4] = { ...records[4], hours: 40.5 };
      // Delete record 3, then undo.
      await page.click('#records-list > li[data-index="2"] button.delete');
      assert.equal(await page.locator('#records-list > li[data-index]').count(), 4);
      await page.click('#undo');
      assert.equal(await page.locator('#records-list > li').count(), 5);
    },
    // 2017: 18.5 + 2 × 5 = 28.5 public → 1.5 left; 12.5 + 40.5 = 53 → 7 left.
    remaining: { 2017: [1.5, 7], 2016: [30, 60], 2015: [30, 60] },
  },
];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

for (const situation of SITUATIONS) {
  test(situation.name, async () => {
    const session = await openPage(browser);
    const { page } = session;
    await setAffiliation(page, situation.affiliation);
    if (situation.as_of) await setAssessmentDate(page, situation.as_of);
    const records = situation.records.map((r) => ({ ...r }));
    for (const record of records) await addRecord(page, record);
    if (situation.afterEntry) await situation.afterEntry(page, records);

    const saved = await savedState(page);
    assert.deepEqual(saved.records, records, 'the forms saved exactly the records entered');
    assert.equal(saved.profile.affiliation, situation.affiliation);

    // Today is past the pack's deadline on this machine, so the page assesses at that deadline unless told.
    const asOf = await shownAsOf(page);
    if (situation.as_of) assert.equal(asOf, situation.as_of);
    const expected = cli({ as_of: asOf, profile: { affiliation: situation.affiliation }, records });
    assert.equal(expected.ok, true);
    const shown = await shownYears(page);
    assertMatchesCli(shown, expected);
    for (const y of shown) {
      assert.deepEqual([y.public.remaining, y.professional.remaining], situation.remaining[y.year], `${y.year} remaining (public, professional)`);
    }
    // Every warning the core gave is on the page.
    const warnings = await page.$$eval('#results-body .warnings li', (items) => items.map((li) => li.dataset.code));
    assert.deepEqual(warnings, expected.warnings.map((w) => w.code));
    await session.check();
  });
}

test('field checks in Chinese stop a bad record before it is saved', async () => {
  const session = await openPage(browser);
  const { page } = session;
  await page.selectOption('#f-kind', 'professional_course');
  await page.click('#f-submit');
  assert.match(await page.textContent('#f-date-err'), /请填写/);
  assert.match(await page.textContent('#f-hours-err'), /请填写学时/);
  await fillFields(page, { date: '2017-06-01', hours: '12.55' });
  await page.click('#f-submit');
  assert.match(await page.textContent('#f-hours-err'), /一位小数/);
  await fillFields(page, { hours: '0' });
  await page.click('#f-submit');
  assert.match(await page.textContent('#f-hours-err'), /大于0/);
  await page.selectOption('#f-kind', 'language_exam');
  await fillFields(page, { date: '2017-06-01', level: 'B', score: '120' });
  await page.click('#f-submit');
  assert.match(await page.textContent('#f-score-err'), /不能超过/);
  assert.equal(await page.locator('#records-list > li').count(), 0);
  assert.equal(await page.getAttribute('#f-score', 'aria-invalid'), 'true');
  await session.check();
});
