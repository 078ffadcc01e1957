// One engine worker thread seen from the host: requests with sequence numbers,
// replies matched to them, other messages handed to the owner. A worker that dies is
// replaced on the next request; its pending requests fail with a clear error.
import { Worker } from 'node:worker_threads';
import { EngineError, fromErrorPayload } from '../api/errors.js';
import type { WorkerData, WorkerFolders, WorkerMessage, WorkerRequest } from '../worker/protocol.js';

export type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'seq'> : never) : never;

export class WorkerClient {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(
    private readonly script: string,
    private readonly role: WorkerData['role'],
    private readonly folders: WorkerFolders,
    private readonly onMessage: (message: Exclude<WorkerMessage, { type: 'reply' }>) => void,
  ) {}

  /** Requests sent and not yet answered. */
  get load(): number {
    return this.pending.size;
  }

  request(body: RequestBody): Promise<unknown> {
    const worker = this.ensureWorker();
    const seq = ++this.seq;
    // Keep the process alive while a request is outstanding (a CLI has nothing else to wait
    // on); an idle worker must not hold it open.
    if (this.pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      worker.postMessage({ ...body, seq });
    });
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const workerData: WorkerData = { role: this.role, ...this.folders };
    // stdout belongs to the host (the CLI's --json, the web host's address line): whatever engine
    // code prints goes to stderr instead.
    const worker = new Worker(this.script, { workerData, env: process.env, stdout: true });
    worker.stdout.pipe(process.stderr, { end: false });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type !== 'reply') return this.onMessage(message);
      const waiter = this.pending.get(message.seq);
      if (!waiter) return;
      this.pending.delete(message.seq);
      if (this.pending.size === 0) worker.unref();
      if (message.ok) waiter.resolve(message.result);
      else waiter.reject(fromErrorPayload(message.error));
    });
    const fail = (reason: string) => {
      if (this.worker === worker) this.worker = null;
      const error = new EngineError('internal', `The engine's ${this.role} worker stopped: ${reason}. The operation was not completed.`);
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
