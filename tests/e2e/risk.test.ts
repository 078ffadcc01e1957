// The Arrears Risk page on a small demo workspace, as a marketing analyst uses it: train the
// scorecard and its challenger, read the distribution and the expected-loss trend, work the
// collection list (filter, export CSV), open a customer's risk profile and adjust the grade with
// a reason, edit a feature's bins and retrain, read the model comparison and the stability; then
// the own-data flow on a generated CSV (preview, train, score another file). The page read in
// Chinese too. Screenshots in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, paintedPixels, screenshot, type AppPage } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

const ADJUST_REASON = '已签分期缴费协议 payment plan signed';

let session: DemoSession;
let app: AppPage;
let page: Page;
let files: string;

beforeAll(async () => {
  files = makeTempDir('workbench-e2e-risk-files-');
  // 400 customers over 15 months: bills enough for features, a 3-month horizon and history runs.
  session = await openDemoSession('risk', 400, 450);
  ({ app, page } = session);
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const tab = (name: string) => page.getByRole('tab', { name, exact: true });
const customerRows = () => page.locator('[data-testid="risk-customers"] tbody tr');
const count = async () => Number((await page.getByTestId('risk-customer-count').innerText()).replace(/\D/g, ''));

/** A CSV of `rows` applicants: a numeric and a categorical signal, noise, a 0/1 target. */
function writeApplicants(file: string, rows: number, withTarget: boolean): void {
  let seed = 11;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const lines = [withTarget ? 'applicant,months_late,housing,noise,bad' : 'applicant,months_late,housing,noise'];
  for (let i = 0; i < rows; i++) {
    const late = Math.floor(random() * 6);
    const housing = ['own', 'rent', 'free'][Math.floor(random() * 3)]!;
    const risk = 0.05 + late * 0.1 + (housing === 'rent' ? 0.15 : 0);
    const cells = [`A${1000 + i}`, String(late), housing, random().toFixed(3)];
    if (withTarget) cells.push(random() < risk ? '1' : '0');
    lines.push(cells.join(','));
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

describe('arrears risk', () => {
  it('trains a model and shows the distribution, grades and expected-loss trend', async () => {
    await chooseLanguage(page, 'en');
    await page.getByRole('link', { name: 'Arrears Risk' }).click();
    await page.getByText('No risk model yet').waitFor();
    await page.getByTestId('risk-horizon').fill('3');
    await page.getByTestId('risk-train').click();
    await page.getByTestId('risk-kpis').waitFor({ timeout: 120_000 });
    expect(await page.locator('[data-kpi="customers"] .kpi-amount').innerText()).toBe('400');
    expect(await page.locator('[data-kpi="expectedLoss"] .kpi-amount').innerText()).toMatch(/^¥/);
    for (const chart of ['risk-histogram', 'risk-grades', 'risk-trend']) {
      await expect.poll(() => paintedPixels(page, `[data-chart="${chart}"] canvas`), { timeout: 10_000 }).toBeGreaterThan(2000);
    }
    await page.getByTestId('risk-by').selectOption('category');
    await expect.poll(() => paintedPixels(page, '[data-chart="risk-grades"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    // The bars' change of dimension is animated (400 ms): the picture after it.
    await page.waitForTimeout(800);
    await screenshot(page, 'risk-overview-en');
  });

  it('ranks the collection list, filters it and exports it as CSV', async () => {
    await tab('Collection list').click();
    await expect.poll(count, { timeout: 10_000 }).toBe(400);
    const losses = await customerRows().evaluateAll((rows) => rows.slice(0, 10).map((r) => r.getAttribute('data-customer')));
    expect(losses.every((id) => id !== null)).toBe(true);
    // Reasons in words, not feature codes.
    const reasons = await customerRows().first().locator('td').last().innerText();
    expect(reasons).not.toMatch(/_\d+m\b/);
    await page.getByTestId('risk-grade-E').check();
    await expect.poll(count).toBeLessThan(400);
    await page.getByTestId('risk-grade-E').uncheck();
    await expect.poll(count).toBe(400);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('risk-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const saved = path.join(files, 'collection.csv');
    await download.saveAs(saved);
    const lines = fs.readFileSync(saved, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['Rank', 'Customer', 'Name']);
    expect(lines.length).toBe(401);
  });

  it("opens a customer's risk profile and adjusts the grade with a reason", async () => {
    const first = customerRows().first();
    const customer = (await first.getAttribute('data-customer'))!;
    await first.getByRole('button', { name: `Risk profile of ${customer}` }).click();
    const profile = page.getByTestId('risk-profile');
    await profile.waitFor();
    await expect.poll(() => page.getByTestId('risk-features').locator('tbody tr').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('risk-bills').locator('tbody tr').count()).toBeGreaterThan(3);
    const before = (await page.getByTestId('risk-profile-grade').innerText()).trim();
    const grade = before.startsWith('A') ? 'B' : 'A';
    await page.getByTestId('risk-adjust-grade').selectOption(grade);
    await page.getByTestId('risk-adjust-reason').fill(ADJUST_REASON);
    await page.getByTestId('risk-adjust-save').click();
    await expect.poll(() => page.getByTestId('risk-adjustments').innerText().catch(() => ''), { timeout: 10_000 }).toContain(ADJUST_REASON);
    expect(await page.getByTestId('risk-adjustments').innerText()).toContain(`→ ${grade}`);
    await expect.poll(() => page.locator('[data-testid="risk-profile-grade"] [data-adjusted]').getAttribute('data-adjusted')).toBe(grade);
    // The list's row shows the analyst's grade too.
    await expect.poll(() => first.locator('[data-adjusted]').getAttribute('data-adjusted').catch(() => null)).toBe(grade);
    await screenshot(page, 'risk-profile-en');
  });

  it('shows the scorecard, edits a bin and retrains', async () => {
    await tab('Scorecard').click();
    await page.getByTestId('risk-binnings').waitFor();
    const options = () => page.getByTestId('risk-model').locator('option').count();
    expect(await options()).toBe(1);
    // The first feature with bins to merge: two cut points become one, or the last two category groups one.
    const editor = page.getByTestId('risk-bin-edit');
    const features = page.locator('[data-testid="risk-binnings"] tbody tr');
    let merged: string | null = null;
    for (let i = 0; i < (await features.count()) && merged === null; i++) {
      await features.nth(i).getByRole('button').click();
      await editor.waitFor();
      const text = await editor.inputValue();
      const numeric = (await editor.evaluate((el) => el.tagName)) === 'INPUT';
      const parts = numeric ? text.split(', ') : text.split('\n');
      if (parts.length < (numeric ? 2 : 3)) continue;
      merged = numeric ? parts.slice(0, -1).join(', ') : [...parts.slice(0, -2), `${parts.at(-2)}, ${parts.at(-1)}`].join('\n');
    }
    expect(merged).not.toBeNull();
    await editor.fill(merged!);
    await page.getByTestId('risk-bin-apply').click();
    await page.getByTestId('risk-retrain').click();
    // An engine refusal shows as an alert: the poll ends on its words rather than waiting on.
    const settled = async () => (await page.locator('.risk [role="alert"]').allInnerTexts()).join(' ') || (await options());
    await expect.poll(settled, { timeout: 60_000 }).toBe(2);
    await expect.poll(() => page.getByTestId('risk-binnings').getByText('Edited').count()).toBeGreaterThan(0);
    await screenshot(page, 'risk-scorecard-en');
  }, 90_000);

  it('compares scorecard and challenger on the same validation rows', async () => {
    await tab('Model comparison').click();
    const metrics = page.getByTestId('risk-metrics');
    await metrics.waitFor();
    const auc = async (model: string) => Number(await metrics.locator(`tr[data-model="${model}"] td`).first().innerText());
    for (const model of ['scorecard', 'challenger']) {
      expect(await auc(model)).toBeGreaterThanOrEqual(0.5);
      expect(await auc(model)).toBeLessThanOrEqual(1);
    }
    for (const chart of ['risk-lift', 'risk-calibration']) {
      await expect.poll(() => paintedPixels(page, `[data-chart="${chart}"] canvas`), { timeout: 10_000 }).toBeGreaterThan(2000);
    }
  });

  it('shows the stability of the score and each feature between two runs', async () => {
    await tab('Stability').click();
    const table = page.getByTestId('risk-stability');
    await table.waitFor({ timeout: 10_000 });
    expect(await table.locator('tbody tr').first().locator('th').innerText()).toBe('Score');
    const levels = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-level')));
    expect(levels.every((l) => l === 'stable' || l === 'watch' || l === 'shifted')).toBe(true);
    expect(await page.getByText('0.25 or more: the population has changed').count()).toBe(1);
    await screenshot(page, 'risk-stability-en');
  });

  it('trains a scorecard on an own CSV and scores another one with it', async () => {
    const train = path.join(files, 'applicants.csv');
    const score = path.join(files, 'new-applicants.csv');
    writeApplicants(train, 600, true);
    writeApplicants(score, 50, false);
    await tab('Own data').click();
    await page.getByText('No model on your own data yet').waitFor();
    await page.getByTestId('risk-table-file-input').setInputFiles(train);
    await page.getByTestId('risk-table-columns').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('risk-table-target').inputValue()).toBe('bad');
    await page.getByTestId('risk-table-id').selectOption('applicant');
    await page.getByTestId('risk-table-train').click();
    await page.getByTestId('risk-binnings').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('risk-binnings').locator('tbody tr').count()).toBe(3);
    await page.getByTestId('risk-metrics').waitFor();
    await page.getByTestId('risk-score-file-input').setInputFiles(score);
    await expect.poll(() => page.getByTestId('risk-score-table').isEnabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('risk-score-table').click()]);
    const saved = path.join(files, 'scored.csv');
    await download.saveAs(saved);
    const lines = fs.readFileSync(saved, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('id,probability,score,grade,reasons');
    expect(lines.length).toBe(51);
    expect(lines[1]!.startsWith('A1000,')).toBe(true);
    await screenshot(page, 'risk-own-data-en');
  });

  it('reads in Chinese', async () => {
    await chooseLanguage(page, 'zh-CN');
    await page.getByRole('link', { name: '欠费风险' }).click();
    await tab('概览').click();
    await page.getByTestId('risk-kpis').waitFor();
    expect(await page.locator('[data-kpi="expectedLoss"] .kpi-unit').innerText()).toBe('元');
    await expect.poll(() => paintedPixels(page, '[data-chart="risk-trend"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    await screenshot(page, 'risk-overview-zh');
    await tab('催费名单').click();
    await expect.poll(() => page.getByTestId('risk-customer-count').innerText()).toBe('400 户');
    const header = await page.locator('[data-testid="risk-customers"] thead th').allInnerTexts();
    expect(header.map((h) => h.replace(/\s*[▲▼]$/, ''))).toContain('预期损失');
    await customerRows().first().locator('button').first().click();
    await page.getByTestId('risk-profile').waitFor();
    await page.getByText('调整等级').first().waitFor();
    await screenshot(page, 'risk-profile-zh');
    await tab('评分卡').click();
    await page.getByTestId('risk-binnings').waitFor();
    await screenshot(page, 'risk-scorecard-zh');
    await tab('模型对比').click();
    await page.getByTestId('risk-metrics').waitFor();
    await screenshot(page, 'risk-comparison-zh');
    expect(app.errors).toEqual([]);
  });
});
