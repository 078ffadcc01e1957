// backup.restore: a backup verified first (verify.ts), then copied to a NEW workspace file and
// brought up to this app's schema. The copy is made as `<file>.partial` and renamed into place
// once ready, never over an existing file; a refused backup writes nothing at all.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EngineError } from '../api/errors.js';
import type { BackupManifest } from '../api/backupTypes.js';
import { checkpointWal, openWorkspaceDb, setMeta } from '../store/database.js';
import { setWorkspaceKey } from '../store/keyring.js';
import { slice, type StepReporter } from './progress.js';
import { checkBackupFile } from './verify.js';

export interface RestoreRequest {
  backup: string;
  /** The new workspace file; default: a free name in the workspaces folder. */
  path?: string;
  workspacesDir: string;
  /** An encrypted backup's passphrase: the restored workspace is encrypted with it too. */
  passphrase?: string;
}

function refuseExisting(file: string): void {
  if (fs.existsSync(file)) {
    throw new EngineError('workspace.exists', `${file} already exists. A backup is restored to a new file only: choose another name.`, { path: file });
  }
}

function removeWorkspaceFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/** `<workspace name>-restored.workbench`, `-restored-2`, ... in the workspaces folder. */
function defaultRestorePath(workspacesDir: string, manifest: BackupManifest): string {
  const base = manifest.workspaceName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim().slice(0, 80) || 'workspace';
  for (let n = 1; ; n++) {
    const candidate = path.join(workspacesDir, `${base}-restored${n === 1 ? '' : `-${n}`}.workbench`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/**
 * The copy is a workspace of its own from now on: a new workspace id (the original's retention
 * never touches its backups, nor it the original's), where it came from, and jobs the backup
 * caught running marked interrupted (no process runs them in this file).
 */
function markRestored(file: string, backup: string, manifest: BackupManifest): void {
  const db = openWorkspaceDb(file); // migrates a backup of an earlier version
  try {
    db.transaction(() => {
      setMeta(db, 'workspace_id', randomBytes(16).toString('hex'));
      setMeta(db, 'restored_from', JSON.stringify({ backup, createdAt: manifest.createdAt, workspaceId: manifest.workspaceId }));
      db.prepare(`UPDATE jobs SET status = 'interrupted', finished_at = ? WHERE status = 'running'`).run(new Date().toISOString());
    })();
    checkpointWal(db);
  } finally {
    db.close(); // the last connection folds the WAL in and removes it: the file is the whole workspace
  }
}

/** Returns the new workspace's path. */
export function restoreBackup(request: RestoreRequest, reporter: StepReporter): string {
  const backup = path.resolve(request.backup);
  const target = request.path ? path.resolve(request.path) : null;
  if (target) refuseExisting(target); // before the long check: a refusal should not take minutes
  const { manifest } = checkBackupFile(backup, slice(reporter, 0, 0.8), request.passphrase);
  const passphrase = manifest.encrypted ? request.passphrase : undefined;
  const file = target ?? defaultRestorePath(request.workspacesDir, manifest);
  refuseExisting(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  removeWorkspaceFiles(partial);
  try {
    reporter.progress(0.8, 'Copying to the new workspace');
    reporter.throwIfCancelled();
    fs.copyFileSync(backup, partial, fs.constants.COPYFILE_EXCL);
    setWorkspaceKey(partial, passphrase);
    reporter.progress(0.9, 'Bringing the schema up to date');
    markRestored(partial, backup, manifest);
    refuseExisting(file); // made by someone else meanwhile
    fs.renameSync(partial, file);
    setWorkspaceKey(file, passphrase);
  } catch (error) {
    removeWorkspaceFiles(partial);
    throw error;
  } finally {
    setWorkspaceKey(partial, undefined);
  }
  reporter.progress(1, 'Restored');
  return file;
}
