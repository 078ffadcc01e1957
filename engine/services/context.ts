import type { Db } from '../store/database.js';
import type { Actor, DataKind } from '../api/types.js';
import type { AuditNote } from '../api/auditTypes.js';

/** What a quick (query) handler gets from its worker. */
export interface QueryContext {
  /** Path of the open workspace, or null. */
  readonly workspace: string | null;
  /** The open workspace's connection; throws `workspace.none_open` when none is open. */
  db(): Db;
  /** Who made the call: the signed-in profile, else the operating-system account. */
  readonly actor: Actor;
  /**
   * Have an entry written to the audit log under the caller once the work has succeeded, for
   * what a read-only connection cannot record itself: a query's unmasking (the host writes it in
   * the workspace's write turn before it answers, and fails the call when it cannot), a read-only
   * job's export (written with the job's history row). A change made in a transaction is
   * recorded inside it instead (engine/audit/append.ts appendAudit).
   */
  audit(note: AuditNote): void;
}

/** What a job handler gets: a connection of its own, progress, log and cancellation. */
export interface JobContext extends QueryContext {
  readonly jobId: string;
  /** Folder for files the job writes when the user gave no path (created on demand by the writer). */
  readonly exportsDir: string;
  /** Folder for workspaces the job creates when the user gave no path. */
  readonly workspacesDir: string;
  /**
   * Report progress: fraction in [0, 1] and a short message (English; the UI shows it as is,
   * so keep it to numbers and file names where possible). Throttled; the time left is estimated
   * from the fraction when `done`/`total` are given.
   */
  progress(fraction: number, message: string, counts?: { done?: number; total?: number }): void;
  log(line: string): void;
  readonly cancelled: boolean;
  /** Throws the `cancelled` error when the user asked to cancel; call it between batches. */
  throwIfCancelled(): void;
  /** Tell clients that data of these kinds changed (after a commit). */
  dataChanged(kinds: DataKind[]): void;
  /** Switch the job's workspace (a job that creates a workspace, such as demo.create). */
  useWorkspace(path: string): void;
}
