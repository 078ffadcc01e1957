// The Theft & Anomaly page's Areas and Events tabs on a small demo workspace: after a score run,
// the areas whose line loss rose with their suspects, an area's monthly loss chart, every area's
// latest month; the meter events by month and type, by area, the abnormal-event queue and the
// areas' outage and fault risk; then both tabs in Chinese. Screenshots in both languages.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, paintedPixels, screenshot, type AppPage } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

let session: DemoSession;
let app: AppPage;
let page: Page;
let firstArea: string;

beforeAll(async () => {
  // 240 days: eight months of area supply, enough for a baseline and three recent months.
  session = await openDemoSession('theft-grid', 400, 240);
  ({ app, page } = session);
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const risingRows = () => page.getByTestId('rising-areas').locator('tbody tr');
const cellTexts = async (testId: string, row = 0) => page.getByTestId(testId).locator('tbody tr').nth(row).locator('td').allInnerTexts();

describe('areas and meter events', () => {
  it('shows the areas whose loss rose, with the suspects of the latest score run', async () => {
    await chooseLanguage(page, 'en');
    await page.getByRole('link', { name: 'Theft & Anomaly' }).click();
    await page.getByTestId('score-now').click();
    await expect.poll(() => page.getByTestId('suspect-count').innerText().catch(() => ''), { timeout: 30_000 }).toBe('400 customers');

    await page.getByRole('tab', { name: 'Area line loss' }).click();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/theft/areas');
    await risingRows().first().waitFor();
    expect(await page.getByTestId('rising-areas').locator('thead th').allInnerTexts()).toEqual([
      'Transformer area',
      'Feeder',
      'Baseline loss',
      'Recent loss',
      'Rise',
      'Robust z',
      'Suspects (top 5 %)',
      'Best-ranked customers',
    ]);
    const cells = await cellTexts('rising-areas');
    firstArea = (await risingRows().first().getAttribute('data-area'))!;
    expect(cells[0]).toContain(firstArea);
    expect(cells[1]).toMatch(/^XL\d{4}$/); // every demo area hangs on a feeder
    expect(cells[2]).toMatch(/^-?\d+\.\d%$/);
    expect(cells[4]).toMatch(/^\+\d+\.\d pts$/);
    expect(Number(cells[5])).toBeGreaterThanOrEqual(2);
    // The rises, largest first.
    const rises = (await page.getByTestId('rising-areas').locator('tbody tr td:nth-child(5)').allInnerTexts()).map((text) => Number(text.replace(/[^\d.]/g, '')));
    expect(rises).toEqual([...rises].sort((a, b) => b - a));
    // Some rising area holds suspects of the run, linked to their evidence.
    const links = page.getByTestId('rising-areas').locator('td.suspect-links a');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('href')).toMatch(/^#\/theft\/suspects\/\S+$/);
  });

  it("draws an area's monthly loss after it is chosen, and lists every area's latest month", async () => {
    await risingRows().first().getByRole('button').click();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/theft/areas/${firstArea}`);
    await page.locator('[data-chart="area-loss"]').waitFor();
    expect(await page.locator('#chart-area-loss').innerText()).toContain(firstArea);
    await expect.poll(() => paintedPixels(page, '[data-chart="area-loss"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    const latest = page.getByTestId('latest-loss').locator('tbody tr');
    expect(await latest.count()).toBeGreaterThan(20);
    const rates = (await page.getByTestId('latest-loss').locator('tbody tr td:nth-child(3)').allInnerTexts()).filter((text) => text !== '—').map((text) => Number(text.replace('%', '')));
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    await screenshot(page, 'theft-areas-en');

    // A suspect in an area opens its evidence on the Suspects tab.
    const link = page.getByTestId('rising-areas').locator('td.suspect-links a').first();
    const customer = await link.innerText();
    await link.click();
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/theft/suspects/${customer}`);
    await page.getByTestId('indicators-table').waitFor();
  });

  it('shows events by month and type, by area, the abnormal-event queue and the risk ranking', async () => {
    await page.getByRole('tab', { name: 'Meter events' }).click();
    await page.locator('[data-chart="event-counts"]').waitFor();
    await expect.poll(() => paintedPixels(page, '[data-chart="event-counts"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    const counts = (await page.getByTestId('events-by-area').locator('tbody tr td:nth-child(2)').allInnerTexts()).map((text) => Number(text.replace(/,/g, '')));
    expect(counts.length).toBeGreaterThan(10);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Sorted by area on a click of its header.
    await page.getByTestId('events-by-area').getByRole('button', { name: 'Transformer area' }).click();
    const areas = await page.getByTestId('events-by-area').locator('tbody tr td:nth-child(1)').allInnerTexts();
    expect(areas).toEqual([...areas].sort());

    const queue = page.getByTestId('event-queue').locator('tbody tr');
    await queue.first().waitFor();
    expect(await queue.count()).toBeGreaterThan(0);
    const times = await page.getByTestId('event-queue').locator('tbody tr td:nth-child(1)').allInnerTexts();
    expect(times[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(times).toEqual([...times].sort().reverse());
    const first = await cellTexts('event-queue');
    // The type in words, not a code.
    expect(first[1]).not.toMatch(/_/);
    expect(first[1]).toMatch(/^[A-Z][a-z]+/);

    const risk = page.getByTestId('area-risk').locator('tbody tr');
    expect(await risk.count()).toBeGreaterThan(10);
    const top = await cellTexts('area-risk');
    expect(top[0]).toBe('1');
    expect(Number(top[2])).toBeGreaterThan(0.5);
    const reasons = await page.getByTestId('area-risk').locator('tbody tr td:nth-child(7)').allInnerTexts();
    expect(reasons.some((text) => /outage hours a year|Voltage losses|Heavy loading/.test(text))).toBe(true);
    expect(reasons.join(' ')).not.toMatch(/_/);
    await screenshot(page, 'theft-events-en');
  });

  it('reads both tabs in Chinese', async () => {
    await chooseLanguage(page, 'zh-CN');
    await page.getByTestId('event-queue').waitFor();
    expect(await page.locator('#chart-event-counts').innerText()).toBe('电能表事件（按月份和类型）');
    expect(await page.getByTestId('event-queue').locator('thead th').allInnerTexts()).toEqual(['时间', '类型', '电能表', '用户', '台区']);
    expect((await cellTexts('event-queue'))[1]).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getByTestId('area-risk').locator('thead th').nth(6).innerText()).toBe('原因');
    await expect.poll(() => paintedPixels(page, '[data-chart="event-counts"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    await screenshot(page, 'theft-events-zh');

    await page.getByRole('tab', { name: '台区线损' }).click();
    await risingRows().first().waitFor();
    await risingRows().first().getByRole('button').click();
    await page.locator('[data-chart="area-loss"]').waitFor();
    expect(await page.locator('#chart-area-loss').innerText()).toContain('月度线损率');
    expect((await cellTexts('rising-areas'))[4]).toMatch(/个百分点$/);
    await expect.poll(() => paintedPixels(page, '[data-chart="area-loss"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    await screenshot(page, 'theft-areas-zh');
    expect(app.errors).toEqual([]);
  });
});
