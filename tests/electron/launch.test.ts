// Launches the desktop app where Electron can run and checks that the window shows the app
// from app://workbench with nothing but the preload's bridge. Where Electron's binary, a
// display or better-sqlite3-multiple-ciphers built for Electron cannot be had (offline machines, CI without
// them), this test is skipped and says why: the same UI is tested in Chromium by tests/e2e.
import fs from 'node:fs';
import path from 'node:path';
import { _electron } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { repoRoot, requireEngineBuild } from '../helpers/paths.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { prepareElectron } from './prepare.js';

afterAll(() => removeTempDirs());

it('opens the app in a hardened window', async (ctx) => {
  const electron = await prepareElectron(repoRoot, (line) => console.info(line));
  if (!electron.ready) {
    const note = `${electron.reason}; the same UI is tested in Chromium by tests/e2e`;
    console.info(`Electron launch test skipped: ${note}.`);
    ctx.skip(note);
    return;
  }
  requireEngineBuild();
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first.');

  // A home whose last workspace is an empty one, so that start-up does not generate the demo.
  const home = makeTempDir('workbench-electron-home-');
  const workspace = path.join(home, 'launch.workbench');
  openWorkspaceDb(workspace, { create: true }).close();
  fs.writeFileSync(path.join(home, 'settings.json'), JSON.stringify({ language: 'en', recent: [{ path: workspace, name: 'launch', openedAt: new Date().toISOString() }] }));

  const app = await _electron.launch({
    executablePath: electron.binary,
    args: [repoRoot],
    env: { ...(process.env as Record<string, string>), WORKBENCH_HOME: home, WORKBENCH_SQLITE_BINDING: electron.binding },
  });
  try {
    const page = await app.firstWindow();
    await page.locator('nav').first().waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/^app:\/\/workbench\//);
    const exposed = await page.evaluate(() => ({
      bridge: Object.keys((window as unknown as { workbench: object }).workbench).sort(),
      node: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ bridge: ['invoke', 'on'], node: 'undefined', process: 'undefined' });
    const reply = await page.evaluate(() =>
      (window as unknown as { workbench: { invoke(m: string, a: unknown): Promise<unknown> } }).workbench.invoke('workspace.current', {}),
    );
    expect(reply).toMatchObject({ ok: true, result: { path: workspace } });
  } finally {
    await app.close();
  }
});
