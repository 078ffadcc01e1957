// The retention policy: after each verified backup, which of this workspace's older backups to
// delete. A backup is kept while it is among the newest `keepLast` or younger than `keepDays`
// days; with neither rule set nothing is deleted. Only files this workspace recorded making, still
// on disk, whose manifest names this workspace and the checksum recorded, are ever deleted: never
// a file someone put in their place, nor another workspace's backup in the same folder.
import fs from 'node:fs';
import type { BackupSettings } from '../api/backupTypes.js';
import { manifestPath } from './folders.js';
import { readManifest } from './manifest.js';

const DAY_MS = 86_400_000;

export interface RetainedBackup {
  backupId: number;
  createdAt: string;
}

/** The backups to delete (ids), given this workspace's backups still on disk. */
export function backupsToRemove(backups: readonly RetainedBackup[], settings: BackupSettings, now: Date): number[] {
  if (settings.keepLast === null && settings.keepDays === null) return [];
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.backupId - a.backupId);
  return newestFirst
    .filter((backup, index) => {
      const amongNewest = settings.keepLast !== null && index < settings.keepLast;
      const young = settings.keepDays !== null && now.getTime() - Date.parse(backup.createdAt) < settings.keepDays * DAY_MS;
      return !amongNewest && !young;
    })
    .map((b) => b.backupId);
}

/** Whether the file at `path` is still the backup recorded (its manifest names this workspace and checksum). */
export function isOurBackup(path: string, workspaceId: string, sha256: string): boolean {
  if (!fs.existsSync(path)) return false;
  try {
    const manifest = readManifest(path);
    return manifest.workspaceId === workspaceId && manifest.sha256 === sha256;
  } catch {
    return false;
  }
}

/** Deletes a backup and its manifest. */
export function deleteBackupFiles(path: string): void {
  fs.rmSync(path, { force: true });
  fs.rmSync(manifestPath(path), { force: true });
}
