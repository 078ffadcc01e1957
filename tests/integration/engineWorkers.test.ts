// The host's side of a worker thread (engine/host/workerClient.ts), with small stand-in
// worker scripts: replies matched to requests, a dead worker replaced, and whatever a worker
// prints kept off the host's stdout (which carries the CLI's JSON and the web host's address).
// And the worker's side (engine/worker/serve.ts): one reply per request, and a thread that an
// uncaught exception may have left unable to reply stops and is replaced; a query worker keeps
// a connection to the open workspace only (engine/worker/queryConnections.ts).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { QueryPool } from '../../engine/host/queryPool.js';
import { WorkerClient } from '../../engine/host/workerClient.js';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { builtWorker, repoRoot, requireEngineBuild } from '../helpers/paths.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let dir: string;
const clients: WorkerClient[] = [];

function client(body: string): WorkerClient {
  const script = path.join(dir, `worker-${clients.length}.mjs`);
  fs.writeFileSync(script, `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => {\n${body}\n});\n`);
  const created = new WorkerClient(script, 'query', { exportsDir: dir, workspacesDir: dir }, () => undefined);
  clients.push(created);
  return created;
}

const call = (c: WorkerClient, args: unknown = {}) => c.request({ type: 'call', method: 'test', args, workspace: null });

beforeAll(() => {
  dir = makeTempDir();
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.terminate()));
  removeTempDirs();
});

describe('WorkerClient', () => {
  it('matches replies to their requests, also out of order', async () => {
    const echo = client(`setTimeout(() => parentPort.postMessage({ type: 'reply', seq: m.seq, ok: true, result: m.args.n }), 30 - m.args.n * 10);`);
    await expect(Promise.all([call(echo, { n: 1 }), call(echo, { n: 2 }), call(echo, { n: 3 })])).resolves.toEqual([1, 2, 3]);
  });

  it('rebuilds engine errors from their payload', async () => {
    const failing = client(`parentPort.postMessage({ type: 'reply', seq: m.seq, ok: false, error: { code: 'not_found', message: 'gone', details: { id: 7 } } });`);
    await expect(call(failing)).rejects.toMatchObject({ name: 'EngineError', code: 'not_found', message: 'gone', details: { id: 7 } });
  });

  it('fails the pending requests of a worker that dies, then starts a new one', async () => {
    const fragile = client(`if (m.args.die) process.exit(3); parentPort.postMessage({ type: 'reply', seq: m.seq, ok: true, result: 'alive' });`);
    await expect(call(fragile, { die: true })).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('exit code 3') });
    await expect(call(fragile)).resolves.toBe('alive');
  });

  it("fails only the dead worker's requests: one sent to its replacement between the dead one's error and exit is answered", async () => {
    const crashing = client(`if (m.args.crash) setTimeout(() => { throw new Error('boom'); }); else parentPort.postMessage({ type: 'reply', seq: m.seq, ok: true, result: 'answered' });`);
    // The next request goes out as soon as the first fails, as the JobManager starts its next
    // queued job: after the dying thread's 'error', before its 'exit'.
    const next = call(crashing, { crash: true }).then(
      () => 'the crash was answered',
      (error: Error) => (error.message.includes('boom') ? call(crashing) : `failed otherwise: ${error.message}`),
    );
    await expect(next).resolves.toBe('answered');
  });

  it("sends what a worker prints to stderr, never to the host's stdout", async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    try {
      const chatty = client(`console.log('chatty worker says hello'); parentPort.postMessage({ type: 'reply', seq: m.seq, ok: true, result: 1 });`);
      await call(chatty);
      const printed = (spy: typeof stdout) => spy.mock.calls.map((c) => String(c[0])).join('');
      await expect.poll(() => printed(stderr)).toContain('chatty worker says hello');
      expect(printed(stdout)).not.toContain('chatty worker');
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });
});

describe('QueryPool', () => {
  it('answers a quick read while another worker is stuck in a slow one', async () => {
    const script = path.join(dir, 'query-pool-worker.mjs');
    // 'slow' blocks its thread (as a long SQLite statement does) until the test opens the gate.
    fs.writeFileSync(
      script,
      `import { parentPort, threadId } from 'node:worker_threads';
       parentPort.on('message', (m) => {
         if (m.method === 'slow') Atomics.wait(new Int32Array(m.args.gate), 0, 0);
         parentPort.postMessage({ type: 'reply', seq: m.seq, ok: true, result: threadId });
       });`,
    );
    const pool = new QueryPool(script, 2, { exportsDir: dir, workspacesDir: dir }, () => undefined);
    const gate = new SharedArrayBuffer(4);
    try {
      const slow = pool.request({ type: 'call', method: 'slow', args: { gate }, workspace: null });
      const quick = await pool.request({ type: 'call', method: 'quick', args: {}, workspace: null });
      Atomics.store(new Int32Array(gate), 0, 1);
      Atomics.notify(new Int32Array(gate), 0);
      expect(await slow).not.toBe(quick);
    } finally {
      Atomics.store(new Int32Array(gate), 0, 1);
      Atomics.notify(new Int32Array(gate), 0);
      await pool.close();
    }
  });

  it('tells a thread that replaces a dead one which workspace is open, before its first request', async () => {
    const script = path.join(dir, 'query-pool-keeping.mjs');
    fs.writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads';
       const seen = [];
       parentPort.on('message', (m) => {
         if (m.method === 'die') process.exit(3);
         seen.push(m.method === 'connections.keep' ? 'keep ' + m.args.workspace : m.method);
         parentPort.postMessage({ type: 'reply', seq: m.seq, ok: true, result: [...seen] });
       });`,
    );
    const pool = new QueryPool(script, 1, { exportsDir: dir, workspacesDir: dir }, () => undefined);
    const ask = (method: string) => pool.request({ type: 'call', method, args: {}, workspace: '/w/a.workbench' });
    try {
      await pool.keep('/w/a.workbench');
      await expect(ask('die')).rejects.toMatchObject({ code: 'internal' });
      await expect(ask('catalog.summary')).resolves.toEqual(['keep /w/a.workbench', 'catalog.summary']);
    } finally {
      await pool.close();
    }
  });

  it('refuses requests once closed', async () => {
    const pool = new QueryPool(path.join(dir, 'query-pool-worker.mjs'), 2, { exportsDir: dir, workspacesDir: dir }, () => undefined);
    await pool.close();
    await expect(pool.request({ type: 'call', method: 'quick', args: {}, workspace: null })).rejects.toMatchObject({
      code: 'cancelled',
      message: expect.stringMatching(/closing/),
    });
  });
});

describe('a worker serving requests (engine/worker/serve.ts)', () => {
  let served: WorkerClient;

  beforeAll(async () => {
    // A stand-in worker that answers through the engine's own serveRequests, bundled as the engine is.
    const script = path.join(dir, 'served-worker.mjs');
    await build({
      stdin: {
        contents: `
          import { parentPort } from 'node:worker_threads';
          import { serveRequests } from ${JSON.stringify(path.join(repoRoot, 'engine/worker/serve.ts'))};
          let release;
          const handle = async (request) => {
            switch (request.method) {
              case 'hold': return new Promise((resolve) => { release = resolve; });
              case 'release': release('held to the end'); return 'released';
              case 'stray rejection': Promise.reject(new Error('nobody awaits this')); return 'ok';
              case 'stray exception': queueMicrotask(() => { throw new Error('thrown from a callback'); }); return 'ok';
              case 'unclonable': return { callback: () => 1 };
              default: return request.method;
            }
          };
          serveRequests(parentPort, handle, (message) => parentPort.postMessage(message), 'test');
        `,
        resolveDir: repoRoot,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      logLevel: 'silent',
    });
    served = new WorkerClient(script, 'query', { exportsDir: dir, workspacesDir: dir }, () => undefined);
    clients.push(served);
  });

  const ask = (method: string) => served.request({ type: 'call', method, args: {}, workspace: null });

  it('answers a result it cannot send with an error instead of leaving the caller waiting', async () => {
    await expect(ask('unclonable')).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('could not be cloned') });
    await expect(ask('ping')).resolves.toBe('ping');
  });

  it('keeps serving the requests in flight after a promise fails unobserved', async () => {
    const stderr = vi.spyOn(process.stderr, 'write');
    try {
      const held = ask('hold');
      await expect(ask('stray rejection')).resolves.toBe('ok');
      await expect(ask('release')).resolves.toBe('released');
      await expect(held).resolves.toBe('held to the end');
      const printed = () => stderr.mock.calls.map((c) => String(c[0])).join('');
      await expect.poll(printed).toContain('nobody awaits this');
    } finally {
      stderr.mockRestore();
    }
  });

  it('after an exception thrown from a callback, fails the requests in flight and is replaced', async () => {
    const stderr = vi.spyOn(process.stderr, 'write');
    try {
      // 'hold' never replies unless released: a request whose continuation such an exception ended looks the same.
      const held = ask('hold');
      const stopped = { code: 'internal', message: expect.stringMatching(/worker stopped: thrown from a callback/) };
      await expect(ask('stray exception')).rejects.toMatchObject(stopped);
      await expect(held).rejects.toMatchObject(stopped);
      await expect(ask('ping')).resolves.toBe('ping');
      const printed = () => stderr.mock.calls.map((c) => String(c[0])).join('');
      await expect.poll(printed).toContain('thrown from a callback');
    } finally {
      stderr.mockRestore();
    }
  });

});

// Linux lists a process's open files in /proc/self/fd; worker threads share the test's process.
describe.runIf(process.platform === 'linux')("a query worker's connections (engine/worker/queryConnections.ts)", () => {
  /** Files of the process open on a workspace (its database, WAL and shared-memory files). */
  const openOn = (workspace: string) =>
    fs.readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`).startsWith(workspace);
      } catch {
        return false; // closed since it was listed
      }
    }).length;

  it('keeps the open workspace only: a request for the one left, arriving after the switch, holds no file open', async () => {
    requireEngineBuild();
    const [left, opened] = ['left.workbench', 'opened.workbench'].map((name) => path.join(dir, name));
    for (const file of [left!, opened!]) openWorkspaceDb(file, { create: true }).close();
    const worker = new WorkerClient(builtWorker, 'query', { exportsDir: dir, workspacesDir: dir }, () => undefined);
    clients.push(worker);
    const keep = (workspace: string) => worker.request({ type: 'call', method: 'connections.keep', args: { workspace }, workspace: null });
    const summary = (workspace: string) => worker.request({ type: 'call', method: 'catalog.summary', args: {}, workspace });

    await keep(left!);
    await summary(left!);
    expect(openOn(left!)).toBeGreaterThan(0);
    await keep(opened!);
    expect(openOn(left!)).toBe(0);
    await expect(summary(left!)).resolves.toMatchObject({ kinds: expect.any(Array) }); // sent before the switch
    expect(openOn(left!)).toBe(0);
    await summary(opened!);
    expect(openOn(opened!)).toBeGreaterThan(0);
  });
});
