// Administration › Scheduled jobs in Chromium against the web host: a folder-import schedule made
// in the dialog (weekly, a saved mapping template), Run now, the run succeeded with both files and
// their rows in the catalog; a bad file's run failed, highlighted, and counted on the
// Administration item; read in Chinese.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { chooseLanguage, launchBrowser, openApp, screenshot, type AppPage } from './browser.js';

const header = '账号,户名,用电性质,表号\n';
const rows = (first: number, count: number) => Array.from({ length: count }, (_, i) => `${first + i},客户${first + i},居民生活,M${first + i}`).join('\n') + '\n';
const mapping = { fields: { customer: '账号', category: '用电性质' } };

let host: RunningWebHost;
let browser: Browser;
let app: AppPage;
let page: Page;
let folder: string;

beforeAll(async () => {
  const home = makeTempDir('workbench-e2e-schedules-');
  folder = path.join(home, 'drop');
  fs.mkdirSync(folder);
  // The analyst saved this mapping on the Data page once: a template in the app's folder.
  fs.writeFileSync(path.join(home, 'templates.json'), JSON.stringify([{ name: '营销档案', kind: 'customers', mapping, savedAt: '2026-01-01T00:00:00.000Z' }]));
  const seed = path.join(home, 'seed.csv');
  fs.writeFileSync(seed, header + rows(100, 1));
  const workspace = path.join(home, 'region.workbench');
  const created = await runCli(['import', '--workspace', workspace, '--kind', 'customers', '--mapping', JSON.stringify(mapping), seed], { home });
  expect(created.code).toBe(0);
  fs.writeFileSync(path.join(folder, 'a.csv'), header + rows(1000, 3));
  fs.writeFileSync(path.join(folder, 'b.csv'), header + rows(2000, 2));
  host = await startWebHost({ home, args: ['--workspace', workspace] });
  browser = await launchBrowser();
  app = await openApp(browser, host.url, { width: 1280, height: 800 });
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDirs();
});

const goTo = (hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

describe('scheduled jobs', () => {
  it('creates a folder import, runs it now and shows the rows in the catalog', async () => {
    await chooseLanguage(page, 'en');
    await goTo('#/admin/schedules');
    await page.getByText('No scheduled jobs yet').waitFor();
    await page.getByTestId('schedule-new').click();
    await page.getByTestId('schedule-name').fill('Nightly archive');
    await page.getByTestId('schedule-folder').fill(folder);
    await page.getByTestId('schedule-template').selectOption('营销档案');
    await page.getByTestId('schedule-cadence').selectOption('weekly');
    await page.getByTestId('schedule-weekday').selectOption('1');
    await page.getByTestId('schedule-time').fill('02:00');
    await screenshot(page, 'schedules-dialog-en');
    await page.getByTestId('schedule-save').click();
    const row = page.getByTestId('schedule-row');
    await row.waitFor();
    expect(await row.textContent()).toContain('Mondays 02:00');
    expect(await row.getByTestId('schedule-last').textContent()).toBe('Not run yet');

    await row.getByTestId('schedule-run-now').click();
    const run = page.locator('[data-testid="schedule-run"][data-status="succeeded"]');
    await run.waitFor({ timeout: 30_000 });
    const result = run.getByTestId('schedule-run-result');
    expect(await result.textContent()).toMatch(/^2 files imported/);
    await result.locator('summary').click();
    expect(await result.getByTestId('schedule-run-files').textContent()).toBe('a.csv: 3 rows imported, 0 quarantinedb.csv: 2 rows imported, 0 quarantined');
    expect(await run.getByTestId('schedule-run-log').count()).toBe(2);
    await run.getByTestId('schedule-run-log').first().click();
    await page.locator('pre.log').getByText(/scheduled run 1 of 'Nightly archive'/).waitFor();
    await page.keyboard.press('Escape');
    await screenshot(page, 'schedules-en');

    await goTo('#/data/catalog');
    await expect.poll(() => page.locator('tr[data-kind="customers"] [data-field="rows"]').textContent()).toBe('6');
  });

  it('highlights a failed run, counts it on the Administration item, and reads in Chinese', async () => {
    fs.writeFileSync(path.join(folder, 'broken.csv'), header);
    await goTo('#/admin/schedules');
    await page.getByTestId('schedule-run-now').click();
    const failed = page.locator('[data-testid="schedule-run"][data-status="failed"]');
    await failed.waitFor({ timeout: 30_000 });
    expect(await failed.getAttribute('class')).toContain('failed');
    expect(await failed.getByTestId('schedule-run-result').textContent()).toContain('1 file failed');
    await expect.poll(() => page.getByTestId('schedules-failed-badge').textContent()).toBe('1');

    await chooseLanguage(page, 'zh-CN');
    await page.getByText('每周一 02:00').waitFor();
    await page.getByText('运行记录').first().waitFor();
    expect(await page.getByTestId('schedule-row').getByTestId('schedule-last').textContent()).toContain('失败');
    await screenshot(page, 'schedules-zh');
    expect(app.errors).toEqual([]);
  });
});
