// demo.create through the Engine and its workers: the job, its progress, the new workspace
// (opened, labelled as demo data, holding its own job history), and cancellation.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineEvents } from '../../engine/api/contract.js';
import type { Engine } from '../../engine/host/engine.js';
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
    const info = await engine.runJob('demo.create', { path: file, seed: 4, customers: 200, days: 45 }, (p) => progress.push(p));
    expect(info).toMatchObject({ path: file, isDemo: true, schemaVersion: 1 });
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
    expect(fs.existsSync(file)).toBe(true);
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
    expect(path.dirname(first.path)).toBe(path.dirname(second.path));
  });
});
