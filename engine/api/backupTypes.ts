// Backups of a workspace (engine/backup): the manifest written beside each backup file, the
// backups a workspace has made, its retention settings and what the jobs return.

export const backupTriggers = ['manual', 'scheduled', 'cli'] as const;
export type BackupTrigger = (typeof backupTriggers)[number];

/** `<backup>.manifest.json`: what the backup holds, to check it against before it is restored. */
export interface BackupManifest {
  app: 'power-marketing-workbench';
  /** This manifest's own format. */
  format: 1;
  /** The app version that wrote the backup. */
  version: string;
  workspaceName: string;
  /** The workspace's meta workspace_id. */
  workspaceId: string;
  schemaVersion: number;
  /** ISO timestamp of the end of the copy. */
  createdAt: string;
  /** The backup file's name (beside this manifest) and size. */
  file: string;
  bytes: number;
  sha256: string;
  /** Rows per table of the copy. */
  tables: Record<string, number>;
  /** A copy of an encrypted workspace, encrypted with its passphrase. */
  encrypted: boolean;
}

/** One backup this workspace made, as recorded, and whether its file is still there. */
export interface BackupInfo {
  backupId: number;
  path: string;
  createdAt: string;
  bytes: number;
  sha256: string;
  trigger: BackupTrigger;
  actor: string;
  seconds: number;
  verifiedAt: string;
  /** When the retention policy deleted it. */
  removedAt: string | null;
  /** The file is on disk now. */
  present: boolean;
}

/**
 * Retention: after each verified backup, this workspace's older backups are deleted unless among
 * the newest `keepLast` or younger than `keepDays` days. Null: that rule keeps nothing on its own;
 * both null: nothing is ever deleted.
 */
export interface BackupSettings {
  keepLast: number | null;
  keepDays: number | null;
}

export interface BackupList {
  /** Where backups go when no folder is given. */
  defaultFolder: string;
  settings: BackupSettings;
  /** Newest first, deleted ones included (removedAt). */
  backups: BackupInfo[];
}

/** A backup file checked: checksum against its manifest, SQLite's integrity check, ours. */
export interface BackupCheck {
  path: string;
  manifest: BackupManifest;
  /** Reading and hashing the file, and SQLite's integrity check. */
  seconds: number;
}

export interface BackupCreateResult {
  backup: BackupInfo;
  manifest: BackupManifest;
  /** The online copy, then its verification. */
  copySeconds: number;
  verifySeconds: number;
  /** Older backups the retention policy deleted. */
  removed: string[];
}
