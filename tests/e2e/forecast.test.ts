// The Forecast page on a small demo workspace, as a planner uses it: pick a transformer area,
// run the forecast (progress, then the chart and the metrics), override a value with a reason
// and find it kept after opening the run again, rename the run, export it as CSV, run a +2 °C
// scenario against it, and read the page in Chinese. Screenshots in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, paintedPixels, screenshot, type AppPage } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

const REASON = '计划检修 planned outage';

let session: DemoSession;
let app: AppPage;
let page: Page;
let files: string;
/** The value the analyst set for the first interval, as typed. */
let overridden: string;

beforeAll(async () => {
  files = makeTempDir('workbench-e2e-forecast-files-');
  session = await openDemoSession('forecast', 200, 120);
  ({ app, page } = session);
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const tab = (name: string) => page.getByRole('tab', { name, exact: true });

/** The values table's row of the first forecast interval. */
const firstPointRow = () => page.locator('[data-testid="points-table"] [role="row"][data-ts]').first();

describe('forecasting a transformer area', () => {
  it('runs a forecast with progress, then shows the chart and the metrics table', async () => {
    await chooseLanguage(page, 'en');
    await page.getByRole('link', { name: 'Forecast' }).click();
    const list = page.getByTestId('scope-list');
    await list.locator('option').first().waitFor();
    // An area with interval load: its meters line says how many have curves.
    await list.selectOption({ index: 0 });
    await expect.poll(() => page.getByTestId('scope-meters').innerText()).toMatch(/[1-9]\d* with interval load/);
    // Fewer origins than the default keep the test short.
    await page.getByText('Models and backtest').click();
    await page.getByLabel('Backtest origins').fill('3');
    await page.getByTestId('run-forecast').click();
    await page.getByRole('progressbar', { name: /^Forecasting / }).waitFor();
    await expect(page.getByRole('button', { name: 'Cancel' }).isVisible()).resolves.toBe(true);

    await page.locator('.run-view').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/forecast\/run\/\d+$/);
    await expect.poll(() => paintedPixels(page, '[data-chart="forecast"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    const metrics = page.getByTestId('metrics-table');
    expect(await metrics.locator('thead th').allInnerTexts()).toEqual(['Model', 'MAPE', 'WAPE', 'RMSE', 'Bias', 'Pinball loss', 'P10–P90 coverage']);
    expect(await metrics.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    // The model used is marked, and the header says what auto chose.
    await expect(metrics.locator('tr.chosen .badge').innerText()).resolves.toBe('used');
    expect(await page.getByTestId('chosen-model').innerText()).toMatch(/^Auto chose /);
    expect(await page.getByTestId('data-checks').locator('h3').innerText()).toBe('Data checks');
    await screenshot(page, 'forecast-run-en');
  });

  it('keeps an override with its reason, also after the run is opened again', async () => {
    const runHash = await page.evaluate(() => window.location.hash);
    await tab('Values').click();
    const row = firstPointRow();
    await row.getByRole('button', { name: /^Override the value at / }).click();
    const form = page.getByTestId('override-form');
    const save = form.getByRole('button', { name: 'Save override' });
    // The field offers the model's value: the analyst raises it by a tenth.
    const input = form.getByTestId('override-value');
    overridden = (Math.round(Number(await input.inputValue()) * 110) / 100).toFixed(2);
    await input.fill(overridden);
    // No reason, no override.
    await expect(save.isDisabled()).resolves.toBe(true);
    await form.getByTestId('override-reason').fill(REASON);
    await save.click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => row.getAttribute('class')).toContain('overridden');
    expect(await row.innerText()).toContain(REASON);

    await page.getByRole('tab', { name: 'Saved runs' }).click();
    const runId = runHash.split('/').pop()!;
    await page.locator(`[data-testid="saved-runs"] tr[data-run-id="${runId}"] button.link`).click();
    await page.locator('.run-view').waitFor();
    await tab('Values').click();
    expect(await firstPointRow().getAttribute('class')).toContain('overridden');
    // The forecast cell (after the time and Edit) shows the analyst's value, rounded.
    const shown = Number((await firstPointRow().locator('[role="cell"]').nth(2).innerText()).replace(/,/g, ''));
    expect(Math.abs(shown - Number(overridden))).toBeLessThan(0.051);
    expect(await firstPointRow().innerText()).toContain(REASON);
  });

  it('renames the run', async () => {
    await page.getByRole('button', { name: 'Rename' }).first().click();
    await page.getByTestId('rename-input').fill('Area forecast (e2e)');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('run-name').innerText()).toBe('Area forecast (e2e)');
  });

  it('exports the run as CSV, downloaded by the browser', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const saved = path.join(files, 'forecast.csv');
    await download.saveAs(saved);
    const [header, first] = fs.readFileSync(saved, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(header!.split(',').slice(0, 5)).toEqual(['timestamp', 'forecast', 'P10', 'P50', 'P90']);
    // The override is in the file: the first interval's forecast is the analyst's value.
    expect(first!.split(',')[1]).toBe(String(Number(overridden)));
  });

  it('runs a +2 °C scenario and shows the load response against the base', async () => {
    await tab('Scenarios').click();
    await expect(page.getByTestId('scenario-shift').inputValue()).resolves.toBe('2');
    await page.getByTestId('run-scenario').click();
    await page.locator('[data-chart="scenario"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => paintedPixels(page, '[data-chart="scenario"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    const response = await page.getByTestId('scenario-response').innerText();
    expect(response).toContain('Mean temperature change');
    expect(response).toContain('+2.0 °C');
    await screenshot(page, 'forecast-scenario-en');
  });

  it('reads in Chinese after switching the language', async () => {
    await chooseLanguage(page, 'zh-CN');
    await page.locator('.run-view').waitFor();
    await tab('指标').click();
    expect(await page.locator('.page-title').innerText()).toBe('负荷预测');
    expect(await page.getByTestId('metrics-table').locator('thead th').first().innerText()).toBe('模型');
    expect(await page.getByTestId('chosen-model').innerText()).toMatch(/^自动选择：/);
    expect(await page.locator('#chart-forecast').innerText()).toBe('历史负荷与预测');
    await expect.poll(() => paintedPixels(page, '[data-chart="forecast"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    await screenshot(page, 'forecast-run-zh');
    expect(app.errors).toEqual([]);
  });
});
