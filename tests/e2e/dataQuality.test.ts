// The Data page's quality tab on a small demo: run the check (progress, then the figures), open
// a figure's rows, sort them, and export them to Excel; read in Chinese. Screenshots in both languages.
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
  files = makeTempDir('workbench-e2e-quality-');
  session = await openDemoSession('quality', 200, 90);
  ({ app, page } = session);
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

describe('data quality', () => {
  it('runs the check and drills down from a figure to its rows', async () => {
    await chooseLanguage(page, 'en');
    await page.getByRole('link', { name: 'Data' }).click();
    await page.getByRole('tab', { name: 'Data quality' }).click();
    await page.getByText('Not checked yet').waitFor();
    await page.getByTestId('quality-run').click();
    await page.getByTestId('quality-figures').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('quality-checked').innerText()).toMatch(/^Checked .* findings\.$/);
    // The demo's curves have gaps: a figure of missing intervals, with its rows.
    const figure = page.locator('[data-testid="quality-figures"] tr[data-kind="interval"][data-code="missing_points"]');
    const count = Number((await figure.getByTestId('quality-figure').innerText()).replace(/,/g, ''));
    expect(count).toBeGreaterThan(0);
    await figure.getByTestId('quality-figure').click();
    const rows = page.locator('[data-testid="quality-rows"] tbody tr');
    await expect.poll(() => rows.count()).toBe(Math.min(count, 100));
    // Sorted by value, most missing points first.
    await page.locator('[data-testid="quality-rows"] th').nth(2).getByRole('button').click();
    const values = (await page.locator('[data-testid="quality-rows"] tbody tr td:nth-child(3)').allInnerTexts()).map(Number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBeGreaterThan(0);
    await screenshot(page, 'data-quality-en');
  });

  it("exports a figure's rows to Excel", async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('quality-export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^data-quality-interval-missing_points.*\.xlsx$/);
    const file = path.join(files, 'findings.xlsx');
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('reads in Chinese', async () => {
    await chooseLanguage(page, 'zh-CN');
    await page.getByTestId('quality-figures').waitFor();
    expect(await page.getByTestId('quality-checked').innerText()).toContain('检查');
    expect(await page.getByTestId('quality-figures').innerText()).toContain('负荷曲线有缺点的日');
    await screenshot(page, 'data-quality-zh');
    expect(app.errors).toEqual([]);
  });
});
