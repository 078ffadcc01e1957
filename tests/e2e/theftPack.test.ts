// The case page's evidence pack in the web host: the button makes the PDF in the UI's language
// and the browser downloads it (the desktop app asks where to save instead).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../helpers/pdfText.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, screenshot } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

let session: DemoSession;
let page: Page;
let files: string;

beforeAll(async () => {
  files = makeTempDir('workbench-e2e-pack-');
  session = await openDemoSession('pack', 200, 240);
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

async function download(name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('case-pack').click()]);
  const saved = path.join(files, name);
  await file.saveAs(saved);
  return fs.readFileSync(saved);
}

describe('the evidence pack button', () => {
  it("downloads the case's PDF in the UI's language", async () => {
    await chooseLanguage(page, 'en');
    await page.getByRole('link', { name: 'Theft & Anomaly' }).click();
    await page.getByTestId('score-now').click();
    const first = page.locator('[data-testid="suspects-table"] .vtable-body [role="row"][data-customer]').first();
    await first.waitFor({ timeout: 30_000 });
    const customer = (await first.getAttribute('data-customer'))!;
    await first.getByRole('button', { name: `Show the evidence of customer ${customer}` }).click();
    await page.getByTestId('open-case').click();
    await page.getByTestId('case-view').waitFor();
    const caseId = /(\d+)$/.exec(await page.evaluate(() => window.location.hash))![1]!;

    const english = await download('en.pdf');
    expect(english.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfPages(english).join('\n');
    expect(text).toContain(`Evidence pack · case ${caseId}`);
    expect(text).toContain(customer);
    await screenshot(page, 'theft-case-pack-en');

    await chooseLanguage(page, 'zh-CN');
    await page.getByRole('button', { name: '证据包（PDF）' }).waitFor();
    const chinese = pdfPages(await download('zh.pdf')).join('\n');
    expect(chinese).toContain(`工单 ${caseId} 证据包`);
    expect(chinese).toContain('演示数据');
    await screenshot(page, 'theft-case-pack-zh');
  });
});
