// The Customers page on a small demo workspace, as a marketing analyst uses it: segment the
// customers with curves by load shape and read the clusters, open a customer's 360 and show its
// personal fields on purpose, compute time-of-use and demand-response recommendations, save a
// target list and export it as CSV. The page read in Chinese too. Screenshots in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, paintedPixels, screenshot, type AppPage } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

let session: DemoSession;
let app: AppPage;
let page: Page;
let files: string;

beforeAll(async () => {
  files = makeTempDir('workbench-e2e-customers-files-');
  // 400 customers over 120 days: about 60 with interval curves, enough for clusters per category.
  session = await openDemoSession('customers', 400, 120);
  ({ app, page } = session);
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const tab = (name: string) => page.getByRole('tab', { name, exact: true });

describe('customers', () => {
  it('segments the customers by load shape and shows the clusters with their criterion', async () => {
    await chooseLanguage(page, 'en');
    await page.getByRole('link', { name: 'Customers' }).click();
    await tab('Segments').click();
    await page.getByText('No segmentation yet').waitFor();
    await page.getByTestId('segments-run').click();
    await page.getByTestId('segments-summary').waitFor({ timeout: 60_000 });
    const clusters = page.locator('[data-testid="segment-clusters"] tbody tr');
    expect(await clusters.count()).toBeGreaterThan(0);
    await expect.poll(() => paintedPixels(page, '[data-chart="segments-centroids"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    // A cluster's customers, most typical first.
    await clusters.first().getByRole('button').click();
    await page.getByTestId('cluster-customers').waitFor();
    expect(await page.locator('[data-testid="cluster-customers"] tbody tr').count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await screenshot(page, 'customers-segments-en');
  });

  it("opens a customer's 360 with personal fields masked until shown on purpose", async () => {
    const member = page.locator('[data-testid="cluster-customers"] tbody tr').first().getByRole('button');
    const customer = (await member.innerText()).trim();
    await member.click();
    const view = page.getByTestId('customer-360');
    await view.waitFor();
    expect(await page.getByRole('heading', { name: `Customer ${customer}` }).count()).toBe(1);
    const name = () => view.locator('[data-testid="c360-archive"] dd').first().innerText();
    const masked = await name();
    expect(masked).toContain('*');
    await page.getByTestId('c360-unmask').click();
    await page.getByTestId('c360-mask').waitFor();
    expect(await name()).not.toContain('*');
    // The segment just run is among its scores; its load shape is drawn.
    expect(await page.getByTestId('c360-scores').innerText()).toMatch(/cluster \d/);
    await expect.poll(() => paintedPixels(page, '[data-chart="c360-shape"] canvas'), { timeout: 10_000 }).toBeGreaterThan(1000);
    await page.getByTestId('c360-mask').click();
    await page.getByTestId('c360-unmask').waitFor();
    expect(await name()).toBe(masked);
    await screenshot(page, 'customers-360-en');
  });

  it('computes time-of-use savings and demand response under typed prices', async () => {
    await tab('Recommendations').click();
    const rows = page.locator('[data-testid="recommendations"] tbody tr');
    await rows.first().waitFor();
    const before = await page.getByTestId('recs-count').innerText();
    await page.getByTestId('price-peak').fill('1.5');
    await page.getByTestId('price-flat').fill('0.6');
    await page.getByTestId('price-valley').fill('0.3');
    await page.getByTestId('price-shiftShare').fill('40');
    await page.getByTestId('recs-compute').click();
    await expect.poll(() => page.getByTestId('recs-count').innerText()).not.toBe(before);
    expect(await page.getByTestId('recs-count').innerText()).toContain('40 %');
    expect(await rows.first().locator('td').nth(8).innerText()).toMatch(/¥/);
    expect(await rows.first().locator('.current-tariff').count()).toBe(1);
    await page.getByTestId('recs-category').selectOption('commercial');
    await expect.poll(async () => [...new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.children[2]!.textContent)))]).toEqual(['Commercial']);
    await page.getByRole('button', { name: 'DR potential' }).click();
    await expect.poll(() => page.locator('[data-testid="recommendations"] th[aria-sort="descending"]').innerText()).toContain('DR potential');
    await screenshot(page, 'customers-recommendations-en');
  });

  it('saves a target list and exports it as CSV', async () => {
    await tab('Target lists').click();
    await page.getByText('No target lists yet').waitFor();
    await page.getByTestId('list-name').fill('Evening peak TOU offer');
    await page.getByTestId('list-min-saving').fill('-100000');
    await page.getByTestId('list-save').click();
    const members = page.getByTestId('list-members');
    await members.waitFor({ timeout: 30_000 });
    // The list's frame shows before its first page of members has come.
    await page.locator('[data-testid="list-member-rows"] tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="list-member-rows"] tbody tr').first().locator('td').last().innerText()).toContain('Time-of-use saving: ');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('list-export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const saved = path.join(files, 'list.csv');
    await download.saveAs(saved);
    const lines = fs.readFileSync(saved, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toContain('Customer');
    expect(lines.length).toBeGreaterThan(1);
    await screenshot(page, 'customers-lists-en');
  });

  it('reads in Chinese', async () => {
    await chooseLanguage(page, 'zh-CN');
    await tab('分群').click();
    await page.getByRole('heading', { name: '按负荷形态对客户分群' }).waitFor();
    await expect.poll(() => paintedPixels(page, '[data-chart="segments-centroids"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    await page.waitForTimeout(500);
    await screenshot(page, 'customers-segments-zh');
    await tab('目标名单').click();
    await page.getByRole('button', { name: 'Evening peak TOU offer', exact: true }).click();
    await page.getByTestId('list-members').waitFor();
    expect(await page.locator('[data-testid="list-member-rows"] tbody tr').first().locator('td').last().innerText()).toContain('：');
    await screenshot(page, 'customers-lists-zh');
    await tab('客户全景').click();
    await page.locator('[data-testid="customer-results"] tbody tr').first().getByRole('button').click();
    await page.getByTestId('customer-360').waitFor();
    await screenshot(page, 'customers-360-zh');
    expect(app.errors).toEqual([]);
  });

  it('deletes a saved list once confirmed', async () => {
    await tab('目标名单').click();
    await page.getByTestId('list-delete').click();
    await page.getByRole('dialog').getByText('Evening peak TOU offer').waitFor();
    await page.getByTestId('confirm-delete').click();
    await page.getByText('还没有目标名单').waitFor();
    expect(await page.getByTestId('list-members').count()).toBe(0);
  });
});
