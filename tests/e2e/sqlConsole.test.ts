// The SQL console on a small demo, as a power user reads it in Chinese: a query's result in the
// table with masked names, the refusal of a statement that writes, a refusal to filter on a
// personal column, and the whole result exported to CSV. Screenshots in both languages.
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
  files = makeTempDir('workbench-e2e-sql-');
  session = await openDemoSession('sql', 120, 60);
  ({ app, page } = session);
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const editor = () => page.getByTestId('sql-editor');
const resultRows = () => page.locator('[data-testid="sql-result"] .vtable-body [role="row"]');

describe('SQL console', () => {
  it('runs a query in the Chinese interface and shows the result with masked names', async () => {
    await chooseLanguage(page, 'zh-CN');
    await page.getByRole('link', { name: '查询分析' }).click();
    await page.getByRole('tab', { name: 'SQL 控制台' }).click();
    await editor().fill('SELECT customer_id, name, category FROM customers ORDER BY customer_id LIMIT 5');
    await editor().press('Control+Enter');
    await expect.poll(() => page.getByTestId('sql-status').innerText().catch(() => '')).toContain('5 行');
    expect(await page.getByTestId('sql-status').innerText()).toContain('已脱敏：name');
    expect(await resultRows().count()).toBe(5);
    const name = await resultRows().first().locator('[role="cell"]').nth(1).innerText();
    expect(name).toContain('*');
    // Sorted by a click on the header: descending customer numbers on the second click.
    const header = page.locator('[data-testid="sql-result"] [role="columnheader"]').first().getByRole('button');
    await header.click();
    await header.click();
    const first = await resultRows().first().locator('[role="cell"]').first().innerText();
    const ids = await page.locator('[data-testid="sql-result"] .vtable-body [role="row"] [role="cell"]:first-child').allInnerTexts();
    expect(first).toBe([...ids].sort().reverse()[0]);
    await screenshot(page, 'sql-console-zh');
  });

  it('refuses a statement that writes, and a filter on a personal column', async () => {
    await editor().fill('DELETE FROM bills');
    await page.getByTestId('sql-run').click();
    const error = page.locator('[data-error-code="sql.not_read_only"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('只能运行一条 SELECT 语句');
    await editor().fill(`SELECT customer_id FROM customers WHERE phone LIKE '13%'`);
    await page.getByTestId('sql-run').click();
    await page.locator('[data-error-code="sql.personal_data"]').waitFor();
    expect(await page.locator('[data-error-code="sql.personal_data"]').innerText()).toContain('customers.phone');
  });

  it('exports the whole result to CSV', async () => {
    await chooseLanguage(page, 'en');
    await editor().fill('SELECT customer_id, name, category FROM customers ORDER BY customer_id');
    await page.getByTestId('sql-run').click();
    await expect.poll(() => page.getByTestId('sql-status').innerText().catch(() => '')).toContain('120 rows');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sql-export-csv').click()]);
    const file = path.join(files, 'result.csv');
    await download.saveAs(file);
    const [header, ...lines] = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe('customer_id,name,category');
    expect(lines).toHaveLength(120);
    expect(lines.every((line) => line.split(',')[1]!.includes('*'))).toBe(true);
    await screenshot(page, 'sql-console-en');
    expect(app.errors).toEqual([]);
  });
});
