// A user's first import, end to end in the browser: create a workspace, upload a GBK CSV
// with Chinese headers and faulty rows, check the preview, leave a recognised column out (kept
// in a template), see and export the quarantined rows, import a year of daily readings while
// watching the progress, and find the counts in the catalog and history.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGbk } from '../helpers/gbk.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { chooseLanguage, launchBrowser, openApp, screenshot, type AppPage } from './browser.js';
import { gateEngineEvents, type EngineEvent, type EventGate } from './eventGate.js';
import { writeCustomerArchive, writeDailyReadings, type ArchiveFile, type ReadingsFile } from './exports.js';

let host: RunningWebHost;
let browser: Browser;
let app: AppPage;
let page: Page;
let files: string;
let archive: ArchiveFile;
let readings: ReadingsFile;
let events: EventGate;

beforeAll(async () => {
  const home = makeTempDir('workbench-e2e-import-');
  files = makeTempDir('workbench-e2e-files-');
  archive = writeCustomerArchive(path.join(files, '客户档案.csv'), 200);
  // A year of 150 meters (and one the archive lacks): 55,266 rows, 1.6 MB. The engine reports
  // its progress as it reads the file a block at a time, so a file of a few blocks shows the
  // bar part-way; a small one would go from nothing to done.
  readings = writeDailyReadings(path.join(files, '日冻结示值.csv'), archive.meters.slice(0, 150), 366);
  host = await startWebHost({ home, args: ['--no-demo'] });
  browser = await launchBrowser();
  app = await openApp(browser, host.url, {
    beforeLoad: async (p) => {
      events = await gateEngineEvents(p);
    },
  });
  page = app.page;
  await chooseLanguage(page, 'en');
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDirs();
});

/** An import's progress report from part-way through the file: neither its start nor its end. */
const importPartWay = ({ event, payload }: EngineEvent) =>
  event === 'job.progress' && payload.method === 'import.run' && Number(payload.fraction) > 0 && Number(payload.fraction) < 1;

const count = (key: string) => page.locator(`[data-count="${key}"] .count-value`).innerText();

describe('importing export files in the browser', () => {
  it('creates a workspace', async () => {
    await expect(page.locator('.no-workspace h1').innerText()).resolves.toBe('No workspace open');
    await page.getByLabel('Name').fill('东区 E2E');
    await page.getByLabel('Name').press('Enter');
    await page.locator('.workspace-name', { hasText: '东区 E2E' }).waitFor();
    expect(await page.locator('.badge.demo').count()).toBe(0);
  });

  it('previews a GBK customer archive with Chinese headers', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/data/import';
    });
    await page.locator('input[type="file"]').setInputFiles(path.join(files, '客户档案.csv'));
    await page.locator('.preview .card').first().waitFor();
    await page.locator('.preview[aria-busy="false"]').waitFor();
    expect(await page.getByTestId('kind-select').inputValue()).toBe('customers');
    expect(await page.getByLabel('Text encoding').inputValue()).toBe('gb18030');
    // Chinese headers matched to fields; the first rows read correctly from GBK.
    expect(await page.locator('#map-customer').inputValue()).toBe('0');
    await expect(page.locator('.sample thead').innerText()).resolves.toContain('户号');
    await expect(page.locator('.sample tbody').innerText()).resolves.toContain('江城市东区');
    // The sample's faulty rows are named before anything is imported.
    const problems = await page.locator('table.problems tbody tr').allInnerTexts();
    expect(problems.length).toBe(archive.bad.length);
    expect(problems.join('\n')).toContain('合同容量');
    await screenshot(page, 'import-preview-en');
  });

  it('leaves out a recognised optional column, and keeps that in a template', async () => {
    const phone = page.locator('#map-phone');
    expect(await phone.inputValue()).toBe('3');
    await phone.selectOption({ label: '— do not import —' });
    // The engine's new preview no longer detects the phone column from its header.
    await expect.poll(() => phone.inputValue()).toBe('');
    await page.locator('.preview[aria-busy="false"]').waitFor();
    expect(await page.locator('tr[data-field="phone"] .sample-value').innerText()).toBe('');
    expect(await page.locator('#map-address').inputValue()).toBe('2');
    expect(await page.getByTestId('missing-fields').count()).toBe(0);
    await page.getByLabel('Save mapping as').fill('客户档案不含电话');
    await page.getByLabel('Save mapping as').press('Enter');
    await page.locator('.template-bar .chip', { hasText: '客户档案不含电话' }).waitFor();
  });

  it('imports it and shows the quarantined rows', async () => {
    await page.getByRole('button', { name: 'Import as Customer archive' }).click();
    await page.getByTestId('import-result').waitFor();
    expect(await count('rowsRead')).toBe(String(archive.rows));
    expect(await count('imported')).toBe(String(archive.rows - archive.bad.length));
    expect(await count('quarantined')).toBe(String(archive.bad.length));

    const quarantined = page.locator('.quarantine table tbody tr');
    await quarantined.first().waitFor();
    expect(await quarantined.count()).toBe(archive.bad.length);
    const rows = await quarantined.allInnerTexts();
    for (const fault of archive.bad) {
      // Spreadsheet row numbers: the header is row 1.
      expect(rows.some((text) => text.startsWith(String(fault.row + 1)) && text.includes(fault.column))).toBe(true);
    }
    await screenshot(page, 'import-result-en');
  });

  it('exports the quarantined rows to Excel', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = path.join(files, download.suggestedFilename());
    await download.saveAs(saved);
    // An XLSX file is a ZIP archive.
    expect(fs.readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('imports a year of daily readings with a progress bar, and reports the meter the archive lacks', async () => {
    await page.getByRole('button', { name: 'Import more files' }).click();
    await page.locator('input[type="file"]').setInputFiles(path.join(files, '日冻结示值.csv'));
    await page.locator('.preview[aria-busy="false"]').waitFor();
    expect(await page.getByTestId('kind-select').inputValue()).toBe('daily');
    // Every change asks for a new preview: with the first data row taken as the header, the
    // file's columns no longer fit; back on row 1, they do again.
    await page.getByLabel('Header row').fill('2');
    await page.locator('.preview[aria-busy="false"] .sample thead', { hasText: 'M0000000001' }).waitFor();
    await page.getByLabel('Header row').fill('1');
    await page.locator('.preview[aria-busy="false"] .sample thead', { hasText: '冻结日期' }).waitFor();
    expect(await page.getByTestId('missing-fields').count()).toBe(0);
    // The mapping is saved as a template for next month's file.
    await page.getByLabel('Save mapping as').fill('采集系统日冻结');
    await page.getByLabel('Save mapping as').press('Enter');
    await page.locator('.template-bar .chip', { hasText: '采集系统日冻结' }).waitFor();
    // The engine's events wait after its first report from part-way, so the bar can be read.
    const partWay = events.holdAfter(importPartWay);
    await page.getByRole('button', { name: 'Import as Daily readings' }).click();
    // Without such a report the import ends unseen: the result page comes instead.
    const shown = await Promise.race([partWay, page.getByTestId('import-result').waitFor().then(() => null)]);
    expect(shown, 'a progress report from part-way through the file').not.toBeNull();
    const { payload } = shown!;
    const percent = Math.round(Number(payload.fraction) * 100);
    expect(percent).toBeGreaterThan(0);
    expect(percent).toBeLessThan(100);
    const bar = page.locator('.run-step .progress');
    await bar.locator(`[role="progressbar"][aria-valuenow="${percent}"]`).waitFor();
    expect(await bar.innerText()).toContain(`${Number(payload.done).toLocaleString('en')} rows`);
    events.release();
    await page.getByTestId('import-result').waitFor();
    expect(await count('rowsRead')).toBe(readings.rows.toLocaleString('en'));
    expect(await count('quarantined')).toBe(String(readings.bad.length));
    const unmatched = Number((await count('unmatched')).replace(/,/g, ''));
    expect(unmatched).toBeGreaterThanOrEqual(1);
    // The count as the cards write it, and the verb agreeing with it.
    await expect(page.locator('.result-step .note.warn').innerText()).resolves.toBe(
      unmatched === 1
        ? '1 meter or customer has no entry in the customer archive. Its data was kept; import the archive to link it.'
        : `${unmatched.toLocaleString('en')} meters or customers have no entry in the customer archive. Their data was kept; import the archive to link it.`,
    );
  });

  it('shows the counts in the catalog', async () => {
    await page.getByRole('button', { name: 'See the catalog' }).click();
    const customers = page.locator('tr[data-kind="customers"] [data-field="rows"]');
    await customers.waitFor();
    expect(await customers.innerText()).toBe(String(archive.rows - archive.bad.length));
    expect(await page.locator('tr[data-kind="daily"] [data-field="rows"]').innerText()).not.toBe('0');
    expect(await page.locator('tr[data-kind="daily"]').innerText()).toContain('2024');
    await screenshot(page, 'catalog-en');
  });

  it('keeps each import and its quarantine in the history', async () => {
    await page.getByRole('tab', { name: 'Import history' }).click();
    const history = page.locator('table[aria-label="Import history"] tbody tr');
    await history.first().waitFor();
    expect(await history.count()).toBe(2);
    await history.filter({ hasText: '客户档案.csv' }).getByRole('button', { name: 'Quarantined rows' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.locator('.quarantine table tbody tr').first().waitFor();
    expect(await dialog.locator('.quarantine table tbody tr').count()).toBe(archive.bad.length);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('exports the quarantined rows with their reasons in Chinese for a Chinese reader', async () => {
    await chooseLanguage(page, 'zh-CN');
    await page.evaluate(() => {
      window.location.hash = '#/data/history';
    });
    const history = page.locator('table[aria-label="导入记录"] tbody tr');
    await history.filter({ hasText: '客户档案.csv' }).getByRole('button', { name: '隔离行' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.locator('.quarantine table tbody tr').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '导出到 Excel' }).click()]);
    const saved = path.join(files, `zh-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('隔离行');
    const reasons = sheet.getColumn(sheet.columnCount).values.slice(2).map(String);
    expect(reasons).toHaveLength(archive.bad.length);
    // The capacity written in words is named with its cell; no English words left.
    expect(reasons).toContain('不是有效数字：五十');
    expect(reasons.join('\n')).not.toMatch(/[a-z]{4}/);
    await chooseLanguage(page, 'en');
  });

  it('lists the imports as finished jobs', async () => {
    await page.getByRole('button', { name: 'Jobs' }).click();
    const finished = page.locator('#job-panel .job-row.status-succeeded[data-job-method="import.run"]');
    await finished.nth(1).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#job-panel').waitFor({ state: 'detached' });
  });

  it('imported the archive without the column left out', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/data/browse/customers';
    });
    const rows = page.locator('.vtable-body [role="row"]');
    await rows.first().locator('[role="cell"]').first().filter({ hasText: /\S/ }).waitFor();
    const headers = await page.locator('.vtable-head [role="columnheader"]').allInnerTexts();
    // Personal columns carry a mark after their name.
    const phone = headers.findIndex((text) => text.startsWith('Phone'));
    const address = headers.findIndex((text) => text.startsWith('Service address'));
    expect(phone).toBeGreaterThanOrEqual(0);
    const column = (index: number) => page.locator(`.vtable-body [role="row"] [role="cell"]:nth-child(${index + 1})`).allInnerTexts();
    // Masked personal data, but there: the address was imported, the phone was not.
    expect((await column(address)).some((text) => text.trim() !== '')).toBe(true);
    expect((await column(phone)).every((text) => text.trim() === '')).toBe(true);
  });

  it('re-imports the same archive in Chinese: nothing is duplicated, unchanged rows are skipped', async () => {
    await chooseLanguage(page, 'zh-CN');
    await page.evaluate(() => {
      window.location.hash = '#/data/import';
    });
    await page.locator('input[type="file"]').setInputFiles(path.join(files, '客户档案.csv'));
    await page.locator('.preview[aria-busy="false"]').waitFor();
    // Without the template the phone column is recognised again; the template leaves it out.
    expect(await page.locator('#map-phone').inputValue()).toBe('3');
    await page.locator('.template-bar .chip', { hasText: '客户档案不含电话' }).getByRole('button', { name: '客户档案不含电话', exact: true }).click();
    await expect.poll(() => page.locator('#map-phone').inputValue()).toBe('');
    await page.locator('.preview[aria-busy="false"]').waitFor();
    expect(await page.locator('#map-phone option:checked').innerText()).toBe('— 不导入 —');
    await screenshot(page, 'import-preview-zh');
    await page.getByRole('button', { name: '作为客户档案导入' }).click();
    await page.getByTestId('import-result').waitFor();
    expect(await count('imported')).toBe('0');
    expect(await count('skipped')).toBe(String(archive.rows - archive.bad.length));
    expect(await count('quarantined')).toBe(String(archive.bad.length));
    await screenshot(page, 'import-result-zh');
    await page.getByRole('button', { name: '查看数据目录' }).click();
    const customers = page.locator('tr[data-kind="customers"] [data-field="rows"]');
    await customers.waitFor();
    expect(await customers.innerText()).toBe(String(archive.rows - archive.bad.length));
    await screenshot(page, 'catalog-zh');
  });

  it('names the unit a curve file is read in beside its values: kWh for a half-hourly energy export', async () => {
    // 表号, 数据时间, 电量(kWh): a long export of energy per half hour, as collection systems write it.
    const lines = ['表号,数据时间,电量(kWh)'];
    for (let i = 0; i < 48; i++) lines.push(`${archive.meters[0]},2024-03-01 ${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}:00,0.${i + 10}`);
    fs.writeFileSync(path.join(files, '半小时电量.csv'), encodeGbk(lines.join('\r\n')));
    await page.evaluate(() => {
      window.location.hash = '#/data/import';
    });
    await page.locator('input[type="file"]').setInputFiles(path.join(files, '半小时电量.csv'));
    await page.locator('.preview[aria-busy="false"]').waitFor();
    expect(await page.getByTestId('kind-select').inputValue()).toBe('interval');
    expect(await page.locator('tr[data-field="value"] .field-unit').innerText()).toBe('（kWh）');
  });

  it('ran without script errors', () => {
    expect(app.errors).toEqual([]);
  });
});
