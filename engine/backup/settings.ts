// The retention settings, kept in the workspace's meta table (they travel with the workspace).
import type { BackupSettings } from '../api/backupTypes.js';
import { getMeta, setMeta, type Db } from '../store/database.js';

const KEEP_LAST = 'backup_keep_last';
const KEEP_DAYS = 'backup_keep_days';

/** Until the user chooses: the newest 10 backups, and every backup of the last 30 days. */
export const defaultBackupSettings: BackupSettings = { keepLast: 10, keepDays: 30 };

function readCount(db: Db, key: string, fallback: number | null): number | null {
  const value = getMeta(db, key);
  if (value === undefined) return fallback;
  if (value === '') return null;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function backupSettings(db: Db): BackupSettings {
  return {
    keepLast: readCount(db, KEEP_LAST, defaultBackupSettings.keepLast),
    keepDays: readCount(db, KEEP_DAYS, defaultBackupSettings.keepDays),
  };
}

export function saveBackupSettings(db: Db, settings: BackupSettings): BackupSettings {
  db.transaction(() => {
    setMeta(db, KEEP_LAST, settings.keepLast === null ? '' : String(settings.keepLast));
    setMeta(db, KEEP_DAYS, settings.keepDays === null ? '' : String(settings.keepDays));
  })();
  return backupSettings(db);
}
