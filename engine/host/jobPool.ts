// The job worker threads and the order in which work runs on them: each piece on an idle
// thread, in the order it was asked for, except that work writing a workspace file waits while
// other work writes that file. SQLite lets one connection write a file at a time: a second
// writer waits (busy_timeout) and then fails as locked. Work that only reads, and work on other
// files, runs beside it. The work is jobs (jobAccess.ts says what each writes) and the history
// rows of read-only jobs (worker/jobHistory.ts).
import type { WorkerFolders } from '../worker/protocol.js';
import { WorkerClient, type WorkerNotice } from './workerClient.js';

export interface PoolWork {
  /** The workspace file it writes; null when it writes none another piece could be writing. */
  writes: string | null;
  /** Runs it on a thread, which is free again once the promise settles. */
  run(worker: WorkerClient): Promise<unknown>;
}

export class JobPool {
  private readonly workers: WorkerClient[];
  private readonly idle: WorkerClient[];
  private readonly queue: PoolWork[] = [];
  /** Workspace files a running piece is writing. */
  private readonly writing = new Set<string>();
  private running = 0;
  private readonly awaitingIdle: (() => void)[] = [];

  constructor(script: string, size: number, folders: WorkerFolders, onNotice: (message: WorkerNotice) => void) {
    this.workers = Array.from({ length: size }, () => new WorkerClient(script, 'job', folders, onNotice));
    this.idle = [...this.workers];
  }

  submit(work: PoolWork): void {
    this.queue.push(work);
    this.pump();
  }

  /** Takes work that has not started off the queue; false when it is not queued (any more). */
  withdraw(work: PoolWork): boolean {
    const index = this.queue.indexOf(work);
    if (index < 0) return false;
    this.queue.splice(index, 1);
    this.notifyIfIdle();
    return true;
  }

  /** Resolves once nothing is queued or running. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.awaitingIdle.push(resolve);
      this.notifyIfIdle();
    });
  }

  async terminate(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Starts queued work on idle threads, in order, skipping work whose file is being written. */
  private pump(): void {
    for (let i = 0; i < this.queue.length && this.idle.length > 0; ) {
      const work = this.queue[i]!;
      if (work.writes !== null && this.writing.has(work.writes)) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.start(work, this.idle.shift()!);
    }
  }

  private start(work: PoolWork, worker: WorkerClient): void {
    const file = work.writes;
    if (file !== null) this.writing.add(file);
    this.running++;
    work
      .run(worker)
      .catch(() => undefined) // each piece handles its own failure
      .finally(() => {
        if (file !== null) this.writing.delete(file);
        this.running--;
        this.idle.push(worker);
        this.pump();
        this.notifyIfIdle();
      });
  }

  private notifyIfIdle(): void {
    if (this.running > 0 || this.queue.length > 0) return;
    for (const resolve of this.awaitingIdle.splice(0)) resolve();
  }
}
