// Jobs: queued, run on the job pool, observed through events, cancellable; their live state
// for the session's job panel. Write jobs on one workspace file run one at a time (jobPool.ts),
// and so does the writing of a read-only job's history row, after the write jobs before it.
import { randomUUID } from 'node:crypto';
import type { AuditDraft } from '../api/auditTypes.js';
import { EngineError, toErrorPayload } from '../api/errors.js';
import { auditNotRecorded } from '../audit/notRecorded.js';
import type { Actor, DataKind, JobDetail, JobInfo } from '../api/types.js';
import type { JobHistoryRow } from '../worker/jobHistory.js';
import type { WorkerFolders } from '../worker/protocol.js';
import type { EventHub } from './events.js';
import type { JobAccess } from './jobAccess.js';
import { JobPool, type PoolWork } from './jobPool.js';
import { jobEndedHere, jobStartedHere } from './runningJobs.js';
import type { WorkerClient, WorkerNotice } from './workerClient.js';

interface LiveJob {
  info: JobInfo;
  args: unknown;
  actor: Actor;
  access: JobAccess;
  /** The first lines of its log (worker/protocol.ts). */
  notes: string[];
  cancel: SharedArrayBuffer;
  log: string[];
  done: Promise<unknown>;
  settle: { resolve: (value: unknown) => void; reject: (error: Error) => void };
  work: PoolWork;
}

const MAX_LIVE_LOG = 500;
/** Finished jobs stay in memory for the session's job panel. */
const KEEP_FINISHED = 200;
/**
 * How long close() lets cancelled jobs clean up (roll back, delete a half-written demo) and
 * history rows be written before it ends the threads: cancellation is checked between batches,
 * so this is ample.
 */
const CLOSE_GRACE_MS = 5000;

export class JobManager {
  private readonly pool: JobPool;
  private readonly jobs = new Map<string, LiveJob>();
  private closing = false;

  constructor(
    script: string,
    poolSize: number,
    folders: WorkerFolders,
    private readonly events: EventHub,
    private readonly onDataChanged: (kinds: DataKind[]) => void,
  ) {
    this.pool = new JobPool(script, poolSize, folders, (m) => this.onWorkerMessage(m));
  }

  start(method: string, label: string, args: unknown, workspace: string | null, access: JobAccess, actor: Actor, notes: string[] = []): JobInfo {
    if (this.closing) throw new EngineError('cancelled', 'The app is closing: the job was not started.');
    const id = randomUUID();
    let settle!: LiveJob['settle'];
    const done = new Promise<unknown>((resolve, reject) => (settle = { resolve, reject }));
    done.catch(() => undefined); // observed through events when nobody awaits it
    const job: LiveJob = {
      info: {
        id,
        method,
        label,
        status: 'queued',
        fraction: 0,
        message: '',
        startedAt: new Date().toISOString(),
        ...(workspace ? { workspace } : {}),
      },
      args,
      actor,
      access,
      notes,
      cancel: new SharedArrayBuffer(4),
      log: [],
      done,
      settle,
      work: { writes: access.queueOn, run: (worker) => this.run(job, worker) },
    };
    this.jobs.set(id, job);
    this.events.emit('job.progress', this.progressPayload(job));
    this.pool.submit(job.work);
    return { ...job.info };
  }

  /**
   * A worker operation on `workspace` in its write turn, after the write jobs asked for before it:
   * the scheduler's claims and records of its runs (services/schedules.ts). Refused once closing.
   */
  inWriteTurn(workspace: string, method: string, args: unknown): Promise<unknown> {
    if (this.closing) return Promise.reject(new EngineError('cancelled', 'The app is closing: nothing more is written.'));
    return new Promise((resolve, reject) =>
      this.pool.submit({ writes: workspace, run: (worker) => worker.request({ type: 'call', method, args, workspace }).then(resolve, reject) }),
    );
  }

  /** Resolves with the job's result, rejects with its error (cancelled jobs reject with `cancelled`). */
  wait(id: string): Promise<unknown> {
    const job = this.jobs.get(id);
    if (!job) return Promise.reject(new EngineError('not_found', `No job ${id} in this session.`));
    return job.done;
  }

  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job || !['queued', 'running'].includes(job.info.status)) return false;
    if (this.pool.withdraw(job.work)) {
      this.finish(job, 'cancelled', null, new EngineError('cancelled', 'Cancelled before it started.'));
      return true;
    }
    Atomics.store(new Int32Array(job.cancel), 0, 1);
    job.info.message = 'Cancelling…';
    this.events.emit('job.progress', this.progressPayload(job));
    return true;
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].map((j) => ({ ...j.info })).reverse();
  }

  detail(id: string): JobDetail | null {
    const job = this.jobs.get(id);
    return job ? { ...job.info, log: [...job.log] } : null;
  }

  /**
   * Cancels every job and waits (at most `graceMs`) for the running ones to clean up and the
   * history rows to be written before it ends the worker threads: a job ended mid-way would leave
   * its files behind.
   */
  async close(graceMs = CLOSE_GRACE_MS): Promise<void> {
    this.closing = true;
    const live = [...this.jobs.values()].filter((j) => ['queued', 'running'].includes(j.info.status));
    for (const job of live) this.cancel(job.info.id);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.pool.whenIdle(), new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    await this.pool.terminate();
  }

  /**
   * Audit entries (a query's unmasking) written in the workspace's write turn, after the write
   * jobs asked for before; fails with `audit.not_recorded` when they cannot be.
   */
  recordAudit(workspace: string, audit: AuditDraft[]): Promise<void> {
    return this.record(workspace, null, audit);
  }

  private run(job: LiveJob, worker: WorkerClient): Promise<void> {
    jobStartedHere(job.info.id);
    job.info.status = 'running';
    this.events.emit('job.progress', this.progressPayload(job));
    return worker
      .request({
        type: 'job',
        jobId: job.info.id,
        method: job.info.method,
        label: job.info.label,
        args: job.args,
        workspace: job.info.workspace ?? null,
        actor: job.actor,
        writes: job.access.writes,
        notes: job.notes,
        cancel: job.cancel,
      })
      .then(
        (result) => this.finish(job, 'succeeded', result, null),
        (error: EngineError) => this.finish(job, error.code === 'cancelled' ? 'cancelled' : 'failed', null, error),
      )
      .finally(() => jobEndedHere(job.info.id));
  }

  /**
   * A read-only job's history row and audit entries (or a query's entries), written once no
   * job before them writes their workspace. A history row alone that cannot be written is only
   * logged; audit entries that cannot be make the promise fail.
   */
  private record(workspace: string, row: JobHistoryRow | null, audit: AuditDraft[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pool.submit({
        writes: workspace,
        run: (worker) =>
          worker.request({ type: 'record', workspace, row, audit }).then(
            () => resolve(),
            (error: Error) => {
              console.error(`${row ? `Job ${row.jobId}` : 'An audit entry'} could not be recorded in ${workspace}:`, error);
              if (audit.length > 0) reject(auditNotRecorded(error.message));
              else resolve();
            },
          ),
      });
    });
  }

  private finish(job: LiveJob, status: JobInfo['status'], result: unknown, error: Error | null): void {
    job.info.status = status;
    job.info.finishedAt = new Date().toISOString();
    if (status === 'succeeded') {
      job.info.fraction = 1;
      job.info.result = result;
      delete job.info.etaSeconds;
      job.settle.resolve(result);
    } else {
      job.info.error = toErrorPayload(error);
      job.settle.reject(error ?? new EngineError('internal', 'The job failed.'));
    }
    this.events.emit('job.done', {
      id: job.info.id,
      method: job.info.method,
      label: job.info.label,
      status,
      finishedAt: job.info.finishedAt,
      ...(job.info.result !== undefined ? { result: job.info.result } : {}),
      ...(job.info.error ? { error: job.info.error } : {}),
    });
    this.trim();
  }

  private trim(): void {
    const finished = [...this.jobs.values()].filter((j) => !['queued', 'running'].includes(j.info.status));
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.info.id);
  }

  private onWorkerMessage(message: WorkerNotice): void {
    switch (message.type) {
      case 'progress': {
        const job = this.jobs.get(message.jobId);
        if (!job || job.info.status !== 'running') return;
        const { fraction, message: text, done, total, etaSeconds } = message;
        Object.assign(job.info, { fraction, message: text, done, total, etaSeconds });
        this.events.emit('job.progress', this.progressPayload(job));
        return;
      }
      case 'log': {
        const job = this.jobs.get(message.jobId);
        if (job && job.log.length < MAX_LIVE_LOG) job.log.push(message.line);
        return;
      }
      case 'jobWorkspace': {
        const job = this.jobs.get(message.jobId);
        if (job) job.info.workspace = message.workspace;
        return;
      }
      case 'jobHistory': {
        // A read-only job (an export) ends without waiting for the write lock, which another
        // program may hold for minutes: its entries follow in the write turn, and one that cannot
        // be written is said in the job's log besides stderr (record).
        const job = this.jobs.get(message.row.jobId);
        this.record(message.workspace, message.row, message.audit).catch((error: Error) => {
          if (job) job.log.push(`${new Date().toISOString()} ${error.message}`);
        });
        return;
      }
      case 'dataChanged':
        this.onDataChanged(message.kinds);
        return;
    }
  }

  private progressPayload(job: LiveJob) {
    const { id, method, label, status, fraction, message, done, total, etaSeconds } = job.info;
    return { id, method, label, status, fraction, message, done, total, etaSeconds };
  }
}
