// A row of the backups table, as the API shows it.
import fs from 'node:fs';
import type { BackupInfo, BackupTrigger } from '../api/backupTypes.js';

export interface BackupRow {
  backup_id: number;
  workspace_id: string;
  path: string;
  created_at: string;
  bytes: number;
  sha256: string;
  trigger: BackupTrigger;
  actor: string;
  seconds: number;
  verified_at: string;
  removed_at: string | null;
}

export function backupRow(row: BackupRow): BackupInfo {
  return {
    backupId: row.backup_id,
    path: row.path,
    createdAt: row.created_at,
    bytes: row.bytes,
    sha256: row.sha256,
    trigger: row.trigger,
    actor: row.actor,
    seconds: row.seconds,
    verifiedAt: row.verified_at,
    removedAt: row.removed_at,
    present: fs.existsSync(row.path),
  };
}
