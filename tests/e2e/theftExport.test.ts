// What auditors do around the ranked list on a small demo: export the suspects (the CSV has the
// header and every row in rank order), read the Model view, close a case after an inspection and
// retrain with that new outcome (a new run appears), see the rules-based back-billing beside
// the baseline estimate, and choose the hit rate's inspection days (an empty range says so, and
// the range stays while a case is opened). Screenshots in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, screenshot, type AppPage } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

let session: DemoSession;
let app: AppPage;
let page: Page;
let files: string;

beforeAll(async () => {
  files = makeTempDir('workbench-e2e-theft-export-');
  session = await openDemoSession('theft-export', 300, 240);
  ({ app, page } = session);
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const rows = () => page.locator('[data-testid="suspects-table"] .vtable-body [role="row"][data-customer]');

/** The demo's data ends on 2025-12-31, the day a score run is as of. */
const INSPECTED = '2025-12-20';

describe('suspects export, model and retraining, hit-rate days', () => {
  it('exports every suspect of the run to CSV in rank order', async () => {
    await chooseLanguage(page, 'en');
    await page.getByRole('link', { name: 'Theft & Anomaly' }).click();
    await page.getByTestId('score-now').click();
    await expect.poll(() => page.getByTestId('suspect-count').innerText().catch(() => ''), { timeout: 30_000 }).toBe('300 customers');
    const top = await rows().first().getAttribute('data-customer');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('suspects-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^theft-suspects-run-1.*\.csv$/);
    const file = path.join(files, 'suspects.csv');
    await download.saveAs(file);
    const [header, ...lines] = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe('Rank,Customer,Name,Category,Transformer area,Score,Unsupervised score,Supervised score,Est. loss (kWh),Est. loss (yuan),Change date,Top reasons');
    expect(lines).toHaveLength(300);
    expect(lines.map((l) => Number(l.split(',')[0]))).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(lines[0]!.split(',')[1]).toBe(top);
    await screenshot(page, 'theft-export-en');
  });

  it('shows the model of the latest run and what a retrain would add', async () => {
    await page.getByRole('tab', { name: 'Model' }).click();
    await page.getByTestId('model-summary').waitFor();
    expect(await page.getByTestId('model-state').innerText()).toMatch(/^The supervised model (ran|did not run)/);
    expect(await page.getByTestId('model-weights').locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    expect(await page.getByTestId('model-retrain-button').innerText()).toBe('Retrain with 0 new outcomes');
    await screenshot(page, 'theft-model-en');
  });

  it('closes a case after an inspection, with the rules-based estimate beside the baseline', async () => {
    await page.getByRole('tab', { name: 'Suspects' }).click();
    await rows().first().locator('[role="cell"]').nth(1).getByRole('button').click();
    await page.getByTestId('open-case').click();
    await page.getByTestId('case-view').waitFor();
    await page.getByTestId('move-inspecting').click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('Inspecting');
    await page.getByTestId('case-inspection-day').fill(INSPECTED);
    await page.getByTestId('case-fields-save').click();
    await expect.poll(() => page.getByTestId('case-inspection-day').inputValue()).toBe(INSPECTED);
    await page.getByTestId('move-confirmed_theft').click();
    await expect.poll(() => page.getByTestId('case-status').innerText()).toBe('Confirmed theft');
    const rules = page.getByTestId('rules-estimate');
    await rules.waitFor();
    const figures = await rules.innerText();
    expect(figures).toContain('By the rules');
    if (await page.getByTestId('rules-figures').count()) {
      // Penalty three times the charge, as art. 102 has it.
      const m = /([\d,]+\.\d\d) yuan back-billed \+ ([\d,]+\.\d\d) yuan penalty/.exec(await page.getByTestId('rules-figures').innerText())!;
      expect(Number(m[2]!.replace(/,/g, ''))).toBeCloseTo(3 * Number(m[1]!.replace(/,/g, '')), 1);
      await page.getByTestId('rules-use').click();
      expect(await page.getByTestId('adjust-reason').inputValue()).toContain('art. 103');
    }
    await page.getByTestId('case-estimate').scrollIntoViewIfNeeded();
    await screenshot(page, 'theft-rules-estimate-en');
  });

  it('retrains with the new outcome and shows the new run', async () => {
    await page.getByRole('tab', { name: 'Model' }).click();
    await expect.poll(() => page.getByTestId('model-retrain-button').innerText().catch(() => '')).toBe('Retrain with 1 new outcome');
    await page.getByTestId('model-retrain-button').click();
    await expect.poll(() => page.getByTestId('run-picker').inputValue(), { timeout: 30_000 }).toBe('2');
    await expect.poll(() => page.getByTestId('model-retrain-button').innerText()).toBe('Retrain with 0 new outcomes');
    expect(await page.getByTestId('run-picker').locator('option').count()).toBe(2);
  });

  it("counts the hit rate over the inspection days chosen, and keeps them while a case is opened", async () => {
    await page.getByRole('tab', { name: 'Cases' }).click();
    await expect.poll(() => page.getByTestId('hit-rate-overall').innerText().catch(() => '')).toBe('1 of 1 inspected leads confirmed (100.0%)');
    await page.getByTestId('hit-rate-from').fill('2025-01-01');
    await page.getByTestId('hit-rate-to').fill('2025-06-30');
    await page.getByTestId('hit-rate').getByText('No inspected leads in these days').waitFor();
    await screenshot(page, 'theft-hit-rate-empty-en');
    await page.getByTestId('hit-rate-to').fill('2025-12-31');
    await expect.poll(() => page.getByTestId('hit-rate-overall').innerText().catch(() => '')).toBe('1 of 1 inspected leads confirmed (100.0%)');
    // Into a case and back: the days are still there.
    await page.getByTestId('cases-table').locator('tbody tr').first().getByRole('button').click();
    await page.getByTestId('case-view').waitFor();
    await page.getByRole('button', { name: /All cases/ }).click();
    await expect.poll(() => page.getByTestId('hit-rate-from').inputValue()).toBe('2025-01-01');
    expect(await page.getByTestId('hit-rate-to').inputValue()).toBe('2025-12-31');
    await page.getByTestId('hit-rate-all').click();
    await expect.poll(() => page.getByTestId('hit-rate-from').inputValue()).toBe('');
  });

  it('reads in Chinese', async () => {
    await chooseLanguage(page, 'zh-CN');
    await page.getByRole('tab', { name: '模型' }).click();
    await page.getByTestId('model-summary').waitFor();
    expect(await page.getByTestId('model-retrain-button').innerText()).toBe('用 0 个新结果重新训练');
    await screenshot(page, 'theft-model-zh');
    await page.getByRole('tab', { name: '嫌疑用户' }).click();
    await rows().first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('suspects-export-csv').click()]);
    const file = path.join(files, 'suspects-zh.csv');
    await download.saveAs(file);
    expect(fs.readFileSync(file, 'utf8').split('\r\n')[0]).toBe('\uFEFF排名,户号,户名,用电类别,台区,评分,无监督评分,有监督评分,估计损失（kWh）,估计损失（元）,突变日期,主要原因');
    await screenshot(page, 'theft-export-zh');
    await page.getByRole('tab', { name: '稽查工单' }).click();
    await page.getByTestId('cases-table').locator('tbody tr').first().getByRole('button').click();
    await page.getByTestId('rules-estimate').waitFor();
    await page.getByTestId('case-estimate').scrollIntoViewIfNeeded();
    await screenshot(page, 'theft-rules-estimate-zh');
    expect(app.errors).toEqual([]);
  });
});
