// Runs one job inside a worker: its own connection, throttled progress, a log, cancellation
// through shared memory, and a row in the workspace's job history (jobHistory.ts says when and
// by whom it is written).
import { EngineError, toErrorPayload, type ErrorPayload } from '../api/errors.js';
import { withoutSecrets } from '../core/secrets.js';
import type { AuditDraft } from '../api/auditTypes.js';
import type { JobStatus } from '../api/types.js';
import { appendAuditDrafts } from '../audit/append.js';
import { auditNotRecorded } from '../audit/notRecorded.js';
import { checkpointWal, openWorkspaceDb, type Db } from '../store/database.js';
import { recordFinished, recordStarted, type JobHistoryRow } from './jobHistory.js';
import { thisProcess } from './jobOwner.js';
import type { JobContext } from '../services/context.js';
import type { WorkerFolders, WorkerMessage, WorkerRequest } from './protocol.js';

const PROGRESS_INTERVAL_MS = 100;
const MAX_LOG_LINES = 2000;

type JobRequest = Extract<WorkerRequest, { type: 'job' }>;
type Run = (ctx: JobContext) => unknown;

export async function runJob(
  request: JobRequest,
  run: Run,
  post: (message: WorkerMessage) => void,
  folders: WorkerFolders,
): Promise<unknown> {
  const cancelFlag = new Int32Array(request.cancel);
  const startedAt = new Date().toISOString();
  const started = Date.now();
  const log: string[] = [];
  let workspace = request.workspace;
  let db: Db | null = null;
  let lastPost = 0;
  let recorded = false;
  const audit: AuditDraft[] = [];

  const connection = (): Db => {
    if (!workspace) throw new EngineError('workspace.none_open', 'Open or create a workspace first.');
    db ??= openWorkspaceDb(workspace, { readonly: !request.writes });
    return db;
  };

  // Kept in the job history: never a password or a passphrase (core/secrets.ts).
  const args = JSON.stringify(request.args ?? {}, withoutSecrets);
  const recordStart = () => {
    if (!workspace || recorded || !request.writes) return;
    recordStarted(connection(), { jobId: request.jobId, method: request.method, label: request.label, startedAt, args }, thisProcess());
    recorded = true;
  };

  const ctx: JobContext = {
    jobId: request.jobId,
    actor: request.actor,
    ...folders,
    get workspace() {
      return workspace;
    },
    db: connection,
    progress(fraction, message, counts) {
      const now = Date.now();
      const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
      if (now - lastPost < PROGRESS_INTERVAL_MS && clamped < 1) return;
      lastPost = now;
      const elapsed = (now - started) / 1000;
      const etaSeconds = clamped > 0.01 && elapsed > 1 ? Math.round((elapsed / clamped) * (1 - clamped)) : undefined;
      post({ type: 'progress', jobId: request.jobId, fraction: clamped, message, ...counts, etaSeconds });
    },
    log(line) {
      const stamped = `${new Date().toISOString()} ${line}`;
      if (log.length < MAX_LOG_LINES) log.push(stamped);
      else if (log.length === MAX_LOG_LINES) log.push('… log truncated');
      post({ type: 'log', jobId: request.jobId, line: stamped });
    },
    audit(note) {
      audit.push({ ...note, actor: request.actor, at: new Date().toISOString() });
    },
    get cancelled() {
      return Atomics.load(cancelFlag, 0) === 1;
    },
    throwIfCancelled() {
      if (Atomics.load(cancelFlag, 0) === 1) throw new EngineError('cancelled', 'Cancelled by the user; nothing of it was kept.');
    },
    dataChanged(kinds) {
      post({ type: 'dataChanged', kinds });
    },
    useWorkspace(path) {
      db?.close();
      db = null;
      workspace = path;
      recorded = false;
      recordStart();
      post({ type: 'jobWorkspace', jobId: request.jobId, workspace: path });
    },
  };

  let status: JobStatus = 'succeeded';
  let result: unknown = null;
  let error: ErrorPayload | null = null;
  try {
    recordStart();
    for (const note of request.notes) ctx.log(note);
    ctx.log(`started ${request.method}: ${request.label}`);
    result = await run(ctx);
    ctx.log(`finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (thrown) {
    error = toErrorPayload(thrown, { path: workspace });
    status = error.code === 'cancelled' ? 'cancelled' : 'failed';
    ctx.log(`${status}: ${error.message}`);
    if (error.code === 'internal' && thrown instanceof Error && thrown.stack) ctx.log(thrown.stack);
  }
  try {
    if (workspace) {
      const row: JobHistoryRow = {
        jobId: request.jobId,
        method: request.method,
        label: request.label,
        status,
        startedAt,
        finishedAt: new Date().toISOString(),
        args,
        result: result === null || result === undefined ? null : JSON.stringify(result),
        error: error ? JSON.stringify(error) : null,
        log: log.join('\n'),
      };
      if (request.writes) {
        const db = connection();
        db.transaction(() => {
          recordFinished(db, row);
          appendAuditDrafts(db, audit);
        })();
        // What a writing job added to the WAL (an import: as much as its data) goes into the database
        // file now, and the WAL is emptied: else the workspace takes twice its size on disk until the
        // last connection to it closes, and reports a database file that lacks the new data.
        checkpointWal(connection());
      } else {
        post({ type: 'jobHistory', workspace, row, audit });
      }
    }
  } catch (thrown) {
    // The job's own outcome matters more than its history row; report both. What it asked to
    // have audited is no matter of bookkeeping: without its entry the job failed.
    const reason = toErrorPayload(thrown, { path: workspace }).message;
    ctx.log(`could not record the job in the workspace: ${reason}`);
    if (audit.length > 0 && !error) error = auditNotRecorded(reason).toPayload();
  } finally {
    (db as Db | null)?.close(); // assigned inside the context's closures
  }
  if (error) throw new EngineError(error.code, error.message, error.details);
  return result;
}
