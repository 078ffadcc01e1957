// The query workers: quick reads of the workspace (catalog, overview, previews, job history).
// More than one, so that a slow read (a data.browse page sorted on an unindexed column, the
// preview of a large workbook) does not hold up the others; each request goes to the worker
// with the fewest requests outstanding. Each worker keeps its own connections.
import type { InternalOp, InternalOps, WorkerFolders } from '../worker/protocol.js';
import { WorkerClient, type RequestBody, type WorkerNotice } from './workerClient.js';

export class QueryPool {
  private readonly workers: WorkerClient[];

  constructor(script: string, size: number, folders: WorkerFolders, onMessage: (message: WorkerNotice) => void) {
    this.workers = Array.from({ length: size }, () => new WorkerClient(script, 'query', folders, onMessage));
  }

  /** Sends the request to the least busy worker. */
  request(body: RequestBody): Promise<unknown> {
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

  async terminate(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
