// The Overview's cross-filtering and drill-down on a small demo, as a user does it: a click on a
// category's slice filters the other charts and the cards and shows a chip; the keyboard picks an
// area, drills down to its customers (breadcrumbs back up), and a customer opens its 360; a
// chip's ×, "Clear all" and Esc take filters away. Screenshots in both languages.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, paintedPixels, screenshot } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

let session: DemoSession;
let page: Page;

beforeAll(async () => {
  session = await openDemoSession('crossfilter', 300, 120);
  page = session.page;
  await chooseLanguage(page, 'en');
  await page.evaluate(() => (window.location.hash = '#/overview'));
  await page.locator('[data-kpi="consumption"] .kpi-amount').waitFor();
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const kpi = (name: string) => page.locator(`[data-kpi="${name}"] .kpi-amount`).innerText();
const chips = () => page.locator('[data-testid="overview-filters"] .chip-label').allInnerTexts();

/** The chart's canvas as an image, to tell that it was drawn anew with other figures. */
function drawing(chart: string): Promise<string> {
  return page.locator(`[data-chart="${chart}"] canvas`).first().evaluate((c) => (c as HTMLCanvasElement).toDataURL());
}

/** Waits until the chart has painted (it animates in) and is still. */
async function settled(chart: string): Promise<string> {
  await expect.poll(() => paintedPixels(page, `[data-chart="${chart}"] canvas`), { timeout: 10_000 }).toBeGreaterThan(2000);
  let before = '';
  await expect
    .poll(async () => {
      const now = await drawing(chart);
      const still = now === before;
      before = now;
      return still;
    }, { timeout: 10_000, interval: 300 })
    .toBe(true);
  return before;
}

/** Shows item `index` of a chart with the arrow keys and activates it with Enter. */
async function activateByKeyboard(chart: string, index: number): Promise<void> {
  const canvasHolder = page.locator(`[data-chart="${chart}"] .chart`);
  await canvasHolder.focus();
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
}

describe('cross-filtering', () => {
  it('filters the other charts and the cards by the category slice clicked, with a chip', async () => {
    const monthBefore = await settled('consumption-month');
    const consumptionBefore = await kpi('consumption');
    expect(await chips()).toEqual([]);

    // The first slice (residential) starts at twelve o'clock and runs clockwise: click just past it.
    const pie = page.locator('[data-chart="customers-category"] canvas').first();
    const box = (await pie.boundingBox())!;
    const radius = (Math.min(box.width, box.height) / 2) * 0.585;
    const [cx, cy] = [box.width * 0.4, box.height * 0.52];
    await pie.click({ position: { x: cx + radius * Math.sin(0.15), y: cy - radius * Math.cos(0.15) } });

    await expect.poll(chips).toEqual(['Category: Residential']);
    await expect.poll(() => kpi('consumption')).not.toBe(consumptionBefore);
    // The month chart holds the one category now.
    await expect.poll(() => page.locator('[data-chart="consumption-month"] .chart').getAttribute('data-series')).toBe('1');
    expect(await settled('consumption-month')).not.toBe(monthBefore);
    expect(await page.locator('[data-kpi="lineLoss"] .kpi-sub').innerText()).toMatch(/not split by category/);
    await screenshot(page, 'overview-crossfilter-category-en');
  });

  it('adds a month from the keyboard, and takes filters away one by one or all at once', async () => {
    await activateByKeyboard('arrears', 1);
    await expect.poll(async () => (await chips()).length).toBe(2);
    expect((await chips())[0]).toMatch(/^Month: /);
    await page.locator('[data-filter="month"] .chip-remove').click();
    await expect.poll(chips).toEqual(['Category: Residential']);
    await page.getByTestId('overview-filters-clear').click();
    await expect.poll(chips).toEqual([]);
  });
});

describe('drill-down', () => {
  it('goes from an area bar to its customers, into a 360 and back up by the breadcrumbs', async () => {
    await settled('consumption-area');
    await activateByKeyboard('consumption-area', 0);
    const pick = page.getByTestId('area-pick');
    await pick.waitFor();
    await pick.getByRole('button', { name: 'Filter by this area' }).click();
    await expect.poll(async () => (await chips())[0] ?? '').toMatch(/^Area: /);
    const areaCustomers = await kpi('customers');

    await activateByKeyboard('consumption-area', 0);
    await page.getByTestId('area-drill').click();
    const view = page.getByTestId('area-drill-view');
    await view.waitFor();
    expect(await page.evaluate(() => window.location.hash)).toMatch(/^#\/overview\/area\//);
    const rows = page.locator('[data-testid="area-customers"] tbody tr');
    await expect.poll(() => rows.count()).toBe(Number(areaCustomers.replace(/,/g, '')));
    // Ranked by consumption: the first row is the largest.
    const kwh = await page.locator('[data-testid="area-customers"] tbody tr td:nth-child(4)').allInnerTexts();
    const values = kwh.map((v) => Number(v.replace(/,/g, '')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await screenshot(page, 'overview-drill-area-en');

    // The table sorts by a header and filters by a text.
    await page.locator('[data-testid="area-customers"] th', { hasText: 'Customer no.' }).getByRole('button').click();
    const ids = await page.locator('[data-testid="area-customers"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-customer')!));
    expect(ids).toEqual([...ids].sort());
    await page.getByTestId('area-customers-filter').fill(ids[0]!);
    await expect.poll(() => rows.count()).toBe(1);

    await rows.first().getByRole('button').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/customers/search/${ids[0]}`);
    await page.getByText(ids[0]!, { exact: false }).first().waitFor();

    await page.goBack();
    await view.waitFor();
    await page.getByTestId('drill-region').click();
    await page.locator('[data-chart="consumption-area"]').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/overview');
  });

  it('clears every filter with Esc', async () => {
    expect((await chips()).length).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(chips).toEqual([]);
  });

  it('reads in Chinese', async () => {
    await chooseLanguage(page, 'zh-CN');
    await settled('customers-category');
    await activateByKeyboard('customers-category', 0);
    await expect.poll(chips).toEqual(['用电类别：居民生活']);
    // The other charts drawn anew with the filter (the month chart then holds one category).
    await expect.poll(() => page.locator('[data-chart="consumption-month"] .chart').getAttribute('data-series')).toBe('1');
    for (const chart of ['consumption-month', 'consumption-area', 'arrears']) await settled(chart);
    await screenshot(page, 'overview-crossfilter-category-zh');
    await activateByKeyboard('consumption-area', 0);
    await page.getByTestId('area-drill').click();
    await page.getByTestId('area-drill-view').waitFor();
    await expect.poll(() => page.locator('[data-testid="area-customers"] tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'overview-drill-area-zh');
    expect(await page.getByTestId('drill-region').innerText()).toBe('全地区');
  });
});
