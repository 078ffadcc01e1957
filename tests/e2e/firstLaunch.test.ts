// The very first start: no workspace was ever used, so the engine generates the demo
// workspace as a job. The page shows that progress up front, then opens the demo, whose
// half a million rows of load curves the data browser scrolls through to the last one.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { launchBrowser, openApp, screenshot, type AppPage } from './browser.js';

let host: RunningWebHost;
let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  // An English system: the demo is named in the language in effect (tests/integration/demo.test.ts has Chinese).
  host = await startWebHost({ home: makeTempDir('workbench-e2e-first-'), env: { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } });
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
    expect(await page.locator('.topbar .workspace-name').innerText()).toBe('Demo region (5,000 customers)');
  });

  it('scrolls a table of hundreds of thousands of rows to its last row', async () => {
    const { page } = app;
    await page.evaluate(() => {
      window.location.hash = '#/data/browse/interval';
    });
    const cells = page.locator('.vtable-body [role="row"] [role="cell"]');
    await cells.first().filter({ hasText: /\S/ }).waitFor();
    const total = Number(await page.locator('.vtable').getAttribute('aria-rowcount')) - 1;
    // Beyond what a browser lets one element be tall at 28 px a row: the scaled scrolling is in play.
    expect(total).toBeGreaterThan(540_000);

    await page.locator('.vtable-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    const lastRow = page.locator(`.vtable-body [role="row"][aria-rowindex="${total + 1}"]`);
    await lastRow.locator('[role="cell"]').first().filter({ hasText: /\S/ }).waitFor();
    expect(await page.locator('.vtable-body [role="row"]').count()).toBeLessThan(200);

    // Figures, not assertions: frame times while scrolling through the middle.
    const frames = await page.locator('.vtable-scroll').evaluate(async (el) => {
      el.scrollTop = el.scrollHeight / 2;
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 120; i++) {
        el.scrollTop += 120;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      times.sort((a, b) => a - b);
      return { median: times[60]!, p95: times[114]! };
    });
    console.log(`data browser, ${total} rows: frame time median ${frames.median.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms`);
    await screenshot(page, 'browse-interval-en');
    expect(app.errors).toEqual([]);
  });
});
