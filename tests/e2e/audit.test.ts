// Administration › Audit log in the web host: a customer unmasked on purpose in the 360 is listed
// (who, the action in words, the customer), Verify chain says intact, the action filter narrows
// the table, the log exports to Excel; read in Chinese.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, screenshot } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

let session: DemoSession;
let page: Page;

beforeAll(async () => {
  session = await openDemoSession('audit', 50, 14);
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const go = (hash: string) =>
  page.evaluate((h) => {
    window.location.hash = h;
  }, hash);

describe('the Audit log tab', () => {
  it('lists an unmasking made in the customer 360 and says the chain is intact', async () => {
    await chooseLanguage(page, 'en');
    await go('#/customers/search');
    const first = page.locator('[data-testid="customer-results"] tbody tr').first().getByRole('button').first();
    const customer = (await first.innerText()).trim();
    await first.click();
    await page.getByTestId('customer-360').waitFor();
    await page.getByTestId('c360-unmask').click();
    await page.getByTestId('c360-mask').waitFor();

    await go('#/admin/audit');
    await page.getByTestId('audit-tab').waitFor();
    const rows = page.getByTestId('audit-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const unmasking = page.locator('[data-testid="audit-row"][data-action="unmask"]').first();
    expect(await unmasking.innerText()).toContain('Unmasking');
    expect(await unmasking.innerText()).toContain(customer);
    expect(await unmasking.innerText()).toContain('customers.get');

    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verify-result').textContent()).toMatch(/^Chain intact: \d+ entr(y|ies) checked\.$/);

    await page.getByTestId('audit-filter-action').selectOption('unmask');
    await expect.poll(async () => (await page.locator('[data-testid="audit-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).every((a) => a === 'unmask')).toBe(true);
    await screenshot(page, 'admin-audit-en');
  });

  it('exports the log to Excel and lists the export', async () => {
    await page.getByTestId('audit-filter-action').selectOption('');
    // The web host downloads what a desktop app would save where the user chose.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('audit-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log.*\.xlsx$/);
    // The export's entry follows the job in the workspace's write turn.
    await expect
      .poll(async () => {
        await page.getByTestId('audit-refresh').click();
        return page.locator('[data-testid="audit-row"]').first().getAttribute('data-action');
      })
      .toBe('export');
  });

  it('reads in Chinese', async () => {
    await chooseLanguage(page, 'zh-CN');
    await go('#/admin/audit');
    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verify-result').textContent()).toMatch(/^哈希链完整/);
    expect(await page.locator('[data-testid="audit-row"][data-action="unmask"]').first().innerText()).toContain('查看明文');
    await screenshot(page, 'admin-audit-zh');
  });
});
