// Messages between the host process (engine/host) and its worker threads.
// Each request carries a sequence number; each reply answers one. Progress and
// events flow back at any time. Cancellation is a flag in shared memory, so a job
// sees it even inside a synchronous loop.
import type { AuditDraft } from '../api/auditTypes.js';
import type { ErrorPayload } from '../api/errors.js';
import type { Actor, DataKind, JobDetail, JobInfo, WorkspaceInfo } from '../api/types.js';
import type { QueryContext } from '../services/context.js';
import type { JobHistoryRow } from './jobHistory.js';

/** Worker-only operations the host needs that are not API methods. */
export interface InternalOps {
  /**
   * Open (or create) a workspace, migrate it, mark jobs whose process is gone as interrupted;
   * `readOnly`: only check that it can be read as it is. `runningHere`: the jobs this process runs.
   */
  'workspace.prepare': {
    args: { path: string; create: boolean; name?: string; readOnly: boolean; runningHere: string[] };
    result: WorkspaceInfo;
  };
  'workspace.info': { args: { path: string }; result: WorkspaceInfo };
  /** The profile `name` signs in as with `password` (session.bad_credentials when none does). */
  'session.authenticate': { args: { name: string; password?: string }; result: Actor };
  'jobs.history': { args: { limit: number }; result: JobInfo[] };
  'jobs.detail': { args: { id: string }; result: JobDetail | null };
  /** The workspace now open (null: none), whose connection a query worker keeps (worker/queryConnections.ts). */
  'connections.keep': { args: { workspace: string | null }; result: null };
}
export type InternalOp = keyof InternalOps;

/** A worker's handler of one internal operation. */
export type InternalHandler<K extends InternalOp> = (ctx: QueryContext, args: InternalOps[K]['args']) => InternalOps[K]['result'];

/**
 * Every request naming a workspace also carries its passphrase when it is encrypted (the host adds
 * it, engine/host/workerClient.ts; the thread keys its connections with it, store/keyring.ts).
 */
export type WorkerRequest = (
  /** `actor`: who asks (absent for the host's own internal operations). */
  | { type: 'call'; seq: number; method: string; args: unknown; workspace: string | null; actor?: Actor }
  | {
      type: 'job';
      seq: number;
      jobId: string;
      method: string;
      label: string;
      args: unknown;
      workspace: string | null;
      /** Who started the job. */
      actor: Actor;
      /** The job writes its workspace (engine/host/jobAccess.ts); else it only reads it. */
      writes: boolean;
      /** What the host decided about the job before it started, the first lines of its log. */
      notes: string[];
      /** Int32Array(1) over this buffer: 1 = cancel requested. */
      cancel: SharedArrayBuffer;
    }
  /**
   * Write a read-only job's history row, or a query's audit entries, or both, in one transaction
   * (sent in the workspace's write turn).
   */
  | { type: 'record'; seq: number; workspace: string; row: JobHistoryRow | null; audit: AuditDraft[] }
) & { passphrase?: string };

export type WorkerMessage =
  | { type: 'reply'; seq: number; ok: true; result: unknown }
  | { type: 'reply'; seq: number; ok: false; error: ErrorPayload }
  | {
      type: 'progress';
      jobId: string;
      fraction: number;
      message: string;
      done?: number;
      total?: number;
      etaSeconds?: number;
    }
  | { type: 'log'; jobId: string; line: string }
  | { type: 'dataChanged'; kinds: DataKind[] }
  /** A read-only job's history row and audit entries, for the host to have written in the workspace's write turn. */
  | { type: 'jobHistory'; workspace: string; row: JobHistoryRow; audit: AuditDraft[] }
  /** What the query `seq` asks to have recorded in the audit log; sent just before its reply, only when it succeeded. */
  | { type: 'audit'; seq: number; entries: AuditDraft[] }
  /** A job changed which workspace it works on (e.g. demo.create wrote a new file). */
  | { type: 'jobWorkspace'; jobId: string; workspace: string }
  /** The thread ends without answering the requests in flight (worker/serve.ts says when). */
  | { type: 'stopping'; reason: string };

export interface WorkerData {
  /** Role decides nothing in the code paths; it names the thread in logs. */
  role: 'query' | 'job';
  /** Where jobs write exports when the user gave no path (the app folder's exports/). */
  exportsDir: string;
  /** Where new workspaces go when the user gave no path (the app folder's workspaces/). */
  workspacesDir: string;
}

/** The app folders a worker writes into. */
export type WorkerFolders = Pick<WorkerData, 'exportsDir' | 'workspacesDir'>;
