// One engine worker thread seen from the host: requests with sequence numbers, replies matched
// to them, other messages handed to the owner. A thread that dies, or says it is stopping
// (worker/serve.ts), is replaced on the next request. Each thread keeps its own list of pending
// requests: a dying thread emits 'error' and, a turn later, 'exit', and in between its owner may
// already have sent the next request (the JobManager its next queued job) to the thread that
// replaces it. A death fails only the requests of the thread that died, once.
import { Worker } from 'node:worker_threads';
import type { AuditDraft } from '../api/auditTypes.js';
import { EngineError, fromErrorPayload } from '../api/errors.js';
import { workspaceKey } from '../store/keyring.js';
import type { WorkerData, WorkerFolders, WorkerMessage, WorkerRequest } from '../worker/protocol.js';

export type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'seq'> : never) : never;

/** What a thread says besides replies and its stopping, for the client's owner. */
export type WorkerNotice = Exclude<WorkerMessage, { type: 'reply' } | { type: 'stopping' } | { type: 'audit' }>;

/** A reply's result with what the request asked to have recorded in the audit log (worker/main.ts). */
export interface AuditedResult {
  result: unknown;
  audit: AuditDraft[];
}

interface Waiter {
  resolve: (value: AuditedResult) => void;
  reject: (error: Error) => void;
  /** Entries announced for this request before its reply. */
  audit: AuditDraft[];
}

/** A running thread and the requests sent to it that it has not answered. */
interface Thread {
  worker: Worker;
  pending: Map<number, Waiter>;
}

export class WorkerClient {
  private thread: Thread | null = null;
  private seq = 0;

  constructor(
    private readonly script: string,
    private readonly role: WorkerData['role'],
    private readonly folders: WorkerFolders,
    private readonly onMessage: (message: WorkerNotice) => void,
  ) {}

  /** Whether a thread runs (none before the first request, nor after one died, until the next). */
  get running(): boolean {
    return this.thread !== null;
  }

  /** Requests sent to the current thread and not yet answered. */
  get load(): number {
    return this.thread?.pending.size ?? 0;
  }

  request(body: RequestBody): Promise<unknown> {
    return this.requestAudited(body).then(({ result }) => result);
  }

  /** The request's result and the audit entries it asks to have written before it is shown. */
  requestAudited(body: RequestBody): Promise<AuditedResult> {
    const { worker, pending } = this.ensureThread();
    const seq = ++this.seq;
    // Keep the process alive while a request is outstanding (a CLI has nothing else to wait
    // on); an idle worker must not hold it open.
    if (pending.size === 0) worker.ref();
    return new Promise((resolve, reject) => {
      pending.set(seq, { resolve, reject, audit: [] });
      // The passphrase of an encrypted workspace goes with every request naming it (store/keyring.ts).
      const passphrase = body.workspace ? workspaceKey(body.workspace) : undefined;
      worker.postMessage({ ...body, seq, ...(passphrase ? { passphrase } : {}) });
    });
  }

  async terminate(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    if (thread) await thread.worker.terminate();
  }

  private ensureThread(): Thread {
    if (this.thread) return this.thread;
    const workerData: WorkerData = { role: this.role, ...this.folders };
    // stdout belongs to the host (the CLI's --json, the web host's address line): whatever engine
    // code prints goes to stderr instead.
    const worker = new Worker(this.script, { workerData, env: process.env, stdout: true });
    worker.stdout.pipe(process.stderr, { end: false });
    const thread: Thread = { worker, pending: new Map() };
    const stopped = (reason: string) => {
      if (this.thread === thread) this.thread = null;
      const error = new EngineError('internal', `The engine's ${this.role} worker stopped: ${reason}. The operation was not completed.`);
      const waiters = [...thread.pending.values()];
      thread.pending.clear(); // 'exit' follows 'error' and 'stopping': it finds nothing left to fail
      for (const waiter of waiters) waiter.reject(error);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'stopping') return stopped(message.reason);
      if (message.type === 'audit') {
        thread.pending.get(message.seq)?.audit.push(...message.entries);
        return;
      }
      if (message.type !== 'reply') return this.onMessage(message);
      const waiter = thread.pending.get(message.seq);
      if (!waiter) return;
      thread.pending.delete(message.seq);
      if (thread.pending.size === 0) worker.unref();
      if (message.ok) waiter.resolve({ result: message.result, audit: waiter.audit });
      else waiter.reject(fromErrorPayload(message.error));
    });
    worker.on('error', (error) => stopped(error.message));
    worker.on('exit', (code) => stopped(`exit code ${code}`));
    worker.unref();
    this.thread = thread;
    return thread;
  }
}
