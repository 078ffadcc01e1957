// Imports that fail, as the user sees them in both languages: in the job panel (imports run by
// the command line, kept in the workspace's job history, and one started in the browser) and
// on the Data page (a file that lacks required columns, an import that fails while running).
// Each is said in words, names the file, the kinds and the fields, and says what to do.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { chooseLanguage, launchBrowser, openApp, screenshot, type AppPage } from './browser.js';
import { writeCustomerArchive } from './exports.js';

let host: RunningWebHost;
let browser: Browser;
let app: AppPage;
let page: Page;
let home: string;
let files: string;

beforeAll(async () => {
  home = makeTempDir('workbench-e2e-errors-');
  files = makeTempDir('workbench-e2e-error-files-');
  const workspace = path.join(home, '东区.workbench');
  writeCustomerArchive(path.join(files, '客户档案.csv'), 40);
  // Daily readings without their date column, and bills offered as customers.
  fs.writeFileSync(path.join(files, '日冻结.csv'), '表号,正向有功总示值\r\nM0000000001,1234.5\r\n');
  fs.writeFileSync(path.join(files, '账单.csv'), '户号,电费年月,应收电费,实收电费\r\n3100000001,202403,100,100\r\n');
  // An archive exported with a filter that left nothing: the title line and the header only.
  fs.writeFileSync(path.join(files, '空档案.csv'), 'XX供电公司 用户档案 导出时间：2024-03-05\r\n户号,户名,用电类别,表号\r\n');
  const cli = (kind: string, file: string) => runCli(['import', '--workspace', workspace, '--kind', kind, path.join(files, file)], { home });
  expect((await cli('customers', '客户档案.csv')).code).toBe(0);
  expect((await cli('daily', '日冻结.csv')).code).toBe(1);
  expect((await cli('customers', '账单.csv')).code).toBe(1);
  host = await startWebHost({ home, args: ['--workspace', workspace] });
  browser = await launchBrowser();
  app = await openApp(browser, host.url);
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDirs();
});

/** The job panel's failed jobs, by the file each imported. */
async function failedJobs(): Promise<Map<string, string>> {
  await page.locator('.jobs-toggle').click();
  const rows = page.locator('#job-panel .job-row.status-failed');
  await rows.first().waitFor();
  const byFile = new Map<string, string>();
  for (const row of await rows.all()) byFile.set(await row.locator('.job-label').innerText(), await row.locator('.job-error').innerText());
  return byFile;
}

async function closeJobPanel(): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('#job-panel').waitFor({ state: 'detached' });
}

/** A fresh import wizard (leaving the page drops the one open) with this file picked. */
async function pickFile(name: string): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/data/catalog';
  });
  await page.locator('table.catalog').waitFor();
  await page.evaluate(() => {
    window.location.hash = '#/data/import';
  });
  await page.locator('input[type="file"]').setInputFiles(path.join(files, name));
  await page.locator('.preview[aria-busy="false"]').waitFor();
}

describe('failed imports, in words', () => {
  it('the job panel says why the command line imports failed, and what to do (English)', async () => {
    await chooseLanguage(page, 'en');
    const failed = await failedJobs();
    expect([...failed.keys()].sort()).toEqual(['日冻结.csv', '账单.csv']);
    expect(failed.get('日冻结.csv')).toBe(
      '日冻结.csv cannot be imported as Daily readings: it has no column for Reading date (a column named 数据日期, 冻结日期, 日期, 抄表日期, 采集日期…). ' +
        'Rename the column in the file, or choose its column in the import preview.',
    );
    expect(failed.get('账单.csv')).toBe(
      '账单.csv looks like Bills and payments, not Customer archive. Import it as Bills and payments, or map its columns in the preview.',
    );
    await screenshot(page, 'jobs-failed-en');
    await closeJobPanel();
  });

  it('and in Chinese', async () => {
    await chooseLanguage(page, 'zh-CN');
    const failed = await failedJobs();
    expect(failed.get('日冻结.csv')).toBe(
      '日冻结.csv 不能作为日冻结示值/日电量导入，缺少以下列：冻结日期（表头如 数据日期、冻结日期、日期、抄表日期、采集日期…）。请在文件中修改列名，或在导入预览中为其选择一列。',
    );
    expect(failed.get('账单.csv')).toBe('账单.csv 看起来是电费与缴费数据，而不是客户档案。请作为电费与缴费导入，或在预览中手动映射各列。');
    await screenshot(page, 'jobs-failed-zh');
    await closeJobPanel();
  });

  it('the import preview names the missing column and the headers that would do, and holds the import back', async () => {
    await pickFile('日冻结.csv');
    expect(await page.getByTestId('kind-select').inputValue()).toBe('daily');
    const missing = page.getByTestId('missing-fields');
    expect(await missing.innerText()).toContain('有必填字段没有对应的列。请在下方映射，或检查文件中是否有以下列：');
    expect(await missing.locator('li').allInnerTexts()).toEqual([expect.stringMatching(/^冻结日期（可识别的表头：数据日期、冻结日期、.*）$/)]);
    expect(await page.getByRole('button', { name: '作为日冻结示值/日电量导入' }).isDisabled()).toBe(true);
    // Without the date no row was checked: the problems card says so, not 'no problems'.
    expect(await page.locator('.preview .note.ok').count()).toBe(0);
    expect(await page.locator('section[aria-labelledby="pv-problems"] .note').innerText()).toBe('必填字段都有对应的列之后，才会检查前几行。');
    await screenshot(page, 'import-missing-zh');
    await chooseLanguage(page, 'en');
    await pickFile('日冻结.csv');
    expect(await page.getByTestId('missing-fields').innerText()).toContain('Required fields are not mapped. Map them below, or check that the file has these columns:');
    expect(await page.getByTestId('missing-fields').locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Reading date \(accepted headers: 数据日期, 冻结日期, .*\)$/),
    ]);
    expect(await page.getByRole('button', { name: 'Import as Daily readings' }).isDisabled()).toBe(true);
    expect(await page.locator('section[aria-labelledby="pv-problems"] .note').innerText()).toBe(
      'The first rows are checked once every required field has a column.',
    );
    await screenshot(page, 'import-missing-en');
  });

  it('a file with a header and no rows under it is said to be so, and cannot be imported', async () => {
    for (const [language, text, button] of [
      ['zh-CN', '空档案.csv 只有表头（第 2 行），下面没有数据行。请确认导出已完成、导出时没有把数据全部筛掉，然后重新导出。', '作为客户档案导入'],
      ['en', '空档案.csv has a header (row 2) but no data rows under it. Check that the export finished and was not filtered to nothing, then export the file again.', 'Import as Customer archive'],
    ] as const) {
      await chooseLanguage(page, language);
      await pickFile('空档案.csv');
      await expect(page.locator('.preview .note.error[data-error-code="import.no_rows"] .note-main').innerText()).resolves.toBe(text);
      // Not 'no problems in the first 0 rows': there are no rows to check.
      expect(await page.locator('.preview .note.ok').count()).toBe(0);
      expect(await page.getByRole('button', { name: button }).isDisabled()).toBe(true);
    }
    await screenshot(page, 'import-no-rows-en');
  });

  it('a kind chosen by hand that the file does not fit names the kind it does fit, one click away', async () => {
    // Bills offered as the archive: the customer number alone would make customer records of
    // them, and the wizard's import (which always gives a mapping) would go ahead.
    for (const [language, looks, button] of [
      ['zh-CN', '这个文件看起来是电费与缴费数据。', '改为作为电费与缴费导入'],
      ['en', 'This file looks like Bills and payments data.', 'Import as Bills and payments instead'],
    ] as const) {
      await chooseLanguage(page, language);
      await pickFile('账单.csv');
      expect(await page.getByTestId('kind-select').inputValue()).toBe('bills');
      expect(await page.getByTestId('fitting-kind').count()).toBe(0);
      await page.getByTestId('kind-select').selectOption('customers');
      const fitting = page.getByTestId('fitting-kind');
      await fitting.waitFor();
      expect(await fitting.locator('span').innerText()).toBe(looks);
      await fitting.getByRole('button', { name: button }).click();
      await fitting.waitFor({ state: 'detached' });
      expect(await page.getByTestId('kind-select').inputValue()).toBe('bills');
      // Amounts are in yuan, said in the user's language.
      await page.locator('.preview[aria-busy="false"]').waitFor();
      expect(await page.locator('tr[data-field="billed"] .field-unit').innerText()).toContain(language === 'zh-CN' ? '（元）' : '(yuan)');
    }
  });

  it('an import that fails while it runs says why on the Data page and in the job panel', async () => {
    await pickFile('客户档案.csv');
    expect(await page.getByTestId('missing-fields').count()).toBe(0);
    // The file changes between its preview and its import: re-exported without the customer number.
    const uploads = path.join(home, 'uploads');
    const uploaded = fs
      .readdirSync(uploads)
      .map((folder) => path.join(uploads, folder, '客户档案.csv'))
      .filter((file) => fs.existsSync(file));
    expect(uploaded.length).toBeGreaterThan(0);
    for (const file of uploaded) fs.writeFileSync(file, '用户名称,用电地址\r\n张三,江城市东区1号\r\n');
    await page.getByRole('button', { name: 'Import as Customer archive' }).click();
    const note = page.locator('.run-step .note.error[data-error-code="import.bad_mapping"]');
    await note.waitFor();
    const expected =
      'The column mapping does not fit this file (Customer number): a column it names is not in the file. ' +
      'Choose the columns again in the import preview, or use a template made for files like this one.';
    expect(await note.locator('.note-main').innerText()).toBe(expected);
    await page.getByRole('button', { name: 'Back to the preview' }).waitFor();
    await screenshot(page, 'import-failed-en');
    expect((await failedJobs()).get('客户档案.csv')).toBe(expected);
    await closeJobPanel();
    await chooseLanguage(page, 'zh-CN');
    expect((await failedJobs()).get('客户档案.csv')).toBe(
      '列映射与此文件不符（户号）：映射中的某一列在文件中不存在。请在导入预览中重新选择各列，或使用适合此类文件的映射模板。',
    );
    await closeJobPanel();
  });

  it('ran without script errors', () => {
    expect(app.errors).toEqual([]);
  });
});
