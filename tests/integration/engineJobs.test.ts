// Jobs through the Engine: progress events, a result, cancellation, failure, and the job
// history kept in the workspace (also for a job a killed process left running).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineEvents } from '../../engine/api/contract.js';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine, nextEvent } from '../helpers/engine.js';
import { writeWideCurveCsv } from '../helpers/dataFiles.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;
let workspace: string;

beforeAll(async () => {
  engine = createTestEngine();
  dir = makeTempDir();
  workspace = path.join(dir, 'jobs.workbench');
  await engine.call('workspace.create', { path: workspace });
});

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

/**
 * Starts a job and collects its progress events until it is done. Listening starts before the
 * call: the engine announces 'queued' and 'running' while it answers.
 */
async function startWatched(call: () => Promise<{ jobId: string }>) {
  const all: EngineEvents['job.progress'][] = [];
  const off = engine.on('job.progress', (p) => all.push(p));
  const { jobId } = await call();
  const done = nextEvent(engine, 'job.done', (d) => d.id === jobId, 120_000).finally(off);
  return { jobId, progress: () => all.filter((p) => p.id === jobId), done };
}

async function reopen(): Promise<void> {
  await engine.call('workspace.close', {});
  await engine.call('workspace.open', { path: workspace });
}

describe('a job that succeeds', () => {
  let jobId: string;

  it('reports progress and ends with its result', async () => {
    const file = path.join(dir, 'curves.csv');
    const rows = writeWideCurveCsv(file, { meters: 200, days: 30 });
    await engine.call('catalog.summary', {}); // as the Data page would: a query worker keeps a connection open
    const job = await startWatched(() => engine.call('import.run', { path: file, kind: 'interval' }));
    jobId = job.jobId;
    const finished = await job.done;
    const progress = job.progress();

    expect(finished).toMatchObject({ id: jobId, method: 'import.run', label: 'curves.csv', status: 'succeeded' });
    expect(finished.result).toMatchObject({ kind: 'interval', rowsRead: rows, quarantined: 0 });
    expect(progress.map((p) => p.status).slice(0, 2)).toEqual(['queued', 'running']);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
  });

  it('leaves its data in the database file, not in a WAL as large as the import', async () => {
    // A query worker has kept its connection open all along, so closing the job's did not empty the WAL.
    const walFile = `${workspace}-wal`;
    expect(fs.existsSync(walFile) ? fs.statSync(walFile).size : 0).toBe(0);
    const info = await engine.call('workspace.current', {});
    expect(info?.sizeBytes).toBe(fs.statSync(workspace).size);
    expect(info?.sizeBytes).toBeGreaterThan(1_000_000);
  });

  it('is kept in the workspace with its log', async () => {
    await reopen();
    const listed = (await engine.call('jobs.list', {})).find((j) => j.id === jobId);
    expect(listed).toMatchObject({ id: jobId, method: 'import.run', status: 'succeeded', workspace });
    const detail = await engine.call('jobs.get', { id: jobId });
    expect(detail.log.some((line) => line.includes('started import.run'))).toBe(true);
  });
});

describe('a job that is cancelled', () => {
  it('stops, says cancelled, and leaves the data as it was', async () => {
    const before = await engine.call('catalog.summary', {});
    const file = path.join(dir, 'large.csv');
    writeWideCurveCsv(file, { meters: 2000, days: 120 });
    const { jobId, done } = await startWatched(() => engine.call('import.run', { path: file, kind: 'interval' }));
    await nextEvent(engine, 'job.progress', (p) => p.id === jobId && p.fraction > 0);
    await expect(engine.call('jobs.cancel', { id: jobId })).resolves.toEqual({ cancelled: true });
    const finished = await done;

    expect(finished.status).toBe('cancelled');
    expect(finished.error?.code).toBe('cancelled');
    expect(await engine.call('catalog.summary', {})).toEqual(before);
    await reopen();
    expect((await engine.call('jobs.list', {})).find((j) => j.id === jobId)?.status).toBe('cancelled');
    // A finished job cannot be cancelled again.
    await expect(engine.call('jobs.cancel', { id: jobId })).resolves.toEqual({ cancelled: false });
  });
});

describe('a job that fails', () => {
  it('says why, and the failure is kept in the history', async () => {
    const file = path.join(dir, 'picture.csv');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0, 0, 0]));
    const { jobId, done } = await startWatched(() => engine.call('import.run', { path: file, kind: 'interval' }));
    const finished = await done;
    expect(finished.status).toBe('failed');
    expect(finished.error?.message).toBeTruthy();
    await reopen();
    const listed = (await engine.call('jobs.list', {})).find((j) => j.id === jobId);
    expect(listed).toMatchObject({ status: 'failed', error: { code: finished.error!.code } });
  });

  it('needs an open workspace to start', async () => {
    await engine.call('workspace.close', {});
    await expect(engine.call('import.run', { path: path.join(dir, 'curves.csv'), kind: 'interval' })).rejects.toMatchObject({
      code: 'workspace.none_open',
    });
    await engine.call('workspace.open', { path: workspace });
  });
});

describe('jobs on the same workspace', () => {
  it('imports one after the other (never a locked workspace) while a read-only job runs beside them', async () => {
    const first = path.join(dir, 'meters-a.csv');
    const second = path.join(dir, 'meters-b.csv');
    writeWideCurveCsv(first, { meters: 300, days: 30, start: '2023-01-01', badDateRows: [5] });
    writeWideCurveCsv(second, { meters: 300, days: 30, start: '2023-03-01' });
    const a = await startWatched(() => engine.call('import.run', { path: first, kind: 'interval' }));
    const quarantined = (await a.done).result as { importId: number };

    const order: string[] = [];
    const off = engine.on('job.progress', (p) => p.status === 'running' && order.push(`${p.label} running`));
    const offDone = engine.on('job.done', (d) => order.push(`${d.label} ${d.status}`));
    try {
      const b = await startWatched(() => engine.call('import.run', { path: first, kind: 'interval' }));
      const c = await startWatched(() => engine.call('import.run', { path: second, kind: 'interval' }));
      const exported = await startWatched(() => engine.call('import.exportQuarantine', { importId: quarantined.importId }));
      expect([b.jobId, c.jobId, exported.jobId].map((id) => engine.jobs.detail(id)?.status)).toEqual(['running', 'queued', 'running']);

      const [bDone, cDone, exportDone] = await Promise.all([b.done, c.done, exported.done]);
      expect([bDone.status, cDone.status, exportDone.status]).toEqual(['succeeded', 'succeeded', 'succeeded']);
      expect(cDone.result).toMatchObject({ imported: 9000 });
      expect(order.indexOf('meters-b.csv running')).toBeGreaterThan(order.indexOf('meters-a.csv succeeded'));
    } finally {
      off();
      offDone();
    }
    await reopen();
    const history = await engine.call('jobs.list', {});
    expect(history.find((j) => j.method === 'import.exportQuarantine')).toMatchObject({ status: 'succeeded', workspace });
  });
});

describe('a read-only job while another program writes the workspace', () => {
  it('ends without waiting for the write lock, and its history row is written once the lock is free', async () => {
    const own = createTestEngine();
    const file = path.join(dir, 'export-beside.workbench');
    await own.call('workspace.create', { path: file });
    const csv = path.join(dir, 'one-bad-row.csv');
    writeWideCurveCsv(csv, { meters: 2, days: 2, badDateRows: [2] });
    const { importId } = await own.runJob('import.run', { path: csv, kind: 'interval' });

    const writer = new Database(file);
    writer.exec('BEGIN IMMEDIATE'); // as the command line's import would, for as long as it runs
    let exportId: string;
    try {
      exportId = (await own.call('import.exportQuarantine', { importId })).jobId;
      await expect(own.jobs.wait(exportId)).resolves.toMatchObject({ fileName: expect.stringMatching(/\.xlsx$/) });
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
    await own.close(); // writes the rows still waiting for their turn
    const stored = new Database(file, { readonly: true });
    try {
      expect(stored.prepare('SELECT method, status FROM jobs WHERE job_id = ?').get(exportId)).toEqual({
        method: 'import.exportQuarantine',
        status: 'succeeded',
      });
    } finally {
      stored.close();
    }
  });
});

describe('a job left running by a killed process', () => {
  /** A job row another process left 'running' (owner null: none recorded, which counts as gone). */
  function leaveRunning(label: string, owner: { pid: number; host: string } | null = null): string {
    const id = randomUUID();
    const db = new Database(workspace);
    db.prepare(
      `INSERT INTO jobs (job_id, method, label, status, started_at, args, owner_pid, owner_host) VALUES (?, 'import.run', ?, 'running', ?, '{}', ?, ?)`,
    ).run(id, label, new Date(Date.now() - 60_000).toISOString(), owner?.pid ?? null, owner?.host ?? null);
    db.close();
    return id;
  }

  it('shows as interrupted when the workspace is opened again', async () => {
    await engine.call('workspace.close', {});
    const id = leaveRunning('meters.csv');

    await engine.call('workspace.open', { path: workspace });
    const listed = (await engine.call('jobs.list', {})).find((j) => j.id === id);
    expect(listed).toMatchObject({ id, status: 'interrupted', label: 'meters.csv' });
    expect(listed?.finishedAt).toBeTruthy();
    await expect(engine.call('jobs.get', { id })).resolves.toMatchObject({ status: 'interrupted' });
  });

  it('stays running while the process that runs it is alive, and only then', async () => {
    const alive = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60_000)'], { stdio: 'ignore' });
    const ended = spawnSync(process.execPath, ['-e', '']);
    try {
      await engine.call('workspace.close', {});
      const host = os.hostname();
      const importing = leaveRunning('importing elsewhere.csv', { pid: alive.pid!, host });
      const killed = leaveRunning('killed.csv', { pid: ended.pid!, host });
      const otherHost = leaveRunning('other host.csv', { pid: alive.pid!, host: `${host}-elsewhere` });
      const notHere = leaveRunning('this process.csv', { pid: process.pid, host });
      await engine.call('workspace.open', { path: workspace });
      const status = async (id: string) => (await engine.call('jobs.get', { id })).status;
      expect(await status(importing)).toBe('running');
      expect(await status(killed)).toBe('interrupted');
      expect(await status(otherHost)).toBe('interrupted');
      expect(await status(notHere)).toBe('interrupted'); // this process runs no such job
    } finally {
      alive.kill();
    }
  });

  it('answers not_found for a job that never was', async () => {
    await expect(engine.call('jobs.get', { id: 'no-such-job' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
