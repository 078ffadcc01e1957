import { useCallback, useState } from 'react';
import type { WorkspaceInfo } from '../../../../engine/api/types.js';
import { useForecastJob, type ForecastJob } from '../../forecast/useForecastJob.js';

export interface Restore {
  /** The backup file chosen to restore ('' until one is). */
  backup: string;
  setBackup(path: string): void;
  /** Chooses a backup from the table and brings the restore form into view. */
  ask(path: string): void;
  job: ForecastJob<'backup.restore'>;
  /** The workspace restored last, to offer to open. */
  restored: WorkspaceInfo | null;
  /** Restores to `target` (blank: a new file in the workspaces folder); an encrypted backup needs its passphrase. */
  run(target: string, passphrase: string): void;
}

/** The restore form's state, shared by the table's Restore buttons and the form. */
export function useRestore(): Restore {
  const [backup, setBackupPath] = useState('');
  const [restored, setRestored] = useState<WorkspaceInfo | null>(null);
  const job = useForecastJob('backup.restore');
  const setBackup = useCallback((path: string) => {
    setBackupPath(path);
    setRestored(null);
  }, []);
  const ask = useCallback(
    (path: string) => {
      setBackup(path);
      requestAnimationFrame(() => document.getElementById('restore-target')?.focus());
    },
    [setBackup],
  );
  const run = (target: string, passphrase: string) => {
    if (job.running || !backup.trim()) return;
    setRestored(null);
    void job
      .start({ backup: backup.trim(), ...(target.trim() ? { path: target.trim() } : {}), ...(passphrase ? { passphrase } : {}) })
      .then((info) => info && setRestored(info));
  };
  return { backup, setBackup, ask, job, restored, run };
}
