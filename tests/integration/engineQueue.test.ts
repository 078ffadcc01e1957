// The JobManager's queue (engine/host/jobManager.ts, jobPool.ts) with a stand-in job worker:
// write jobs on one workspace file one at a time and in order, reads and other workspaces beside
// them, a read-only job's history row in the write turn after them; and closing, which lets
// cancelled jobs clean up before it ends their threads.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventHub } from '../../engine/host/events.js';
import { systemActor } from '../../engine/core/osUser.js';
import type { JobAccess } from '../../engine/host/jobAccess.js';
import { JobManager } from '../../engine/host/jobManager.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let script: string;
const managers: JobManager[] = [];

/**
 * A job works until it is cancelled (the test's way of ending it), then takes `cleanupMs` to
 * clean up and replies 'cancelled'; with `ignoreCancel` it never ends. A job with `readsIn`
 * ends at once, handing the host its history row as a read-only job does; the request to
 * record that row is logged to the job.
 */
const WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (m) => {
  const reply = (result) => parentPort.postMessage({ type: 'reply', seq: m.seq, ok: true, result });
  if (m.type === 'record') {
    parentPort.postMessage({ type: 'log', jobId: m.row.jobId, line: 'recorded ' + m.row.status + ' in ' + m.workspace });
    return reply(null);
  }
  if (m.args.readsIn) {
    parentPort.postMessage({ type: 'jobHistory', workspace: m.args.readsIn, row: { jobId: m.jobId, status: 'succeeded' } });
    return reply('read');
  }
  const flag = new Int32Array(m.cancel);
  const poll = setInterval(() => {
    if (Atomics.load(flag, 0) !== 1 || m.args.ignoreCancel) return;
    clearInterval(poll);
    setTimeout(() => parentPort.postMessage({ type: 'reply', seq: m.seq, ok: false, error: { code: 'cancelled', message: 'cleaned up' } }), m.args.cleanupMs ?? 0);
  }, 2);
});
`;

beforeAll(() => {
  const dir = makeTempDir();
  script = path.join(dir, 'job-worker.mjs');
  fs.writeFileSync(script, WORKER);
});

afterAll(async () => {
  await Promise.all(managers.map((m) => m.close(0)));
  removeTempDirs();
});

function manager(poolSize: number) {
  const events = new EventHub();
  const created = new JobManager(script, poolSize, { exportsDir: '/nowhere', workspacesDir: '/nowhere' }, events, () => undefined);
  managers.push(created);
  const status = (id: string) => created.detail(id)?.status;
  const start = (access: JobAccess, args: object = {}) => created.start('import.run', 'test job', args, access.queueOn, access, systemActor()).id;
  /** Resolves when the job starts running: listen before the call that should start it. */
  const starts = (id: string) =>
    new Promise<void>((resolve) => {
      const off = events.on('job.progress', (p) => {
        if (p.id !== id || p.status !== 'running') return;
        off();
        resolve();
      });
    });
  return { jobs: created, status, start, starts };
}

const writes = (file: string): JobAccess => ({ writes: true, queueOn: file });
const reads: JobAccess = { writes: false, queueOn: null };

describe('write jobs on one workspace', () => {
  it('run one at a time, in order, while reads and other workspaces run beside them', async () => {
    const { jobs, status, start, starts } = manager(5);
    const first = start(writes('/w/a.workbench'));
    const second = start(writes('/w/a.workbench'));
    const third = start(writes('/w/a.workbench'));
    const other = start(writes('/w/b.workbench'));
    const read = start(reads);
    expect([first, second, third, other, read].map(status)).toEqual(['running', 'queued', 'queued', 'running', 'running']);

    const secondStarts = starts(second);
    jobs.cancel(first);
    await secondStarts;
    expect([first, second, third].map(status)).toEqual(['cancelled', 'running', 'queued']);
    const thirdStarts = starts(third);
    jobs.cancel(second);
    await thirdStarts;
    expect(status(second)).toBe('cancelled');
    for (const id of [third, other, read]) jobs.cancel(id);
  });

  it('wait for a free worker like any job, and keep their turn', async () => {
    const { jobs, status, start, starts } = manager(1);
    const first = start(writes('/w/c.workbench'));
    const read = start(reads);
    const second = start(writes('/w/c.workbench'));
    expect([first, read, second].map(status)).toEqual(['running', 'queued', 'queued']);
    const readStarts = starts(read);
    jobs.cancel(first);
    await readStarts;
    expect(status(second)).toBe('queued');
    const secondStarts = starts(second);
    jobs.cancel(read);
    await secondStarts;
    jobs.cancel(second);
  });
});

describe('the history row of a read-only job', () => {
  it('is written after the write job running on its workspace, never beside it, and before the workers end', async () => {
    const { jobs, status, start } = manager(2);
    const importing = start(writes('/w/e.workbench'));
    const exporting = start(reads, { readsIn: '/w/e.workbench' });
    await jobs.wait(exporting);
    expect(status(importing)).toBe('running');
    expect(jobs.detail(exporting)?.log).toEqual([]); // its row waits for the import's turn to end
    await jobs.close();
    expect(status(importing)).toBe('cancelled');
    expect(jobs.detail(exporting)?.log).toEqual(['recorded succeeded in /w/e.workbench']);
  });
});

describe('closing', () => {
  it('cancels the jobs and lets the running ones finish cleaning up before it ends the workers', async () => {
    const { jobs, status, start } = manager(1);
    const running = start(writes('/w/d.workbench'), { cleanupMs: 300 });
    const queued = start(writes('/w/d.workbench'));
    await jobs.close();
    expect(status(running)).toBe('cancelled');
    expect(jobs.detail(running)?.error?.message).toBe('cleaned up');
    expect(status(queued)).toBe('cancelled');
    expect(() => start(reads)).toThrow(/closing/);
  });

  it('does not wait longer than its grace period for a job that does not stop', async () => {
    const { jobs, status, start } = manager(1);
    const stubborn = start(reads, { ignoreCancel: true });
    await jobs.close(100);
    expect(status(stubborn)).toBe('failed');
    expect(jobs.detail(stubborn)?.error?.message).toMatch(/worker stopped/);
  });
});
