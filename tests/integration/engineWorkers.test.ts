// The host's side of a worker thread (engine/host/workerClient.ts), with small stand-in
// worker scripts: replies matched to requests, a dead worker replaced, and whatever a worker
// prints kept off the host's stdout (which carries the CLI's JSON and the web host's address).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WorkerClient } from '../../engine/host/workerClient.js';
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

