// Cancelling an import in the browser: a large curve file is stopped part-way; the job ends
// cancelled, the workspace holds exactly what it held before (the catalog says so), and the
// wizard goes back to the file's preview to try again.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWideCurveCsv } from '../helpers/dataFiles.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { chooseLanguage, launchBrowser, openApp, screenshot, type AppPage } from './browser.js';

let host: RunningWebHost;
let browser: Browser;
let app: AppPage;
let page: Page;
let files: string;

beforeAll(async () => {
  const home = makeTempDir('workbench-e2e-cancel-');
  files = makeTempDir('workbench-e2e-cancel-files-');
  writeWideCurveCsv(path.join(files, '负荷曲线-样例.csv'), { meters: 20, days: 5 });
  // 10,000 meters × 30 days of 96 points (150 MB): seconds of work, long enough to cancel.
  writeWideCurveCsv(path.join(files, '负荷曲线-全月.csv'), { meters: 10_000, days: 30 });
  host = await startWebHost({ home, args: ['--no-demo'] });
  browser = await launchBrowser();
  app = await openApp(browser, host.url);
  page = app.page;
  await chooseLanguage(page, 'en');
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDirs();
});

async function preview(file: string): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/data/import';
  });
  await page.locator('input[type="file"]').setInputFiles(path.join(files, file));
  await page.locator('.preview[aria-busy="false"]').waitFor();
  expect(await page.getByTestId('kind-select').inputValue()).toBe('interval');
}

/** Every kind's line of the catalog: rows, coverage, gaps, unmatched meters, last import. */
async function catalogLines(): Promise<string[]> {
  await page.evaluate(() => {
    window.location.hash = '#/data/catalog';
  });
  const lines = page.locator('table.catalog tbody tr');
  await lines.first().waitFor();
  return lines.allInnerTexts();
}

describe('cancelling an import', () => {
  let before: string[];

  it('starts from a workspace that already holds some curves', async () => {
    await page.getByLabel('Name').fill('取消导入');
    await page.getByLabel('Name').press('Enter');
    await page.locator('.workspace-name', { hasText: '取消导入' }).waitFor();
    await preview('负荷曲线-样例.csv');
    await page.getByRole('button', { name: 'Import as Interval load' }).click();
    await page.getByTestId('import-result').waitFor();
    before = await catalogLines();
    expect(await page.locator('tr[data-kind="interval"] [data-field="rows"]').innerText()).toBe('100');
  });

  it('stops a large import part-way and returns to the preview of the same file', async () => {
    await preview('负荷曲线-全月.csv');
    await page.getByRole('button', { name: 'Import as Interval load' }).click();
    // Rows are being written (the bar has moved) when Cancel is pressed.
    await page.locator('.run-step [role="progressbar"]:not([aria-valuenow="0"])').waitFor();
    await page.locator('.run-step').getByRole('button', { name: 'Cancel' }).click();

    await page.locator('.preview[aria-busy="false"]').waitFor();
    expect(await page.getByTestId('import-cancelled').innerText()).toBe('The import was cancelled. Nothing of this file was written; the workspace is as it was.');
    expect(await page.locator('.preview .file-title').innerText()).toContain('负荷曲线-全月.csv');
    expect(await page.getByTestId('kind-select').inputValue()).toBe('interval');
    expect(await page.getByRole('button', { name: 'Import as Interval load' }).isEnabled()).toBe(true);
    await screenshot(page, 'import-cancelled-en');
  });

  it('lists the import as a cancelled job', async () => {
    await page.getByRole('button', { name: 'Jobs' }).click();
    await page.locator('#job-panel .job-row.status-cancelled[data-job-method="import.run"]').waitFor();
    expect(await page.locator('#job-panel .job-row[data-job-method="import.run"]').count()).toBe(2);
    await page.keyboard.press('Escape');
    await page.locator('#job-panel').waitFor({ state: 'detached' });
  });

  it('left the catalog as it was', async () => {
    expect(await catalogLines()).toEqual(before);
  });

  it('ran without script errors', () => {
    expect(app.errors).toEqual([]);
  });
});
