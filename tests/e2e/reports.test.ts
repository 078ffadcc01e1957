// The Reports page in the web host on a small demo: a monthly report in Chinese from the template,
// its preview (key figures, charts drawn, sentences, what a module without results lacks), a section
// moved with the keyboard, the PDF downloaded and read, the report saved and listed; then read in English.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../helpers/pdfText.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, paintedPixels, screenshot } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

let session: DemoSession;
let page: Page;
let files: string;

beforeAll(async () => {
  files = makeTempDir('workbench-e2e-reports-');
  session = await openDemoSession('reports', 200, 400);
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const sectionLabels = () => page.locator('[data-testid="report-sections"] .report-section-label').allInnerTexts();

describe('the monthly report', () => {
  it('is previewed in Chinese, reordered with the keyboard, exported as a PDF and saved', async () => {
    await chooseLanguage(page, 'zh-CN');
    await page.getByRole('link', { name: '报表' }).click();
    await page.getByTestId('new-monthly-language').selectOption('zh-CN');
    await page.getByTestId('new-monthly-create').click();
    const title = page.getByTestId('preview-title');
    await title.waitFor({ timeout: 60_000 });
    const reportTitle = (await title.innerText()).trim();
    expect(reportTitle).toMatch(/^\d{4}年\d{1,2}月营销分析报告$/);

    const preview = page.getByTestId('report-preview');
    await expect.poll(() => preview.getByTestId('preview-block').count()).toBe(12);
    await expect.poll(() => preview.locator('[data-kpi="consumption"]').innerText()).toMatch(/用电量\s+[\d,]+ kWh/);
    await expect.poll(() => preview.innerText()).toMatch(/用电量环比(增长|下降)\d+\.\d%/);
    // No risk model yet: the section says so and what to do.
    await expect.poll(() => preview.getByTestId('preview-note').allInnerTexts()).toContainEqual(expect.stringContaining('尚未训练欠费风险模型'));
    await expect.poll(() => paintedPixels(page, '[data-testid="report-preview"] canvas')).toBeGreaterThan(1000);

    // The keyboard moves the second section down, and the focus follows it.
    const before = await sectionLabels();
    await page.locator('[data-testid="report-sections"] [data-index="1"] [data-move="down"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(sectionLabels).toEqual([before[0], before[2], before[1], ...before.slice(3)]);
    await page.keyboard.press('Enter');
    await expect.poll(sectionLabels).toEqual([before[0], before[2], before[3], before[1], ...before.slice(4)]);
    await screenshot(page, 'reports-builder-zh');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('report-export-pdf').click()]);
    const saved = path.join(files, 'monthly.pdf');
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe(`${reportTitle}.pdf`);
    const text = pdfPages(fs.readFileSync(saved)).join('\n');
    expect(text).toContain(reportTitle);
    expect(text).toContain('主要指标');
    expect(text).toContain('分月分类别用电量');
    expect(text).toContain('演示数据');

    await page.getByTestId('report-save').click();
    await page.getByTestId('report-saved').waitFor();
    await page.getByRole('tab', { name: '报告', exact: true }).click();
    await expect.poll(() => page.getByTestId('reports-table').innerText()).toContain(reportTitle);
    await screenshot(page, 'reports-saved-zh');
  });

  it('reads in English, the saved report opening in the builder', async () => {
    await chooseLanguage(page, 'en');
    await page.getByTestId('report-open').first().click();
    await page.getByTestId('preview-title').waitFor();
    await expect.poll(() => page.getByTestId('report-save').innerText()).toBe('Save changes');
    // The report keeps its own language: the preview stays Chinese while the UI speaks English.
    await expect.poll(() => page.getByTestId('report-preview').innerText()).toContain('主要指标');
    await page.getByTestId('report-language').selectOption('en');
    await expect.poll(() => page.getByTestId('report-preview').innerText(), { timeout: 30_000 }).toContain('Key figures');
    await screenshot(page, 'reports-builder-en');
  });
});
