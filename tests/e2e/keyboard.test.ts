// The import by keyboard alone: where the focus goes when a step of the wizard replaces the
// control the user acted in (the chosen file's preview, the progress, the result), and where it
// comes back to when the job panel closes. It used to fall to the page, so that every next Tab
// started again at the sidebar.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { chooseLanguage, launchBrowser, openApp, type AppPage } from './browser.js';
import { writeCustomerArchive } from './exports.js';

let host: RunningWebHost;
let browser: Browser;
let app: AppPage;
let page: Page;
let files: string;

beforeAll(async () => {
  const home = makeTempDir('workbench-e2e-keyboard-');
  files = makeTempDir('workbench-e2e-keyboard-files-');
  writeCustomerArchive(path.join(files, '客户档案.csv'), 30);
  host = await startWebHost({ home, args: ['--no-demo'] });
  browser = await launchBrowser();
  app = await openApp(browser, host.url);
  page = app.page;
  await chooseLanguage(page, 'en');
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDirs();
});

/** The focused element: its tag and its text or label. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.innerText ?? '').trim().split('\n')[0]}`;
  });

/** Tab until the focused element reads `target`; the number of presses, or fails. */
async function tabTo(target: string, max = 60): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused()) === target) return presses;
  }
  throw new Error(`Tab never reached ${target}; it ended on ${await focused()}`);
}

describe('importing with the keyboard', () => {
  it('creates a workspace', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/data/workspaces';
    });
    await page.getByLabel('Name').focus();
    await page.keyboard.type('键盘工作区');
    await page.keyboard.press('Enter');
    await page.locator('.workspace-name', { hasText: '键盘工作区' }).waitFor();
  });

  it('keeps the focus in the wizard from the file to its preview, the import and its result', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/data/import';
    });
    await page.locator('button', { hasText: 'Choose files…' }).focus();
    // The file dialog's choice, as the button's Enter would bring it.
    await page.locator('input[type="file"]').setInputFiles(path.join(files, '客户档案.csv'));
    await page.locator('.preview[aria-busy="false"]').waitFor();
    expect(await focused()).toBe('h2 客户档案.csv');
    // From the preview's heading on, the first Tab is in the preview, not the sidebar.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.preview') !== null)).toBe(true);
    await tabTo('button Import as Customer archive');
    await page.keyboard.press('Enter');
    await page.getByTestId('import-result').waitFor();
    expect(await focused()).toBe('h2 客户档案.csv imported as Customer archive · ' + (await page.locator('.result-step h2 span').innerText()).replace(/^ · /, ''));
    await tabTo('button Import more files', 5);
  });

  it('returns the focus to the Jobs button when the job panel closes with Esc', async () => {
    await page.getByRole('button', { name: 'Jobs' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#job-panel').waitFor();
    expect(await focused()).toBe('aside Jobs');
    await page.keyboard.press('Escape');
    await page.locator('#job-panel').waitFor({ state: 'detached' });
    expect(await focused()).toBe('button Jobs');
    // And when it closes with its own close button.
    await page.keyboard.press('Enter');
    await page.locator('#job-panel').waitFor();
    await tabTo('button Close', 3);
    await page.keyboard.press('Enter');
    await page.locator('#job-panel').waitFor({ state: 'detached' });
    expect(await focused()).toBe('button Jobs');
  });

  it('reads a chart of the overview by keyboard: its values one item after another, and their units', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/overview';
    });
    const pie = page.locator('[data-chart="customers-category"] .chart');
    await pie.waitFor();
    expect(await pie.getAttribute('aria-label')).toMatch(/^Customers by category\. Keyboard: /);
    await tabTo('div Customers by category. Keyboard: ← → show the values item by item, + − zoom, 0 shows all, Esc hides the values, Enter filters the other charts by the item');
    await page.keyboard.press('ArrowRight');
    // The tooltip a pointer would show, and the same words for a screen reader.
    const live = page.locator('[data-chart="customers-category"] [aria-live="polite"]');
    await expect.poll(() => live.innerText()).toMatch(/^Residential, \d+ customers \(\d+\.\d%\), Contract capacity: [\d,.]+K? kVA$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => live.innerText()).toBe('');
  });

  it('ran without script errors', () => {
    expect(app.errors).toEqual([]);
  });
});
