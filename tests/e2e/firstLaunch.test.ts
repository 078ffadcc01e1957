// The very first start: no workspace was ever used, so the engine generates the demo
// workspace as a job. The page shows that progress up front, then opens the demo.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { launchBrowser, openApp, screenshot, type AppPage } from './browser.js';

let host: RunningWebHost;
let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  host = await startWebHost({ home: makeTempDir('workbench-e2e-first-') });
  browser = await launchBrowser();
  app = await openApp(browser, host.url);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDirs();
});

describe('the first launch', () => {
  it('shows the demo being generated, then opens it', { timeout: 300_000 }, async () => {
    const { page } = app;
    const bar = page.locator('.first-run [role="progressbar"]');
    await bar.waitFor();
    await screenshot(page, 'first-launch');
    expect(await page.locator('.jobs-toggle .count').innerText()).toBe('1');
    await page.locator('.topbar .badge.demo').waitFor({ timeout: 280_000 });
    await page.getByTestId('kpis').waitFor();
    expect(await page.locator('.first-run').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
