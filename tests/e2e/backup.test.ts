// Administration › Backups in the web host: back up now (into the default folder), see the backup
// listed and verify it, restore it to a new workspace file and open that; read in Chinese.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../helpers/http.js';
import { removeTempDirs } from '../helpers/tempDirs.js';
import { chooseLanguage, screenshot } from './browser.js';
import { openDemoSession, type DemoSession } from './demoSession.js';

let session: DemoSession;
let page: Page;

beforeAll(async () => {
  session = await openDemoSession('backup', 50, 14);
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  removeTempDirs();
});

describe('the Backups tab', () => {
  it('backs up now, lists and verifies the backup, restores it to a new workspace and opens it', async () => {
    await chooseLanguage(page, 'en');
    await page.evaluate(() => {
      window.location.hash = '#/admin/backups';
    });
    await page.getByTestId('backups-tab').waitFor();
    await expect.poll(() => page.getByTestId('backup-age').textContent()).toMatch(/no backup/);
    const folder = await page.getByTestId('backup-folder').inputValue();
    expect(folder).toMatch(/backups$/);

    await page.getByTestId('backup-now').click();
    await page.getByTestId('backup-done').waitFor({ timeout: 30_000 });
    const rows = page.getByTestId('backup-row');
    await expect.poll(() => rows.count()).toBe(1);
    const file = fs.readdirSync(folder).find((f) => f.endsWith('.workbench-backup'))!;
    expect(fs.existsSync(path.join(folder, `${file}.manifest.json`))).toBe(true);
    await expect.poll(() => rows.first().textContent()).toContain(file);
    await expect.poll(() => page.getByTestId('backup-age').textContent()).toMatch(/today/);

    await rows.first().getByTestId('backup-verify').click();
    await rows.first().getByText('✓ intact (checked now)').waitFor({ timeout: 30_000 });

    await rows.first().getByTestId('backup-restore').click();
    expect(await page.getByTestId('restore-backup').inputValue()).toBe(path.join(folder, file));
    await page.getByTestId('restore-run').click();
    const done = page.getByTestId('restore-done');
    await done.waitFor({ timeout: 30_000 });
    const restored = /Restored to (.+\.workbench) \(/.exec((await done.textContent())!)![1]!;
    expect(fs.existsSync(restored)).toBe(true);
    await screenshot(page, 'admin-backups-en');

    await page.getByTestId('restore-open').click();
    // the restored copy is the open workspace now
    const current = async () => {
      const res = await request(`${session.host.origin}/api/workspace.current`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': session.host.token },
        body: '{}',
      });
      return (res.json<{ ok: true; result: { path: string } | null }>().result ?? { path: '' }).path;
    };
    await expect.poll(current, { timeout: 15_000 }).toBe(restored);

    await chooseLanguage(page, 'zh-CN');
    await page.getByRole('heading', { name: '本工作区的备份' }).waitFor();
    await screenshot(page, 'admin-backups-zh');
  });
});
