// Recovery after a crash: a command-line import and a web host's theft scoring are killed
// (SIGKILL, as a crash or a power cut ends them) while they write the workspace. The workspace
// then opens consistent (SQLite's integrity check), holds the import's rows all or nothing as
// the import promises (here nothing: it had not committed), lists the killed jobs as
// interrupted, and imports the same file again.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { runCli } from '../helpers/cli.js';
import { writeWideCurveCsv } from '../helpers/dataFiles.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { cliLauncher, repoRoot } from '../helpers/paths.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { request } from '../helpers/http.js';
import { startWebHost } from '../helpers/webHost.js';

let home: string;
let dir: string;

beforeAll(() => {
  home = makeTempDir('workbench-crash-home-');
  dir = makeTempDir('workbench-crash-');
});

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

function readOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    db.pragma('busy_timeout = 5000');
    return read(db);
  } finally {
    db.close();
  }
}

/** Resolves once the workspace's job history shows `method` running (the job writes that row first). */
async function untilRunning(workspace: string, method: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = fs.existsSync(workspace)
      ? readOnly(workspace, (db) => db.prepare(`SELECT count(*) FROM jobs WHERE method = ? AND status = 'running'`).pluck().get(method) as number)
      : 0;
    if (running > 0) return;
    if (Date.now() > deadline) throw new Error(`${method} was not seen running within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function opened(workspace: string): Promise<Engine> {
  const engine = createTestEngine();
  await engine.openWorkspace(workspace);
  return engine;
}

describe('after a crash mid-import', () => {
  it('opens consistent, without the import, lists it as interrupted, and imports the file again', async () => {
    const workspace = path.join(dir, 'import.workbench');
    const small = path.join(dir, 'small.csv');
    writeWideCurveCsv(small, { meters: 20, days: 10, start: '2025-01-01' });
    expect((await runCli(['import', '--workspace', workspace, '--kind', 'interval', small], { home })).code).toBe(0);
    const before = readOnly(workspace, (db) => db.prepare('SELECT count(*) FROM interval_load').pluck().get() as number);

    const big = path.join(dir, 'big.csv');
    const rows = writeWideCurveCsv(big, { meters: 1000, days: 40, start: '2025-02-01' });
    const child = spawn(process.execPath, [cliLauncher, 'import', '--workspace', workspace, '--kind', 'interval', big], {
      cwd: repoRoot,
      env: { ...process.env, WORKBENCH_HOME: home },
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    await untilRunning(workspace, 'import.run');
    // writing: its transaction has begun filling the WAL
    const deadline = Date.now() + 30_000;
    while (!(fs.existsSync(`${workspace}-wal`) && fs.statSync(`${workspace}-wal`).size > 4 * 1024 * 1024) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const engine = await opened(workspace);
    expect(readOnly(workspace, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
    const after = readOnly(workspace, (db) => ({
      rows: db.prepare('SELECT count(*) FROM interval_load').pluck().get() as number,
      imports: db.prepare('SELECT file_name FROM imports ORDER BY import_id').pluck().all() as string[],
    }));
    expect(after).toEqual({ rows: before, imports: ['small.csv'] });
    const history = await engine.call('import.history', {});
    expect(history.map((h) => h.fileName)).toEqual(['small.csv']);
    const jobs = await engine.call('jobs.list', { limit: 50 });
    expect(jobs.filter((j) => j.method === 'import.run').map((j) => j.status).sort()).toEqual(['interrupted', 'succeeded']);

    const again = await engine.runJob('import.run', { path: big, kind: 'interval' });
    expect(again.imported).toBe(rows);
    expect(readOnly(workspace, (db) => db.prepare('SELECT count(*) FROM interval_load').pluck().get())).toBe(before + rows);
  }, 180_000);
});

describe('after a crash mid-job', () => {
  it('opens consistent, lists the job as interrupted, and saved nothing of it', async () => {
    const workspace = path.join(dir, 'demo.workbench');
    expect((await runCli(['demo', '--out', workspace, '--customers', '150', '--days', '120', '--seed', '6'], { home })).code).toBe(0);
    const host = await startWebHost({ home: makeTempDir('workbench-crash-web-'), args: ['--workspace', workspace, '--no-demo'] });
    const started = await request(`${host.origin}/api/theft.score`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': host.token },
      body: '{}',
    });
    expect(started.status, started.text()).toBe(200);
    await untilRunning(workspace, 'theft.score');
    const exited = new Promise<NodeJS.Signals | null>((resolve) => host.child.once('exit', (_code, signal) => resolve(signal)));
    host.child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const engine = await opened(workspace);
    expect(readOnly(workspace, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
    const jobs = await engine.call('jobs.list', { limit: 50 });
    expect(jobs.find((j) => j.method === 'theft.score')).toMatchObject({ status: 'interrupted' });
    expect(await engine.call('theft.runs', {})).toEqual([]);
    // and the workspace takes the job again
    const run = await engine.runJob('theft.score', {});
    expect(run.customers).toBe(150);
  }, 240_000);
});
