// The job helper over a fake transport: a result arrives by 'job.done', whenever it comes.
import { describe, expect, it } from 'vitest';
import type { EventName } from '../../../engine/api/contract.js';
import { useTransport } from '../../../renderer/api/client.js';
import { ApiError } from '../../../renderer/api/errors.js';
import { startJob } from '../../../renderer/api/jobs.js';
import { Listeners, type ConnectionState, type Transport } from '../../../renderer/api/transport.js';

class FakeTransport implements Transport {
  connection: ConnectionState = 'connected';
  readonly events = new Map<EventName, Listeners<unknown>>();
  readonly connections = new Listeners<ConnectionState>();
  readonly calls: { method: string; args: unknown }[] = [];
  /** Subscriptions not yet ended: a finished job leaves none behind. */
  subscribed = 0;
  constructor(private readonly answer: (method: string, args: unknown) => unknown) {}

  async invoke(method: string, args: unknown): Promise<unknown> {
    this.calls.push({ method, args });
    return this.answer(method, args);
  }
  on(event: EventName, handler: (payload: unknown) => void): () => void {
    if (!this.events.has(event)) this.events.set(event, new Listeners());
    return this.track(this.events.get(event)!.add(handler));
  }
  onConnection(listener: (state: ConnectionState) => void): () => void {
    return this.track(this.connections.add(listener));
  }
  private track(off: () => void): () => void {
    this.subscribed += 1;
    return () => {
      this.subscribed -= 1;
      off();
    };
  }
  emit(event: EventName, payload: unknown): void {
    this.events.get(event)?.emit(payload);
  }
}

const done = (id: string, extra: object) => ({ id, method: 'import.run', label: 'a.csv', finishedAt: '2024-01-01T00:00:00Z', ...extra });

describe('startJob', () => {
  it('resolves with the result of its own job, reporting its progress', async () => {
    const fake = new FakeTransport(() => ({ jobId: 'j1' }));
    useTransport(fake);
    const seen: number[] = [];
    const job = await startJob('import.run', { path: '/a.csv', kind: 'bills' }, (p) => seen.push(p.fraction));
    fake.emit('job.progress', { id: 'other', fraction: 0.9 });
    fake.emit('job.progress', { id: 'j1', fraction: 0.5 });
    fake.emit('job.done', done('other', { status: 'failed', error: { code: 'io', message: 'x' } }));
    fake.emit('job.done', done('j1', { status: 'succeeded', result: { imported: 3 } }));
    await expect(job.result).resolves.toEqual({ imported: 3 });
    expect(seen).toEqual([0.5]);
    expect(fake.subscribed).toBe(0);
  });

  it('resolves when the job finished before its id came back', async () => {
    let fake: FakeTransport;
    fake = new FakeTransport(() => {
      fake.emit('job.done', done('fast', { status: 'succeeded', result: 'ok' }));
      return { jobId: 'fast' };
    });
    useTransport(fake);
    const job = await startJob('import.run', { path: '/a.csv', kind: 'bills' });
    await expect(job.result).resolves.toBe('ok');
  });

  it('rejects with the engine error of a failed or cancelled job', async () => {
    const fake = new FakeTransport(() => ({ jobId: 'j2' }));
    useTransport(fake);
    const failed = await startJob('import.run', { path: '/a.csv', kind: 'bills' });
    fake.emit('job.done', done('j2', { status: 'failed', error: { code: 'import.empty_file', message: 'empty', details: { file: '/a.csv' } } }));
    const error = await failed.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'import.empty_file', details: { file: '/a.csv' } });

    const fake2 = new FakeTransport(() => ({ jobId: 'j3' }));
    useTransport(fake2);
    const cancelled = await startJob('import.run', { path: '/a.csv', kind: 'bills' });
    fake2.emit('job.done', done('j3', { status: 'cancelled', error: { code: 'cancelled', message: 'Cancelled' } }));
    await expect(cancelled.result).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('asks for the job again after a lost connection, since its end may have gone by unseen', async () => {
    const fake = new FakeTransport((method) =>
      method === 'jobs.get' ? { ...done('j4', { status: 'succeeded', result: 42 }), log: [] } : { jobId: 'j4' },
    );
    useTransport(fake);
    const job = await startJob('import.run', { path: '/a.csv', kind: 'bills' });
    fake.connections.emit('lost');
    fake.connections.emit('connected');
    await expect(job.result).resolves.toBe(42);
    expect(fake.calls.map((c) => c.method)).toEqual(['import.run', 'jobs.get']);
  });
});
