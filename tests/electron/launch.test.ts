// Launches the desktop app where an Electron binary exists and checks that the window shows
// the app from app://workbench with nothing but the preload's bridge. Electron's binary is
// downloaded on first use; where that cannot happen (offline machines, CI without it) this
// test is skipped and says why: the same UI is tested in Chromium by tests/e2e.
import fs from 'node:fs';
import path from 'node:path';
import { _electron } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { ensureElectronSqlite } from '../../electron/nativeSqlite.mjs';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { repoRoot, requireEngineBuild } from '../helpers/paths.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

const SKIP_NOTE = 'no Electron binary on this machine: the same UI is tested in Chromium by tests/e2e';

function electronBinary(): string | null {
  const electronDir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

afterAll(() => removeTempDirs());

it('opens the app in a hardened window', async (ctx) => {
  const binary = electronBinary();
  if (!binary) console.info(`Electron launch test skipped: ${SKIP_NOTE}.`);
  ctx.skip(!binary, SKIP_NOTE);
  requireEngineBuild();
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first.');

  // A home whose last workspace is an empty one, so that start-up does not generate the demo.
  const home = makeTempDir('workbench-electron-home-');
  const workspace = path.join(home, 'launch.workbench');
  openWorkspaceDb(workspace, { create: true }).close();
  fs.writeFileSync(path.join(home, 'settings.json'), JSON.stringify({ language: 'en', recent: [{ path: workspace, name: 'launch', openedAt: new Date().toISOString() }] }));

  const binding = await ensureElectronSqlite(repoRoot, (line) => console.info(line));
  const app = await _electron.launch({
    executablePath: binary!,
    args: [repoRoot],
    env: { ...(process.env as Record<string, string>), WORKBENCH_HOME: home, WORKBENCH_SQLITE_BINDING: binding },
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
