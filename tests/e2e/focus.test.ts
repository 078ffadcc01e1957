// Keyboard focus can be seen wherever it goes: on every page of a demo workspace, each control
// reached with Tab shows its focus ring whole, not cut off by a container that clips what
// overflows it (tabs and tables that scroll, joined buttons, table headers).
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { chooseLanguage, launchBrowser, openApp, type AppPage } from './browser.js';

let host: RunningWebHost;
let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  const home = makeTempDir('workbench-e2e-focus-');
  const workspace = path.join(home, 'demo-focus.workbench');
  const demo = await runCli(['demo', '--out', workspace, '--seed', '3', '--customers', '300', '--days', '60'], { home });
  if (demo.code !== 0) throw new Error(`workbench demo failed (${demo.code}):\n${demo.stderr}`);
  host = await startWebHost({ home, args: ['--workspace', workspace] });
  browser = await launchBrowser();
  app = await openApp(browser, host.url, { width: 1280, height: 800 });
  page = app.page;
  await chooseLanguage(page, 'en');
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDirs();
});

interface Focused {
  /** The control, for the failure message; null once Tab has come round to the first one again. */
  control: string | null;
  /** The nearest container whose clipping cuts into the ring, or null. */
  cutBy: string | null;
}

/** Moves the focus on with Tab and measures the ring of what it lands on against its clipping containers. */
function tab(): Promise<Focused> {
  return page.keyboard.press('Tab').then(() =>
    page.evaluate((): Focused => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { control: 'none', cutBy: null };
      if (el.dataset.focusVisited) return { control: null, cutBy: null };
      el.dataset.focusVisited = 'yes';
      const name = `${el.tagName.toLowerCase()}.${el.className} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
      const style = getComputedStyle(el);
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const box = el.getBoundingClientRect();
      for (let box2 = el.parentElement; box2; box2 = box2.parentElement) {
        const s = getComputedStyle(box2);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const r = box2.getBoundingClientRect();
        const inside =
          box.left - reach >= r.left + parseFloat(s.borderLeftWidth) - 0.5 &&
          box.top - reach >= r.top + parseFloat(s.borderTopWidth) - 0.5 &&
          box.right + reach <= r.right - parseFloat(s.borderRightWidth) + 0.5 &&
          box.bottom + reach <= r.bottom - parseFloat(s.borderBottomWidth) + 0.5;
        if (!inside) return { control: name, cutBy: `${box2.tagName.toLowerCase()}.${box2.className}` };
      }
      return { control: name, cutBy: null };
    }),
  );
}

const PAGES: [hash: string, ready: string][] = [
  ['#/overview', '[data-chart] canvas'],
  ['#/data/workspaces', '.recent-list li'],
  ['#/data/catalog', 'table.catalog tbody tr'],
  ['#/data/browse/tickets', '.vtable-body [role="row"]'],
  ['#/data/history', 'table tbody tr'],
  ['#/settings', '[data-testid="version"]'],
];

describe('keyboard focus', () => {
  it.each(PAGES)('shows a whole focus ring on every control of %s', async (hash, ready) => {
    await page.evaluate((target) => {
      window.location.hash = target;
    }, hash);
    await page.locator(ready).first().waitFor();
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-focus-visited]')) delete el.dataset.focusVisited;
      (document.activeElement as HTMLElement | null)?.blur();
    });
    const reached: string[] = [];
    const cut: string[] = [];
    for (let step = 0; step < 100; step++) {
      const focused = await tab();
      if (focused.control === null) break;
      reached.push(focused.control);
      if (focused.cutBy) cut.push(`${focused.control} cut by ${focused.cutBy}`);
    }
    expect(reached.length).toBeGreaterThan(3);
    expect(cut).toEqual([]);
  });

  it('ran without script errors', () => {
    expect(app.errors).toEqual([]);
  });
});
