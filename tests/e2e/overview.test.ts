// The overview of a small demo workspace in both languages: the demo label, KPI cards,
// every chart drawn on its canvas, the period selector, the data browser and the job panel.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { chooseLanguage, launchBrowser, openApp, paintedPixels, screenshot, screenshotDir, type AppPage } from './browser.js';

const CHARTS = ['consumption-month', 'consumption-area', 'load-temperature', 'customers-category', 'arrears'];

let host: RunningWebHost;
let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  const home = makeTempDir('workbench-e2e-overview-');
  const workspace = path.join(home, 'demo-300.workbench');
  const demo = await runCli(['demo', '--out', workspace, '--seed', '7', '--customers', '300', '--days', '90'], { home });
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

/** Each KPI value's box against its content: overflowing (cut), and whether its unit wrapped. */
function kpiFit(): Promise<{ kpi: string; text: string; overflow: boolean; cardOverflow: boolean; wrapped: boolean }[]> {
  return page.locator('[data-kpi]').evaluateAll((cards) =>
    cards.map((card) => {
      const value = card.querySelector<HTMLElement>('.kpi-value')!;
      const amount = value.querySelector<HTMLElement>('.kpi-amount')!;
      const unit = value.querySelector<HTMLElement>('.kpi-unit');
      return {
        kpi: card.getAttribute('data-kpi')!,
        text: value.innerText,
        overflow: value.scrollWidth > value.clientWidth || amount.getBoundingClientRect().right > value.getBoundingClientRect().right + 0.5,
        cardOverflow: card.scrollWidth > card.clientWidth,
        wrapped: unit !== null && Math.abs(unit.getBoundingClientRect().bottom - amount.getBoundingClientRect().bottom) > 4,
      };
    }),
  );
}

/** Every chart has a canvas with something painted on it. */
async function expectChartsDrawn(): Promise<void> {
  for (const chart of CHARTS) {
    const canvas = `[data-chart="${chart}"] canvas`;
    await page.locator(canvas).first().waitFor();
    // ECharts animates in: wait until the chart has painted, then require a real drawing.
    await expect.poll(() => paintedPixels(page, canvas), { timeout: 10_000, message: chart }).toBeGreaterThan(2000);
  }
}

describe('the overview of a demo workspace', () => {
  it('labels demo data and shows the KPIs in English', async () => {
    await chooseLanguage(page, 'en');
    await page.locator('.topbar .badge.demo', { hasText: 'Demo data' }).waitFor();
    await page.getByTestId('kpis').waitFor();
    expect(await page.locator('[data-kpi="customers"] .kpi-value').innerText()).toBe('300');
    const consumption = await page.locator('[data-kpi="consumption"] .kpi-value').innerText();
    expect(consumption).toMatch(/kWh$/);
    expect(await page.locator('[data-kpi="collection"] .kpi-value').innerText()).toMatch(/%$/);
  });

  it('draws every chart', async () => {
    await expectChartsDrawn();
    await screenshot(page, 'overview-demo-en');
  });

  it('shows values with units in the tooltips', async () => {
    const chart = page.locator('[data-chart="consumption-month"] .chart');
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(async () => (await page.locator('[data-chart="consumption-month"]').innerText()).includes('kWh')).toBe(true);
  });

  it('narrows the period', async () => {
    const from = page.getByLabel('From', { exact: true });
    await from.waitFor();
    const months = await from.locator('option').allInnerTexts();
    expect(months.length).toBeGreaterThanOrEqual(3);
    const before = await page.locator('[data-kpi="consumption"] .kpi-value').innerText();
    await page.getByLabel('To', { exact: true }).selectOption({ index: 0 });
    await expect.poll(() => page.locator('[data-kpi="consumption"] .kpi-value').innerText()).not.toBe(before);
    await page.getByRole('button', { name: 'All' }).click();
    await expectChartsDrawn();
  });

  it('switches to Chinese at once', async () => {
    await chooseLanguage(page, 'zh-CN');
    await page.locator('nav.sidebar', { hasText: '总览' }).waitFor();
    await page.locator('.topbar .badge.demo', { hasText: '演示数据' }).waitFor();
    expect(await page.locator('[data-kpi="customers"] .kpi-label').innerText()).toBe('客户数');
    expect(await page.locator('#chart-consumption-month').innerText()).toBe('分月分类别用电量');
    await expectChartsDrawn();
    await screenshot(page, 'overview-demo-zh');
  });

  it('keeps the language after a reload', async () => {
    await page.reload();
    await page.locator('nav.sidebar', { hasText: '数据' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('shows every KPI value whole at 1280, 1440 and 1920 px, in both languages', async () => {
    const viewport = page.viewportSize()!;
    try {
      for (const language of ['en', 'zh-CN'] as const) {
        await chooseLanguage(page, language);
        for (const width of [1280, 1440, 1920]) {
          await page.setViewportSize({ width, height: 900 });
          await page.locator('[data-kpi="dataThrough"] .kpi-value', { hasText: /^\d{4}-\d{2}-\d{2}$/ }).waitFor();
          const fit = await kpiFit();
          expect(fit.length).toBe(7);
          expect(fit.filter((f) => f.overflow || f.cardOverflow || f.wrapped), `${language} at ${width} px`).toEqual([]);
          await page.getByTestId('kpis').screenshot({ path: path.join(screenshotDir, `kpis-${language}-${width}.png`) });
        }
      }
    } finally {
      await page.setViewportSize(viewport);
    }
    // The language the tests after this one read.
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('browses the customers with personal data masked, sorted and searched', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/data/browse/customers';
    });
    const rows = page.locator('.vtable-body [role="row"]');
    await rows.first().locator('[role="cell"]').first().filter({ hasText: /\S/ }).waitFor();
    // Virtualised: far fewer rows in the page than customers.
    expect(await rows.count()).toBeLessThan(300);
    // Personal data is masked until the user deliberately asks for it.
    const phones = () => page.locator('.vtable-body [role="row"] [role="cell"]:nth-child(4)').allInnerTexts();
    expect((await phones()).filter((p) => p !== '').every((p) => p.includes('*'))).toBe(true);
    await screenshot(page, 'browse-customers-zh');
    // A deliberate act: the box asks first.
    await page.getByRole('checkbox', { name: '显示个人信息' }).click();
    await page.locator('dialog[open]').getByRole('button', { name: '显示个人信息' }).click();
    // The unmasking is put on record in the workspace's write turn before the data comes back.
    await expect.poll(async () => (await phones()).some((p) => /^\d{11}$/.test(p)), { timeout: 30_000 }).toBe(true);
    await page.getByRole('checkbox', { name: '显示个人信息' }).uncheck();
    await expect.poll(async () => (await phones()).filter((p) => p !== '').every((p) => p.includes('*'))).toBe(true);

    const firstCell = () => rows.first().locator('[role="cell"]').first().innerText();
    const header = page.locator('.vtable-head [role="columnheader"]').first();
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await firstCell();
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(firstCell).not.toBe(ascending);

    await page.getByRole('searchbox').fill(ascending);
    await expect.poll(() => page.locator('.browse .toolbar').innerText()).toContain('1 行');
  });

  it('opens and closes the job panel from the keyboard', async () => {
    const toggle = page.locator('.jobs-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.locator('#job-panel').waitFor();
    await screenshot(page, 'jobs-panel-zh');
    await page.keyboard.press('Escape');
    await page.locator('#job-panel').waitFor({ state: 'detached' });
  });

  it('ran without script errors', () => {
    expect(app.errors).toEqual([]);
  });
});
