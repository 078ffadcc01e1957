// The Customer Service page on a small demo workspace, as a service analyst uses it: read the
// ticket volumes, contact heat map and trends; train a ticket classifier, save a keyword rule
// and classify the tickets; tag sensitive customers and read one customer's explanation with
// its evidence; search the tickets. The page read in Chinese too. Screenshots in both languages.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, paintedPixels, screenshot, type AppPage } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

let session: DemoSession;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  // 400 customers over 300 days: tickets of every type, bills and outages to tag from.
  session = await openDemoSession('service', 400, 300);
  ({ app, page } = session);
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

const tab = (name: string) => page.getByRole('tab', { name, exact: true });

describe('customer service', () => {
  it('shows ticket volumes, the contact heat map and the service trends', async () => {
    await chooseLanguage(page, 'en');
    await page.getByRole('link', { name: 'Customer Service' }).click();
    await page.getByTestId('service-total').waitFor();
    for (const chart of ['service-volume', 'service-heatmap', 'service-trend']) {
      await expect.poll(() => paintedPixels(page, `[data-chart="${chart}"] canvas`), { timeout: 10_000 }).toBeGreaterThan(2000);
    }
    expect(await page.locator('[data-testid="service-by-channel"] tbody tr').count()).toBeGreaterThan(1);
    expect(await page.locator('[data-testid="service-channels"] tbody tr').count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await screenshot(page, 'service-overview-en');
  });

  it('trains a classifier on the tickets, saves a keyword rule and classifies the tickets', async () => {
    await tab('Ticket text').click();
    await page.getByText('No classifier yet').waitFor();
    await page.getByTestId('text-train').click();
    await page.getByTestId('text-model').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('text-accuracy').innerText()).toMatch(/accuracy 0\.\d{3}, macro F1 0\.\d{3}/);
    expect(await page.locator('[data-testid="text-metrics"] tbody tr').count()).toBeGreaterThan(1);
    await page.locator('input[data-rule="complaint"]').fill('12398，记者');
    await page.getByTestId('text-save-rules').click();
    await page.getByText('Rules saved; classify again to apply them.').waitFor();
    await page.getByTestId('text-classify').click();
    await page.getByTestId('text-labels').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="text-labels"] tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'service-text-en');
  });

  it("trains on an analyst's labelled CSV, its columns guessed", async () => {
    const file = path.join(makeTempDir('workbench-e2e-service-files-'), 'reviews.csv');
    const good = ['服务很好，师傅很快来修好了', '态度热情，处理及时', '非常满意，谢谢'];
    const bad = ['停电一天没人管，太差了', '电费太高，客服不理人', '投诉多次没有结果，很失望'];
    const lines = ['sentiment,review'];
    for (let i = 0; i < 30; i++) lines.push(`pos,${good[i % 3]}${i}`, `neg,${bad[i % 3]}${i}`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    await page.getByTestId('text-csv-input').setInputFiles(file);
    await expect.poll(() => page.getByTestId('text-column').inputValue()).toBe('review');
    expect(await page.getByTestId('label-column').inputValue()).toBe('sentiment');
    await page.getByTestId('text-train-csv').click();
    await expect.poll(() => page.locator('[data-testid="text-metrics"] tbody tr[data-label="pos"]').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.getByTestId('text-accuracy').innerText()).toContain('60 tickets');
  });

  it('switches between saved models and deletes one', async () => {
    const heading = page.locator('#text-model-title');
    expect(await heading.innerText()).toContain('reviews.csv');
    const pick = page.getByTestId('text-model-pick');
    const ticketModel = await pick.locator('option').nth(1).getAttribute('value');
    await pick.selectOption(ticketModel!);
    await expect.poll(() => heading.innerText()).not.toContain('reviews.csv');
    await pick.selectOption({ index: 0 });
    await page.getByTestId('text-model-delete').click();
    await page.getByRole('dialog').getByText('reviews.csv').waitFor();
    await page.getByTestId('confirm-delete').click();
    await expect.poll(() => heading.innerText()).not.toContain('reviews.csv');
    expect(await pick.count()).toBe(0);
  });

  it("tags sensitive customers and explains one customer's tags with their evidence", async () => {
    await tab('Sensitive customers').click();
    await page.getByText('No customers tagged yet').waitFor();
    await page.getByTestId('tag-run').click();
    const rows = page.locator('[data-testid="tagged-customers"] tbody tr');
    await rows.first().waitFor({ timeout: 60_000 });
    const customer = (await rows.first().getAttribute('data-customer'))!;
    await rows.first().getByRole('button', { name: `Show why ${customer} is tagged` }).click();
    const evidence = page.getByTestId('tag-evidence');
    await evidence.locator('.tag-explained').first().waitFor();
    expect(await evidence.locator('.tag-explained p').first().innerText()).toMatch(/\.$/);
    expect(await evidence.locator('.evidence-list li').count()).toBeGreaterThan(0);
    expect(await evidence.innerText()).toContain('ticket');
    await screenshot(page, 'service-tags-en');
  });

  it('finds tickets by their text', async () => {
    await tab('Tickets').click();
    const count = () => page.getByTestId('ticket-count').innerText();
    await page.getByTestId('ticket-count').waitFor();
    const all = await count();
    await page.getByTestId('ticket-search').fill('电');
    await expect.poll(count).not.toBe(all);
    expect(await page.locator('[data-testid="tickets"] tbody tr').first().locator('td').nth(5).innerText()).toContain('电');
  });

  it('reads in Chinese', async () => {
    await chooseLanguage(page, 'zh-CN');
    await tab('敏感客户').click();
    await page.locator('[data-testid="tagged-customers"] tbody tr').first().getByRole('button').click();
    await page.getByTestId('tag-evidence').locator('.tag-explained').first().waitFor();
    expect(await page.getByTestId('tag-evidence').innerText()).toContain('工单');
    await screenshot(page, 'service-tags-zh');
    await tab('概览').click();
    await expect.poll(() => paintedPixels(page, '[data-chart="service-heatmap"] canvas'), { timeout: 10_000 }).toBeGreaterThan(2000);
    await page.waitForTimeout(500);
    await screenshot(page, 'service-overview-zh');
    await tab('工单文本').click();
    await page.getByTestId('text-model').waitFor();
    await page.locator('[data-testid="text-metrics"] tbody tr').first().waitFor();
    await screenshot(page, 'service-text-zh');
    expect(app.errors).toEqual([]);
  });
});
