// The query workers: quick reads of the workspace (catalog, overview, previews, job history).
// More than one, so that a slow read (a data.browse page sorted on an unindexed column, the
// preview of a large workbook) does not hold up the others; each request goes to the worker
// with the fewest requests outstanding. Each worker keeps its own connection to the open
// workspace (worker/queryConnections.ts), which the pool names to every thread: at a switch,
// and first thing to a thread started later (one that replaces a thread that died).
import { EngineError } from '../api/errors.js';
import type { InternalOp, InternalOps, WorkerFolders } from '../worker/protocol.js';
import { WorkerClient, type AuditedResult, type RequestBody, type WorkerNotice } from './workerClient.js';

/** Tells a query worker which workspace is open. */
function keepBody(workspace: string | null): RequestBody {
  const args: InternalOps['connections.keep']['args'] = { workspace };
  // Naming the workspace gives the thread its passphrase (workerClient.ts).
  return { type: 'call', method: 'connections.keep', args, workspace };
}

export class QueryPool {
  private readonly workers: WorkerClient[];
  private closed = false;
  /** The workspace open now (null: none). */
  private kept: string | null = null;

  constructor(script: string, size: number, folders: WorkerFolders, onMessage: (message: WorkerNotice) => void) {
    this.workers = Array.from({ length: size }, () => new WorkerClient(script, 'query', folders, onMessage));
  }

  /** Sends the request to the least busy worker; refused once the pool is closed (it would start a thread again). */
  request(body: RequestBody): Promise<unknown> {
    return this.requestAudited(body).then(({ result }) => result);
  }

  /** As request, with the audit entries the request asks to have written (an unmasking). */
  requestAudited(body: RequestBody): Promise<AuditedResult> {
    if (this.closed) return Promise.reject(new EngineError('cancelled', 'The app is closing: the request was not served.'));
    const idlest = this.workers.reduce((best, worker) => (worker.load < best.load ? worker : best));
    // Its failure is the request's too: the thread answers in order.
    if (!idlest.running && this.kept !== null) idlest.request(keepBody(this.kept)).catch(() => undefined);
    return idlest.requestAudited(body);
  }

  /** A worker-only operation (workspace preparation, job history) on `workspace`. */
  internal<K extends InternalOp>(op: K, args: InternalOps[K]['args'], workspace: string | null): Promise<InternalOps[K]['result']> {
    return this.request({ type: 'call', method: op, args, workspace }) as Promise<InternalOps[K]['result']>;
  }

  /** Every worker keeps a connection to `workspace` only (null: none is open), closing the others. */
  async keep(workspace: string | null): Promise<void> {
    if (this.closed) throw new EngineError('cancelled', 'The app is closing: the request was not served.');
    this.kept = workspace;
    await Promise.all(this.workers.map((worker) => worker.request(keepBody(workspace))));
  }

  /** Ends the worker threads for good. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
