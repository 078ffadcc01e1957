// Where backups go. By default a `backups/` folder beside the app's workspaces folder (in the
// app's own folder, engine/host/home.ts), whatever folder a workspace lives in: one place to find
// and copy every backup to other media, which a workspace on a USB stick or a network share also
// gets. A file of its own per backup: `<workspace name>-<yyyymmdd-hhmmss>.workbench-backup`,
// with its manifest beside it.
import path from 'node:path';

export const BACKUP_EXTENSION = '.workbench-backup';

export function defaultBackupFolder(workspacesDir: string): string {
  return path.join(path.dirname(workspacesDir), 'backups');
}

export function manifestPath(backup: string): string {
  return `${backup}.manifest.json`;
}

/** A file name from the workspace's name (characters file systems refuse replaced) and the local time. */
export function backupFileName(workspaceName: string, at: Date): string {
  const safe = workspaceName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim().slice(0, 80) || 'workspace';
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `${safe}-${stamp}${BACKUP_EXTENSION}`;
}
