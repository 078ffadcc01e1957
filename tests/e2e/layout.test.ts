// The Data pages of a demo workspace read whole at 1280×800 and 1920×1080 in both languages:
// the data browser's column names are not cut (long ones take two lines) and its text columns
// use a wide window; a recent workspace's name is not squeezed by its buttons; the import
// history names the demo generator instead of a file of 0 B.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { chooseLanguage, launchBrowser, openApp, screenshot, type AppPage } from './browser.js';

let host: RunningWebHost;
let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  const home = makeTempDir('workbench-e2e-layout-');
  const workspace = path.join(home, 'demo-layout.workbench');
  const demo = await runCli(['demo', '--out', workspace, '--seed', '5', '--customers', '300', '--days', '60'], { home });
  if (demo.code !== 0) throw new Error(`workbench demo failed (${demo.code}):\n${demo.stderr}`);
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

const go = (hash: string) =>
  page.evaluate((target) => {
    window.location.hash = target;
  }, hash);

const SIZES = [
  [1280, 800],
  [1920, 1080],
] as const;
const CASES = SIZES.flatMap(([width, height]) => (['en', 'zh-CN'] as const).map((language) => ({ width, height, language })));

describe.each(CASES)('at $width×$height in $language', ({ width, height, language }) => {
  beforeAll(async () => {
    await page.setViewportSize({ width, height });
    await chooseLanguage(page, language);
  });

  it.each(['bills', 'interval', 'tickets', 'events'])('shows every column name of %s whole, and fills the width', async (kind) => {
    await go(`#/data/browse/${kind}`);
    await page.locator('.vtable-body [role="row"] [role="cell"]').first().filter({ hasText: /\S/ }).waitFor();
    const names = page.locator('.vtable-head .sort-label');
    expect(await names.count()).toBe(await page.locator('.vtable-head [role="columnheader"]').count());
    const cut = await names.evaluateAll((labels) =>
      labels.filter((label) => label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1).map((label) => label.textContent),
    );
    expect(cut).toEqual([]);
    const widths = await page.locator('.vtable-scroll').evaluate((scroll) => ({
      view: scroll.clientWidth,
      head: scroll.querySelector('.vtable-head')!.getBoundingClientRect().width,
      row: scroll.querySelector('.vtable-head [role="row"]')!.scrollWidth,
    }));
    // As wide as the window lets it be: no band left empty on the right, nothing spilling over.
    expect(widths.head).toBeGreaterThanOrEqual(widths.view);
    expect(widths.row).toBeLessThanOrEqual(Math.ceil(widths.head));
    if (kind === 'tickets') await screenshot(page, `browse-tickets-${language}-${width}`);
  });

  it("shows a recent workspace's name beside or above its buttons, not squeezed by them", async () => {
    await go('#/data/workspaces');
    const entry = page.locator('.recent-list li').first();
    await entry.waitFor();
    const fit = await entry.evaluate((li) => {
      const name = li.querySelector('strong')!;
      return { nameLines: Math.round(name.getBoundingClientRect().height / parseFloat(getComputedStyle(name).lineHeight)), path: li.querySelector('.path')!.textContent };
    });
    expect(fit.nameLines).toBe(1);
    expect(fit.path).toMatch(/demo-layout\.workbench$/);
    await screenshot(page, `workspaces-${language}-${width}`);
  });

  it('names the demo generator in the import history', async () => {
    await go('#/data/history');
    const first = page.locator('table[aria-label] tbody tr').first();
    await first.waitFor();
    const generated = language === 'en' ? 'Generated demo data' : '生成的演示数据';
    const files = await page.locator('table[aria-label] tbody tr td:first-child').allInnerTexts();
    expect(files.length).toBe(10);
    expect(files.every((text) => text === generated)).toBe(true);
  });
});

it('ran without script errors', () => {
  expect(app.errors).toEqual([]);
});

describe.each(['en', 'zh-CN'] as const)('at the smallest window (960×600) in %s', (language) => {
  beforeAll(async () => {
    await page.setViewportSize({ width: 960, height: 600 });
    await chooseLanguage(page, language);
  });

  it("wraps the catalog's date coverage between its two dates, never inside one", async () => {
    await go('#/data/catalog');
    // The third cell of each row (after the counts of rows and of what they cover).
    const cells = page.locator('table.catalog tbody tr td:nth-of-type(3)');
    await cells.first().filter({ hasText: /\d/ }).waitFor();
    const lines = await cells.evaluateAll((tds) =>
      tds
        .filter((td) => /\d/.test(td.textContent ?? ''))
        .map((td) => {
          // The text of each line the cell is laid out in, from the position of each character.
          const text = td.firstChild as Text;
          const out: string[] = [];
          let top = Number.NaN;
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            if (Math.abs(rect.top - top) > 2) out.push('');
            top = rect.top;
            out[out.length - 1] += text.data[i];
          }
          return out.map((line) => line.trim());
        }),
    );
    expect(lines.length).toBeGreaterThan(3);
    // Each line holds whole dates: it starts with a date or the word between them, and ends a date or that word.
    const date = language === 'en' ? String.raw`[A-Z][a-z]{2}\u00a0\d{1,2},\u00a0\d{4}` : String.raw`\d{4}年\d{1,2}月\d{1,2}日`;
    const between = language === 'en' ? '–' : '至';
    const whole = new RegExp(`^(?:${date}|${between})(?:\\s+(?:${date}|${between}))*$`);
    for (const cell of lines) for (const line of cell) expect(line).toMatch(whole);
  });
});
