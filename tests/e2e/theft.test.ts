// The Theft & Anomaly page on a small demo workspace, as an auditor uses it: score every
// customer, read the ranked suspects, open the top suspect's indicators and evidence chart, open
// a case, move it to inspecting and then to confirmed theft with findings, adjust the
// back-billing estimate with a reason, add a note and a file, read the case's history, read the
// hit rate of inspected leads (none, then the confirmed case), and read the page in Chinese.
// Screenshots in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorCodes } from '../../engine/api/theftTypes.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, paintedPixels, screenshot, type AppPage } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

const FINDINGS = '表尾接线被短接 meter terminals bridged';
const ADJUST_REASON = '现场核实 confirmed on site';
const NOTE = '已拍照取证 photos taken';

let session: DemoSession;
let app: AppPage;
let page: Page;
let files: string;
let topCustomer: string;

beforeAll(async () => {
  files = makeTempDir('workbench-e2e-theft-files-');
  // 240 days: enough weeks before and after the demo's thefts begin for the change points.
  session = await openDemoSession('theft', 400, 240);
  ({ app, page } = session);
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const rows = () => page.locator('[data-testid="suspects-table"] .vtable-body [role="row"][data-customer]');
const history = () => page.getByTestId('case-history').locator('li');

describe('theft detection and a case', () => {
  it('scores every customer and shows the ranked suspects', async () => {
    await chooseLanguage(page, 'en');
    await page.getByRole('link', { name: 'Theft & Anomaly' }).click();
    await page.getByText('No score run yet').waitFor();
    await page.getByTestId('score-now').click();
    await expect.poll(() => page.getByTestId('suspect-count').innerText().catch(() => ''), { timeout: 30_000 }).toBe('400 customers');
    expect(await page.getByTestId('run-summary').innerText()).toMatch(/^400 customers scored · /);
    const header = page.locator('[data-testid="suspects-table"] .vtable-head [role="columnheader"]');
    // The sorted column's ▲ aside.
    expect((await header.allInnerTexts()).map((text) => text.replace(/\s*[▲▼]$/, ''))).toEqual([
      'Rank',
      'Customer',
      'Name',
      'Category',
      'Transformer area',
      'Score',
      'Est. loss (kWh)',
      'Est. loss (yuan)',
      'Change date',
      'Top reasons',
    ]);
    const first = rows().first();
    const cells = await first.locator('[role="cell"]').allInnerTexts();
    expect(cells[0]).toBe('1');
    topCustomer = cells[1]!;
    // The name masked as the data browser shows it: first and last characters.
    expect(cells[2]).toMatch(/^.\*+.?$/u);
    expect(Number(cells[5])).toBeGreaterThan(0.5);
    // Reasons in words, not codes.
    expect(cells[9]).not.toMatch(/_/);
    expect(cells[9]!.length).toBeGreaterThan(20);

    // Sorted by loss (in yuan): the largest first.
    await page.getByRole('columnheader', { name: /Est\. loss \(yuan\)/ }).getByRole('button').click();
    await expect.poll(async () => (await rows().first().getAttribute('data-customer')) !== null).toBe(true);
    const losses = await rows().evaluateAll((els) => els.slice(0, 10).map((el) => Number(el.querySelectorAll('[role="cell"]')[7]!.textContent!.replace(/,/g, ''))));
    expect(losses).toEqual([...losses].sort((a, b) => b - a));
    // A reason filter keeps only suspects with that reason.
    await page.getByTestId('suspect-reason').selectOption('own_drop');
    await expect.poll(async () => Number((await page.getByTestId('suspect-count').innerText()).replace(/\D/g, ''))).toBeLessThan(400);
    await page.getByTestId('suspect-reason').selectOption('');
    await page.getByRole('columnheader', { name: 'Rank' }).getByRole('button').click();
    await expect.poll(() => rows().first().getAttribute('data-customer')).toBe(topCustomer);
    await screenshot(page, 'theft-suspects-en');

    // No case closed yet: the Cases tab's hit rate says so.
    await page.getByRole('tab', { name: 'Cases' }).click();
    await page.getByTestId('hit-rate').getByText('No inspected leads yet').waitFor();
    await page.getByRole('tab', { name: 'Suspects' }).click();
    await expect.poll(() => rows().first().getAttribute('data-customer')).toBe(topCustomer);
  });

  it("opens the top suspect's indicators and evidence chart", async () => {
    await rows().first().getByRole('button', { name: `Show the evidence of customer ${topCustomer}` }).click();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/theft/suspects/${topCustomer}`);
    const indicators = page.getByTestId('indicators-table');
    await indicators.waitFor();
    expect(await indicators.locator('tbody tr').count()).toBe(indicatorCodes.length);
    // At least one indicator weighed in, with its finding as a sentence.
    expect(await indicators.locator('tbody tr.reason').count()).toBeGreaterThan(0);
    expect(await indicators.locator('tbody tr.reason td').last().innerText()).toMatch(/\w+ \w+ \w+/);
    await page.locator('[data-chart="evidence"]').waitFor();
    await expect.poll(() => paintedPixels(page, '[data-chart="evidence"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    expect(await page.getByTestId('bills-table').locator('tbody tr').count()).toBeGreaterThan(3);
    await screenshot(page, 'theft-suspect-en');
  });

  it('opens a case and follows it to confirmed theft with findings, an adjustment, a note and a file', async () => {
    await page.getByTestId('open-case').click();
    await page.getByTestId('case-view').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/theft\/cases\/\d+$/);
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('To inspect');
    expect(await page.locator('#case-title').innerText()).toContain(topCustomer);

    await page.getByTestId('move-inspecting').click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('Inspecting');
    await page.getByTestId('case-assignee-input').fill('王工');
    await page.getByTestId('case-findings').fill(FINDINGS);
    await page.getByTestId('case-fields-save').click();
    await expect.poll(() => page.getByTestId('case-assignee').innerText()).toBe('王工');
    await page.getByTestId('move-confirmed_theft').click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('Confirmed theft');
    // Closed: the only move left is reopening.
    expect(await page.getByRole('group', { name: 'Status' }).getByRole('button').allInnerTexts()).toEqual(['Reopen']);

    // No reason, no adjustment.
    await page.getByTestId('adjust-kwh').fill('1234');
    await expect(page.getByTestId('adjust-save').isDisabled()).resolves.toBe(true);
    await page.getByTestId('adjust-reason').fill(ADJUST_REASON);
    await page.getByTestId('adjust-save').click();
    await expect.poll(() => page.getByTestId('adjustment').innerText().catch(() => '')).toContain(`Adjusted to 1,234 kWh`);
    expect(await page.getByTestId('adjustment').innerText()).toContain(ADJUST_REASON);

    await page.getByTestId('note-text').fill(NOTE);
    await page.getByTestId('note-add').click();
    await expect.poll(() => page.getByTestId('case-notes').innerText().catch(() => '')).toContain(NOTE);

    const photo = path.join(files, 'meter-photo.txt');
    fs.writeFileSync(photo, 'seal broken at terminal cover');
    await page.getByTestId('attach-input').setInputFiles(photo);
    await expect.poll(() => page.getByTestId('case-files').innerText().catch(() => '')).toContain('meter-photo.txt');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save meter-photo.txt' }).click()]);
    const saved = path.join(files, 'downloaded.txt');
    await download.saveAs(saved);
    expect(fs.readFileSync(saved, 'utf8')).toBe('seal broken at terminal cover');
  });

  it("keeps every change in the case's history, newest first", async () => {
    await expect.poll(() => history().evaluateAll((els) => els.map((el) => el.getAttribute('data-action')))).toEqual([
      'file',
      'note',
      'estimate',
      'status',
      'findings',
      'assigned',
      'status',
      'opened',
    ]);
    const texts = await history().allInnerTexts();
    expect(texts[2]).toContain(ADJUST_REASON);
    expect(texts[3]).toContain('Inspecting → Confirmed theft');
    expect(texts[4]).toContain(FINDINGS);
    expect(texts[6]).toContain('To inspect → Inspecting');
    await screenshot(page, 'theft-case-en');

    await page.getByRole('button', { name: /All cases/ }).click();
    const row = page.getByTestId('cases-table').locator('tbody tr').first();
    expect(await row.innerText()).toContain('Confirmed theft');
    expect(await row.innerText()).toContain(topCustomer);

    // The confirmed case is an inspected lead that hit: this month and under each reason it was opened with.
    await expect.poll(() => page.getByTestId('hit-rate-overall').innerText().catch(() => '')).toBe('1 of 1 inspected leads confirmed (100.0%)');
    const reasons = page.getByTestId('hit-rate-reasons').locator('tbody tr');
    expect(await reasons.count()).toBeGreaterThan(0);
    for (const cells of await reasons.evaluateAll((els) => els.map((el) => [...el.querySelectorAll('td')].map((td) => td.textContent!)))) {
      expect(cells[0]).not.toMatch(/_/); // in words, not codes
      expect(cells.slice(1)).toEqual(['1', '1', '100.0%']);
    }
    await expect.poll(() => paintedPixels(page, '[data-chart="hit-rate"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    await screenshot(page, 'theft-cases-en');
  });

  it('reads in Chinese after switching the language', async () => {
    await page.getByTestId('cases-table').locator('tbody tr').first().getByRole('button').click();
    await page.getByTestId('case-view').waitFor();
    await chooseLanguage(page, 'zh-CN');
    await page.getByTestId('case-view').waitFor();
    expect(await page.locator('.page-title').innerText()).toBe('反窃电与异常');
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('确认窃电');
    expect((await history().allInnerTexts())[3]).toContain('稽查中 → 确认窃电');
    expect(await page.locator('#chart-evidence').innerText()).toBe('日电量与同类用户、台区线损对比');
    await expect.poll(() => paintedPixels(page, '[data-chart="evidence"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    await screenshot(page, 'theft-case-zh');

    await page.getByRole('tab', { name: '嫌疑用户' }).click();
    await rows().first().waitFor();
    expect(await page.locator('[data-testid="suspects-table"] .vtable-head .sort-label').first().innerText()).toBe('排名');
    await rows().first().locator('[role="cell"]').nth(1).getByRole('button').click();
    await page.getByTestId('indicators-table').waitFor();
    expect(await page.getByTestId('indicators-table').locator('thead th').allInnerTexts()).toEqual(['指标', '数值', '发现']);
    await screenshot(page, 'theft-suspect-zh');
    expect(app.errors).toEqual([]);
  });
});
