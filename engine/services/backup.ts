// backup.*: backups of the open workspace (engine/backup), their list and retention settings,
// and the check and restore of any backup file.
import { workerData } from 'node:worker_threads';
import { EngineError } from '../api/errors.js';
import { createBackup } from '../backup/create.js';
import { defaultBackupFolder } from '../backup/folders.js';
import { restoreBackup } from '../backup/restore.js';
import { backupRow, type BackupRow } from '../backup/rows.js';
import { backupSettings, saveBackupSettings } from '../backup/settings.js';
import { checkBackupFile } from '../backup/verify.js';
import { openWorkspaceDb } from '../store/database.js';
import type { WorkerData } from '../worker/protocol.js';
import type { JobHandlers, QueryHandlers } from './registry.js';
import { workspaceInfo } from './workspace.js';

export const backupQueries: Pick<QueryHandlers, 'backup.list' | 'backup.settings'> = {
  'backup.list': (ctx) => {
    const db = ctx.db();
    const rows = db.prepare('SELECT * FROM backups ORDER BY created_at DESC, backup_id DESC').all() as BackupRow[];
    return {
      // Queries get no folders in their context; every engine thread is started with the app's (worker/protocol.ts).
      defaultFolder: defaultBackupFolder((workerData as WorkerData).workspacesDir),
      settings: backupSettings(db),
      backups: rows.map(backupRow),
    };
  },
  'backup.settings': (ctx) => backupSettings(ctx.db()),
};

export const backupJobs: Pick<JobHandlers, 'backup.create' | 'backup.verify' | 'backup.restore' | 'backup.saveSettings'> = {
  'backup.create': async (ctx, args) => {
    if (!ctx.workspace) throw new EngineError('workspace.none_open', 'Open or create a workspace first.');
    const result = await createBackup(
      { workspace: ctx.workspace, source: ctx.db(), ...args, actor: ctx.actor.name, workspacesDir: ctx.workspacesDir },
      ctx,
    );
    ctx.log(`backup ${result.backup.path}: ${result.manifest.bytes} bytes, sha256 ${result.manifest.sha256}`);
    ctx.log(`copied in ${result.copySeconds.toFixed(1)} s, verified in ${result.verifySeconds.toFixed(1)} s`);
    for (const removed of result.removed) ctx.log(`retention policy deleted ${removed}`);
    // Written with the job's history row, in the workspace's write turn (QueryContext.audit).
    ctx.audit({ action: 'backup', subject: result.backup.path, detail: { bytes: result.manifest.bytes, sha256: result.manifest.sha256, removed: result.removed } });
    return result;
  },
  'backup.verify': (ctx, args) => {
    const check = checkBackupFile(args.path, ctx, args.passphrase);
    ctx.log(`${check.path} verified in ${check.seconds.toFixed(1)} s: sha256 ${check.manifest.sha256}`);
    return check;
  },
  'backup.restore': (ctx, args) => {
    const file = restoreBackup(
      { backup: args.backup, ...(args.path ? { path: args.path } : {}), ...(args.passphrase ? { passphrase: args.passphrase } : {}), workspacesDir: ctx.workspacesDir },
      ctx,
    );
    ctx.log(`restored ${args.backup} to ${file}`);
    ctx.audit({ action: 'restore', subject: file, detail: { backup: args.backup } });
    // Read-write, so that closing the last connection removes the WAL a read-only one would leave beside it.
    const db = openWorkspaceDb(file);
    try {
      return workspaceInfo(db, file);
    } finally {
      db.close();
    }
  },
  'backup.saveSettings': (ctx, args) => saveBackupSettings(ctx.db(), args),
};
