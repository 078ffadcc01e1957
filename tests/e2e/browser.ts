// Debian's Chromium driven by playwright-core, opened on the web host's printed address.
// Every page records its script errors, so that a test can require there were none.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../helpers/paths.js';

export const CHROMIUM = '/usr/bin/chromium';

export const screenshotDir = path.join(repoRoot, 'test-results', 'e2e');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface AppPage {
  page: Page;
  /** Uncaught exceptions and console errors of the page so far. */
  errors: string[];
}

/** `beforeLoad` runs on the new page before it loads the app (to route its requests). */
export async function openApp(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; beforeLoad?: (page: Page) => Promise<void> } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await options.beforeLoad?.(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  // The shell is up once the navigation is there.
  await page.locator('nav.sidebar').waitFor();
  return { page, errors };
}

/**
 * The whole page as a PNG in test-results/e2e. The app scrolls inside its content area, not
 * the document, so the window is made tall enough for everything while the picture is taken.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  const viewport = page.viewportSize()!;
  const needed = await page.evaluate(() => {
    const content = document.querySelector('.content');
    return content ? content.scrollHeight + content.getBoundingClientRect().top : document.body.scrollHeight;
  });
  const height = Math.min(Math.max(viewport.height, Math.ceil(needed)), 4000);
  if (height !== viewport.height) await page.setViewportSize({ width: viewport.width, height });
  try {
    await page.screenshot({ path: file });
  } finally {
    if (height !== viewport.height) await page.setViewportSize(viewport);
  }
  return file;
}

/** Choose the UI language in Settings, as a user does; returns to the page it was on. */
export async function chooseLanguage(page: Page, language: 'zh-CN' | 'en'): Promise<void> {
  const back = await page.evaluate(() => window.location.hash);
  await page.evaluate(() => {
    window.location.hash = '#/settings';
  });
  await page.locator(`input[name="language"][value="${language}"]`).check();
  await page.locator(`html[lang="${language}"]`).waitFor();
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, back || '#/overview');
}

/**
 * Non-blank pixels of a canvas, read in the page: an ECharts chart that drew something has
 * many; an empty or failed one has none.
 */
export function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a > 0 && !(r > 245 && g > 245 && b > 245)) painted += 1;
    }
    return painted;
  });
}
