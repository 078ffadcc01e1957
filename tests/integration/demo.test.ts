// demo.create through the Engine and its workers: the job, its progress, the new workspace
// (opened, labelled as demo data, holding its own job history), its name, and cancellation;
// and the demo the first launch generates, named in the language in effect.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineEvents } from '../../engine/api/contract.js';
import { dataKinds } from '../../engine/api/types.js';
import type { Engine } from '../../engine/host/engine.js';
import { latestVersion } from '../../engine/store/migrations/index.js';
import { runCli } from '../helpers/cli.js';
import { closeTestEngines, createTestEngine, nextEvent } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;

beforeAll(() => {
  engine = createTestEngine();
  dir = makeTempDir();
});

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('demo.create', () => {
  it('generates a demo workspace with progress, opens it and keeps its job in its history', async () => {
    const file = path.join(dir, 'small.workbench');
    const progress: EngineEvents['job.progress'][] = [];
    const opened = nextEvent(engine, 'workspace.changed', (e) => e.workspace?.path === file, 60_000);
    const changed: EngineEvents['data.changed'][] = [];
    const offChanged = engine.on('data.changed', (e) => changed.push(e));
    const info = await engine.runJob('demo.create', { path: file, seed: 4, customers: 200, days: 45 }, (p) => progress.push(p));
    offChanged();
    // Announced before the job's result: the worker sends it first, on the same channel.
    expect(changed).toEqual([{ kinds: [...dataKinds] }]);
    expect(info).toMatchObject({ path: file, isDemo: true, schemaVersion: latestVersion });
    expect(info.sizeBytes).toBeGreaterThan(100_000);
    // Progress is throttled, so which messages arrive depends on speed; that some do, in order, does not.
    const running = progress.filter((p) => p.status === 'running');
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((p, i) => i === 0 || p.fraction >= running[i - 1]!.fraction)).toBe(true);
    await opened;
    expect(engine.workspace?.path).toBe(file);
    const history = await engine.call('jobs.list', {});
    expect(history.some((j) => j.method === 'demo.create' && j.status === 'succeeded')).toBe(true);
    const catalog = await engine.call('catalog.summary', {});
    expect(catalog.kinds.find((k) => k.kind === 'customers')).toMatchObject({ rows: 200 });
  });

  it('refuses to overwrite an existing file', async () => {
    const file = path.join(dir, 'taken.workbench');
    fs.writeFileSync(file, 'not a workspace');
    await expect(engine.runJob('demo.create', { path: file, customers: 50, days: 14, open: false })).rejects.toMatchObject({ code: 'workspace.exists' });
    expect(fs.readFileSync(file, 'utf8')).toBe('not a workspace');
  });

  it('leaves no file behind when cancelled', async () => {
    const file = path.join(dir, 'cancelled.workbench');
    const { jobId } = await engine.call('demo.create', { path: file, customers: 20_000, days: 400, open: false });
    await nextEvent(engine, 'job.progress', (p) => p.id === jobId && p.message.startsWith('Customers'), 60_000);
    // Written beside its place until it is complete.
    expect(fs.existsSync(`${file}.partial`)).toBe(true);
    expect(fs.existsSync(file)).toBe(false);
    await engine.call('jobs.cancel', { id: jobId });
    const done = await nextEvent(engine, 'job.done', (d) => d.id === jobId, 60_000);
    expect(done.status).toBe('cancelled');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('cancelled'))).toEqual([]);
  });

  it('picks a free file in the workspaces folder when no path is given', async () => {
    const first = await engine.runJob('demo.create', { seed: 9, customers: 50, days: 14, open: false });
    const second = await engine.runJob('demo.create', { seed: 9, customers: 50, days: 14, open: false });
    expect(path.basename(first.path)).toBe('demo-9.workbench');
    expect(path.basename(second.path)).toBe('demo-9-2.workbench');
    expect(path.dirname(first.path)).toBe(engine.home.workspacesDir);
    expect(path.dirname(second.path)).toBe(engine.home.workspacesDir);
  });

  it('names the workspace as asked, in English when not asked', async () => {
    const named = await engine.runJob('demo.create', { path: path.join(dir, 'named.workbench'), customers: 50, days: 14, open: false, name: '演示区域（50 户）' });
    expect(named.name).toBe('演示区域（50 户）');
    const unnamed = await engine.runJob('demo.create', { path: path.join(dir, 'unnamed.workbench'), seed: 3, customers: 50, days: 14, open: false });
    expect(unnamed.name).toBe('Demo 50 customers (seed 3)');
    await expect(engine.call('demo.create', { name: '  ' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('refuses an end date that is not in the calendar as bad usage of the command line', async () => {
    const file = path.join(dir, 'february.workbench');
    const run = await runCli(['demo', '--out', file, '--customers', '50', '--days', '14', '--end-date', '2025-02-30'], { home: makeTempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('2025-02-30 is not a day in the calendar');
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('opening the demo when it is done', () => {
  it('does not switch away from a workspace the user opened meanwhile, and opens when asked over an unchanged one', async () => {
    // One job worker, held by a generation until it is cancelled: the user's choice certainly comes before the demo is done.
    const waiting = createTestEngine({ poolSize: 1 });
    const opened: (string | null)[] = [];
    waiting.on('workspace.changed', (e) => opened.push(e.workspace?.path ?? null));
    const blocker = await waiting.call('demo.create', { path: path.join(dir, 'blocker.workbench'), customers: 20_000, days: 400, open: false });
    const wanted = await waiting.call('demo.create', { path: path.join(dir, 'wanted.workbench'), customers: 50, days: 14, open: true });
    const mine = path.join(dir, 'mine.workbench');
    await waiting.call('workspace.create', { path: mine });
    await waiting.call('jobs.cancel', { id: blocker.jobId });
    expect((await nextEvent(waiting, 'job.done', (d) => d.id === wanted.jobId, 60_000)).status).toBe('succeeded');
    expect((await waiting.call('workspace.current', {}))?.path).toBe(mine);

    // Asked for while 'mine' is open, and nothing opened since: this one opens.
    const later = path.join(dir, 'later.workbench');
    const laterOpened = nextEvent(waiting, 'workspace.changed', (e) => e.workspace?.path === later, 60_000);
    await waiting.runJob('demo.create', { path: later, customers: 50, days: 14, open: true });
    await laterOpened;
    expect(opened).toEqual([mine, later]);
  });
});

describe('the first launch', () => {
  /** The name the first launch's demo gets: read from the new file once generation is under way, then cancelled. */
  async function firstLaunchName(systemLocale: string, language: 'zh-CN' | 'en' | null): Promise<string> {
    const first = createTestEngine({ systemLocale });
    if (language) await first.call('settings.set', { language });
    const generating = nextEvent(first, 'job.progress', (p) => p.message.startsWith('Customers'), 60_000);
    await first.ensureWorkspace();
    const { id } = await generating;
    const db = new Database(path.join(first.home.workspacesDir, 'demo.workbench.partial'), { readonly: true });
    try {
      return (db.prepare(`SELECT value FROM meta WHERE key = 'name'`).get() as { value: string }).value;
    } finally {
      db.close();
      await first.call('jobs.cancel', { id });
      await nextEvent(first, 'job.done', (d) => d.id === id, 60_000);
      await first.close();
    }
  }

  it('names the demo in the language the user chose', async () => {
    expect(await firstLaunchName('en-US', 'zh-CN')).toBe('演示区域（5,000 户）');
    expect(await firstLaunchName('zh-CN', 'en')).toBe('Demo region (5,000 customers)');
  });

  it("names it in the system's language when the user chose none", async () => {
    expect(await firstLaunchName('zh-CN', null)).toBe('演示区域（5,000 户）');
  });

  it('leaves nothing behind when the app quits during the generation, and the next start generates afresh', async () => {
    const homeDir = makeTempDir('workbench-home-');
    const quitting = createTestEngine({ homeDir });
    const generating = nextEvent(quitting, 'job.progress', (p) => p.message.startsWith('Customers'), 60_000);
    await quitting.ensureWorkspace();
    await generating;
    await quitting.close();
    expect(fs.readdirSync(quitting.home.workspacesDir)).toEqual([]);

    // A process killed outright cleans nothing up: its partial file stays, and is never opened.
    const partial = path.join(quitting.home.workspacesDir, 'demo.workbench.partial');
    fs.writeFileSync(partial, 'left by a killed process');
    const next = createTestEngine({ homeDir });
    const regenerating = nextEvent(next, 'job.progress', (p) => p.message.startsWith('Customers'), 60_000);
    await next.ensureWorkspace();
    const { id } = await regenerating;
    expect(next.workspace).toBeNull();
    expect(fs.readFileSync(partial).subarray(0, 15).toString()).toBe('SQLite format 3');
    await next.call('jobs.cancel', { id });
    await nextEvent(next, 'job.done', (d) => d.id === id, 60_000);
    expect(fs.readdirSync(next.home.workspacesDir)).toEqual([]);
  });
});
