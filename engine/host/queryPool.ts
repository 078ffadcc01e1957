// The query workers: quick reads of the workspace (catalog, overview, previews, job history).
// More than one, so that a slow read (a data.browse page sorted on an unindexed column, the
// preview of a large workbook) does not hold up the others; each request goes to the worker
// with the fewest requests outstanding. Each worker keeps its own connections.
import { EngineError } from '../api/errors.js';
import type { InternalOp, InternalOps, WorkerFolders } from '../worker/protocol.js';
import { WorkerClient, type RequestBody, type WorkerNotice } from './workerClient.js';

export class QueryPool {
  private readonly workers: WorkerClient[];
  private closed = false;

  constructor(script: string, size: number, folders: WorkerFolders, onMessage: (message: WorkerNotice) => void) {
    this.workers = Array.from({ length: size }, () => new WorkerClient(script, 'query', folders, onMessage));
  }

  /** Sends the request to the least busy worker; refused once the pool is closed (it would start a thread again). */
  request(body: RequestBody): Promise<unknown> {
    if (this.closed) return Promise.reject(new EngineError('cancelled', 'The app is closing: the request was not served.'));
    const idlest = this.workers.reduce((best, worker) => (worker.load < best.load ? worker : best));
    return idlest.request(body);
  }

  /** A worker-only operation (workspace preparation, job history) on `workspace`. */
  internal<K extends InternalOp>(op: K, args: InternalOps[K]['args'], workspace: string | null): Promise<InternalOps[K]['result']> {
    return this.request({ type: 'call', method: op, args, workspace }) as Promise<InternalOps[K]['result']>;
  }

  /** Sends the request to every worker (e.g. close the connections each keeps). */
  async broadcast(body: RequestBody): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.request(body)));
  }

  /** Ends the worker threads for good. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
