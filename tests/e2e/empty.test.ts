// The app with no workspace and then an empty one, in both languages: what a first-time user
// sees before any data exists, and the keyboard path through it; then a demo workspace,
// generated and named in the user's language.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { chooseLanguage, launchBrowser, openApp, screenshot, type AppPage } from './browser.js';

let host: RunningWebHost;
let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  host = await startWebHost({ home: makeTempDir('workbench-e2e-empty-'), args: ['--no-demo'] });
  browser = await launchBrowser();
  app = await openApp(browser, host.url);
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDirs();
});

describe('before any data exists', () => {
  it('offers to create, open or generate a workspace, in both languages', async () => {
    await chooseLanguage(page, 'zh-CN');
    await page.locator('.no-workspace h1', { hasText: '尚未打开工作区' }).waitFor();
    await screenshot(page, 'no-workspace-zh');
    await chooseLanguage(page, 'en');
    await page.locator('.no-workspace h1', { hasText: 'No workspace open' }).waitFor();
    await screenshot(page, 'no-workspace-en');
  });

  it('creates a workspace from the keyboard alone', async () => {
    await page.getByLabel('Name').focus();
    await page.keyboard.type('Keyboard');
    await page.keyboard.press('Enter');
    await page.locator('.workspace-name', { hasText: 'Keyboard' }).waitFor();
  });

  it('says which import fills each empty chart', async () => {
    await page.locator('[data-chart="arrears"] [data-empty="true"]', { hasText: 'bills and payments' }).waitFor();
    // Each chart asks the engine on its own: the others may answer after the arrears chart.
    await expect.poll(() => page.locator('[data-empty="true"]').count()).toBe(5);
    expect(await page.locator('.chart canvas').count()).toBe(0);
    await screenshot(page, 'overview-empty-en');
    await chooseLanguage(page, 'zh-CN');
    await page.locator('[data-chart="arrears"] [data-empty="true"]', { hasText: '电费与缴费' }).waitFor();
    await screenshot(page, 'overview-empty-zh');
  });

  it('shows an empty catalog with every kind', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/data/catalog';
    });
    await page.locator('table.catalog tbody tr').first().waitFor();
    expect(await page.locator('table.catalog tbody tr').count()).toBe(10);
    await screenshot(page, 'catalog-empty-zh');
  });

  it('moves between the Data tabs with the arrow keys', async () => {
    await page.getByRole('tab', { name: '数据目录' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/data/browse');
    await page.keyboard.press('Home');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/data/workspaces');
  });

  it('shows the settings with the version and the host', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    await page.getByTestId('version').waitFor();
    expect(await page.locator('.settings').innerText()).toContain('浏览器（本机网页服务）');
    await screenshot(page, 'settings-zh');
  });

  it('generates a demo workspace named in the language of the user', { timeout: 120_000 }, async () => {
    await page.evaluate(() => {
      window.location.hash = '#/data/workspaces';
    });
    const form = page.getByRole('form', { name: '演示工作区' });
    await form.getByLabel('规模').selectOption('small');
    await form.getByRole('button', { name: '生成并打开' }).click();
    await page.locator('.workspace-name', { hasText: '演示区域（500 户）' }).waitFor({ timeout: 110_000 });
    await page.locator('.topbar .badge.demo', { hasText: '演示数据' }).waitFor();
  });

  it('ran without script errors', () => {
    expect(app.errors).toEqual([]);
  });

  it('says so when the engine goes away', async () => {
    await host.stop();
    await page.locator('.connection-banner[role="alert"]').waitFor();
    expect(await page.locator('.connection-banner').innerText()).toContain('连接已断开');
  });
});
