import { useCallback, useState } from 'react';
import type { ForecastRunInfo } from '../../../engine/api/forecastTypes.js';
import { invoke } from '../../api/client.js';
import { toApiError, type ApiError } from '../../api/errors.js';
import { downloadExport } from '../../api/files.js';
import { startJob } from '../../api/jobs.js';
import { useSession } from '../../state/session.js';
import { exportFileName } from './exportName.js';

/**
 * A run to CSV or Excel, as the quarantine export does it: the desktop app asks where to save;
 * the web host writes to its exports folder and the browser downloads the file from there.
 */
export function useExportRun(run: Pick<ForecastRunInfo, 'runId' | 'name'>) {
  const { info, language } = useSession();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [savedTo, setSavedTo] = useState<string | null>(null);

  const { runId, name } = run;
  const exportAs = useCallback(
    async (format: 'csv' | 'xlsx') => {
      if (runId === null) return;
      setBusy(format);
      setError(null);
      setSavedTo(null);
      try {
        let path: string | undefined;
        if (info.capabilities.nativeDialogs) {
          const chosen = await invoke('dialog.saveFile', { purpose: 'export', defaultName: exportFileName(name, format) });
          if (!chosen.path) return;
          path = chosen.path;
        }
        // The save dialog has asked about replacing an existing file; the engine refuses one otherwise.
        const job = await startJob('forecast.export', { runId, format, language, ...(path ? { path, overwrite: true } : {}) });
        const result = await job.result;
        if (info.capabilities.nativeDialogs) setSavedTo(result.path);
        else downloadExport(result.path, result.fileName);
      } catch (caught) {
        setError(toApiError(caught));
      } finally {
        setBusy(null);
      }
    },
    [runId, name, info.capabilities.nativeDialogs, language],
  );

  return { exportAs, busy, error, savedTo };
}
