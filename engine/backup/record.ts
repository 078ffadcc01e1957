// Records a verified backup in its workspace and applies the retention policy. The backup job only
// reads the workspace while it copies (engine/host/jobAccess.ts), so that imports and other write
// jobs go on meanwhile; its one write comes last and waits for the write lock in one-second turns,
// cancellable, for as long as a job writing the workspace holds it.
import type { BackupInfo, BackupTrigger } from '../api/backupTypes.js';
import { getMeta, openWorkspaceDb, type Db } from '../store/database.js';
import type { StepReporter } from './progress.js';
import { backupsToRemove, deleteBackupFiles, isOurBackup } from './retention.js';
import { backupSettings } from './settings.js';
import { backupRow, type BackupRow } from './rows.js';

export interface NewBackup {
  path: string;
  createdAt: string;
  bytes: number;
  sha256: string;
  trigger: BackupTrigger;
  actor: string;
  seconds: number;
}

const WAIT_SLICE_MS = 1000;

/** The workspace's id, which schema 8 gives every workspace (migrations/m008_operations.ts). */
export function workspaceId(db: Db): string {
  return getMeta(db, 'workspace_id') ?? '';
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

export function recordBackup(workspace: string, backup: NewBackup, reporter: StepReporter, now = new Date()): { backup: BackupInfo; removed: string[] } {
  const db = openWorkspaceDb(workspace);
  try {
    db.pragma(`busy_timeout = ${WAIT_SLICE_MS}`);
    const write = db.transaction(() => {
      const id = workspaceId(db);
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO backups (workspace_id, path, created_at, bytes, sha256, trigger, actor, seconds, verified_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, backup.path, backup.createdAt, backup.bytes, backup.sha256, backup.trigger, backup.actor, backup.seconds, now.toISOString());
      const ours = (db.prepare(`SELECT * FROM backups WHERE workspace_id = ? AND removed_at IS NULL`).all(id) as BackupRow[]).filter((row) =>
        isOurBackup(row.path, id, row.sha256),
      );
      const remove = new Set(backupsToRemove(ours.map((r) => ({ backupId: r.backup_id, createdAt: r.created_at })), backupSettings(db), now));
      remove.delete(Number(lastInsertRowid)); // the backup just made is never its own victim
      const mark = db.prepare('UPDATE backups SET removed_at = ? WHERE backup_id = ?');
      for (const backupId of remove) mark.run(now.toISOString(), backupId);
      const recorded = db.prepare('SELECT * FROM backups WHERE backup_id = ?').get(lastInsertRowid) as BackupRow;
      return { recorded, removed: ours.filter((r) => remove.has(r.backup_id)).map((r) => r.path) };
    });
    for (;;) {
      try {
        const { recorded, removed } = write.immediate();
        // Deleted once the removal is committed: a failure to delete leaves a file, never a row that lies.
        for (const path of removed) deleteBackupFiles(path);
        return { backup: backupRow(recorded), removed };
      } catch (error) {
        if (!isBusy(error)) throw error;
        reporter.progress(0.99, 'Waiting for the job writing the workspace to finish, to record the backup');
        reporter.throwIfCancelled();
      }
    }
  } finally {
    db.close();
  }
}
