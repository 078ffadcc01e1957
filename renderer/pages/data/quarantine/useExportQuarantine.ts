import { useCallback, useState } from 'react';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { downloadExport } from '../../../api/files.js';
import { startJob, type JobProgress } from '../../../api/jobs.js';
import { useSession } from '../../../state/session.js';

/**
 * Quarantined rows to Excel. The desktop app asks where to save; the web host writes to
 * its exports folder and the browser downloads the file from there.
 */
export function useExportQuarantine(importId: number, fileName: string) {
  const { info, language } = useSession();
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [savedTo, setSavedTo] = useState<string | null>(null);

  const run = useCallback(async () => {
    setBusy(true);
    setError(null);
    setSavedTo(null);
    try {
      const defaultName = `${fileName.replace(/\.[^.]*$/, '')}-quarantine.xlsx`;
      let path: string | undefined;
      if (info.capabilities.nativeDialogs) {
        const chosen = await invoke('dialog.saveFile', { purpose: 'export', defaultName });
        if (!chosen.path) return;
        path = chosen.path;
      }
      // The save dialog has asked about replacing an existing file; the engine refuses one otherwise.
      // The reasons in the file are written in the language the user reads them in here.
      const job = await startJob('import.exportQuarantine', path ? { importId, path, overwrite: true, language } : { importId, language }, setProgress);
      const result = await job.result;
      if (info.capabilities.nativeDialogs) setSavedTo(result.path);
      else downloadExport(result.path, result.fileName);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }, [fileName, importId, info.capabilities.nativeDialogs, language]);

  return { run, busy, progress, error, savedTo };
}
