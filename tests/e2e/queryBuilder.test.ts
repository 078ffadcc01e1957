// The query builder as an analyst uses it on a small demo: consumption by month × usage category
// built from the pickers, seen as a table (with its totals), a pivot and a chart; saved as a view,
// reopened from the saved views as it was saved, exported to Excel (the pivot as laid out); read
// in Chinese. Screenshots in both languages.
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, paintedPixels, screenshot } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

let session: DemoSession;
let page: Page;
let files: string;
const VIEW = 'Consumption by month and category';

beforeAll(async () => {
  files = makeTempDir('workbench-e2e-query-');
  session = await openDemoSession('query', 200, 120);
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const rowCount = () => page.getByTestId('qb-row-count').innerText();

describe('query builder', () => {
  it('builds consumption by month x category and shows it as a table, a pivot and a chart', async () => {
    await chooseLanguage(page, 'en');
    await page.getByRole('link', { name: 'Query' }).click();
    await page.getByRole('tab', { name: 'Query builder' }).click();
    await page.getByText('Choose what to count').waitFor();
    await page.getByRole('searchbox', { name: 'Search measures' }).fill('consum');
    await page.locator('[data-measure="consumption_kwh"]').check();
    // Ticket channel does not go with consumption: offered, but not choosable.
    expect(await page.locator('[data-testid="qb-add-dimension"] option[value="ticket_channel"]').isDisabled()).toBe(true);
    await page.getByTestId('qb-add-dimension').selectOption('month');
    await page.getByTestId('qb-add-dimension').selectOption('category');
    await expect.poll(rowCount, { timeout: 15_000 }).toMatch(/^\d+ rows$/);
    const rows = Number((await rowCount()).split(' ')[0]);
    expect(rows).toBeGreaterThan(8);
    expect(await page.getByTestId('qb-table').getByRole('columnheader').allInnerTexts()).toEqual(['Month', 'Usage category', 'Consumption (kWh)']);
    expect(await page.getByTestId('qb-table-total').innerText()).toMatch(/^Total/);
    await page.getByTestId('qb-table-filter').fill('Residential');
    await expect.poll(() => page.locator('[data-testid="qb-table"] .vtable-body [role="row"]').count()).toBeLessThan(rows);

    await page.getByTestId('qb-layout-pivot').click();
    const pivot = page.getByTestId('qb-pivot');
    await pivot.waitFor();
    expect(await pivot.locator('thead th').allInnerTexts()).toContain('Residential');
    expect(await page.getByTestId('qb-pivot-total').locator('th').innerText()).toBe('Total');
    await screenshot(page, 'query-builder-pivot-en');

    await page.getByTestId('qb-layout-chart').click();
    await page.getByTestId('qb-chart-kind').selectOption('stacked');
    await expect.poll(() => paintedPixels(page, '[data-testid="qb-chart"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    await screenshot(page, 'query-builder-chart-en');
  });

  it('saves the query as a view and reopens it from the saved views as it was', async () => {
    await page.getByTestId('qb-save-as').click();
    await page.getByTestId('qb-view-name').fill(VIEW);
    await page.getByTestId('qb-view-save').click();
    await expect.poll(() => page.getByTestId('qb-saved').innerText().catch(() => ''), { timeout: 15_000 }).toBe(`Saved as view “${VIEW}”.`);

    await page.getByRole('tab', { name: 'Saved views' }).click();
    const table = page.getByTestId('views-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(1);
    await screenshot(page, 'query-views-en');
    await page.getByRole('button', { name: `Open ${VIEW}` }).click();
    await page.getByTestId('qb-opened').waitFor();
    expect(await page.getByTestId('qb-opened').innerText()).toBe(`View: ${VIEW}`);
    expect(await page.locator('[data-measure="consumption_kwh"]').isChecked()).toBe(true);
    expect(await page.getByTestId('qb-dimensions').locator('.chip-text').allInnerTexts()).toEqual(['Month', 'Usage category']);
    expect(await page.getByTestId('qb-chart-kind').inputValue()).toBe('stacked');
    await expect.poll(() => paintedPixels(page, '[data-testid="qb-chart"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
  });

  it('exports the pivot to Excel as laid out', async () => {
    await page.getByTestId('qb-layout-pivot').click();
    await page.getByTestId('qb-pivot').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('qb-export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/^query-Consumption-by-month-and-category.*\.xlsx$/);
    const file = path.join(files, 'query.xlsx');
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const [data, info] = book.worksheets;
    const header = (data!.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe('Month');
    expect(header).toContain('Residential · Consumption (kWh)');
    expect(info!.getSheetValues().flat().join(' ')).toContain(VIEW);
  });

  it('renames a view (a taken name refused in words) and deletes one after confirming', async () => {
    await page.getByRole('tab', { name: 'Query builder' }).click();
    await page.getByTestId('qb-save-as').click();
    await page.getByTestId('qb-view-name').fill('Second view');
    await page.getByTestId('qb-view-save').click();
    await page.getByTestId('qb-saved').waitFor();
    await page.getByRole('tab', { name: 'Saved views' }).click();
    await expect.poll(() => page.getByTestId('views-table').locator('tbody tr').count()).toBe(2);
    await page.getByRole('button', { name: 'Rename Second view' }).click();
    await page.getByTestId('view-new-name').fill(VIEW);
    await page.getByTestId('view-rename-save').click();
    await expect.poll(() => page.locator('dialog [data-error-code]').getAttribute('data-error-code')).toBe('views.name_taken');
    expect(await page.locator('dialog [data-error-code]').innerText()).toContain(`A saved view is already called “${VIEW}”`);
    await page.getByTestId('view-new-name').fill('Second view, renamed');
    await page.getByTestId('view-rename-save').click();
    await page.getByRole('button', { name: 'Open Second view, renamed' }).waitFor();
    await page.getByRole('button', { name: 'Delete Second view, renamed' }).click();
    await page.getByTestId('confirm-delete').click();
    await expect.poll(() => page.getByTestId('views-table').locator('tbody tr').count()).toBe(1);
    await page.getByRole('button', { name: `Open ${VIEW}` }).click();
    await page.getByTestId('qb-opened').waitFor();
  });

  it('reads in Chinese', async () => {
    await chooseLanguage(page, 'zh-CN');
    // Back on the saved view, shown as it was saved (a chart): its pivot, in Chinese.
    await page.getByTestId('qb-chart').waitFor();
    await page.getByRole('radio', { name: '透视表' }).click();
    await page.getByTestId('qb-pivot').waitFor();
    expect(await page.getByTestId('qb-pivot').locator('thead th').allInnerTexts()).toContain('居民生活');
    expect(await page.getByTestId('qb-pivot-total').locator('th').innerText()).toBe('合计');
    await screenshot(page, 'query-builder-pivot-zh');
    await page.getByRole('tab', { name: '已存视图' }).click();
    await page.getByTestId('views-table').waitFor();
    await screenshot(page, 'query-views-zh');
  });
});
