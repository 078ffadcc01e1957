// An end-to-end session on a small demo workspace: the demo written by the CLI, the web host
// opened on it and Chromium on the host's page (the pages' own tests share this set-up).
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';
import { launchBrowser, openApp, type AppPage } from './browser.js';

export interface DemoSession {
  host: RunningWebHost;
  browser: Browser;
  app: AppPage;
  page: Page;
  close(): Promise<void>;
}

/** A seed-7 demo of `customers` × `days`, shown at 1280 × 800, the smallest window the pages are laid out for. */
export async function openDemoSession(name: string, customers: number, days: number): Promise<DemoSession> {
  const home = makeTempDir(`workbench-e2e-${name}-`);
  const workspace = path.join(home, `demo-${name}.workbench`);
  const demo = await runCli(['demo', '--out', workspace, '--seed', '7', '--customers', String(customers), '--days', String(days)], { home });
  if (demo.code !== 0) throw new Error(`workbench demo failed (${demo.code}):\n${demo.stderr}`);
  const host = await startWebHost({ home, args: ['--workspace', workspace] });
  const browser = await launchBrowser();
  const app = await openApp(browser, host.url, { width: 1280, height: 800 });
  return {
    host,
    browser,
    app,
    page: app.page,
    close: async () => {
      await browser.close();
      await host.stop();
    },
  };
}
