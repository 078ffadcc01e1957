import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { backupTriggers, type BackupList, type BackupSettings } from '../backupTypes.js';

const file = z.string().min(1, 'A file path is required').max(4096);
/** An encrypted backup's passphrase (its workspace's when it was made); never written anywhere. */
const passphrase = z.string().min(1).max(500);

export const backupMethods = {
  /**
   * Back the open workspace up while it stays in use (SQLite's online backup), verify the copy and
   * write its manifest, then apply the retention policy. `path`: the backup file (never an existing
   * one); else a new file in `folder`, else in the default folder (backup.list).
   */
  'backup.create': method<JobHandle>()(
    'job',
    z.object({ path: file.optional(), folder: file.optional(), trigger: z.enum(backupTriggers).default('manual') }).strict(),
  ),
  /** The backups the open workspace made, newest first, with the default folder and the retention settings. */
  'backup.list': method<BackupList>()('query', z.object({}).strict()),
  /** Check any backup file: its manifest, checksum, that it is a workspace of this app, SQLite's integrity check. */
  'backup.verify': method<JobHandle>()('job', z.object({ path: file, passphrase: passphrase.optional() }).strict()),
  /**
   * Verify a backup, then restore it to a new workspace file (`path`; default: a free name in the
   * workspaces folder), upgraded to this app's schema; never over an existing file. The result is
   * the new workspace, to open (an encrypted backup gives a workspace encrypted with the same passphrase).
   */
  'backup.restore': method<JobHandle>()('job', z.object({ backup: file, path: file.optional(), passphrase: passphrase.optional() }).strict()),
  'backup.settings': method<BackupSettings>()('query', z.object({}).strict()),
  'backup.saveSettings': method<JobHandle>()(
    'job',
    z
      .object({
        keepLast: z.number().int().min(1).max(1000).nullable(),
        keepDays: z.number().int().min(1).max(3650).nullable(),
      })
      .strict(),
  ),
};
