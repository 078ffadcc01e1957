import { useCallback, useState } from 'react';
import { invoke } from '../api/client.js';
import { toApiError, type ApiError } from '../api/errors.js';
import { downloadExport } from '../api/files.js';
import type { JobMethod } from '../../engine/api/contract.js';
import type { JobProgress, RunningJob } from '../api/jobs.js';
import { useSession } from './session.js';

/** Where the engine writes: the file the user chose, or (no target) a new file in the web host's exports folder. */
export type ExportTarget = { path: string; overwrite: true } | null;

/** Starts the export job (any job that writes a file and answers with it) writing to the target, reporting its progress. */
export type ExportJob = (target: ExportTarget, onProgress: (progress: JobProgress) => void) => Promise<ExportRunning>;

/** A running export: its job and the file it wrote. */
export type ExportRunning = Pick<RunningJob<JobMethod>, 'jobId'> & { result: Promise<{ path: string; fileName: string }> };

/**
 * A file exported the app's way: the desktop app asks where to save; the web host writes to its
 * exports folder and the browser downloads the file from there. `busy` is the export under way
 * (the format, say), so that a view can tell which button started it.
 */
export function useExport<K extends string>() {
  const { info } = useSession();
  const nativeDialogs = info.capabilities.nativeDialogs;
  const [busy, setBusy] = useState<K | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [savedTo, setSavedTo] = useState<string | null>(null);

  const start = useCallback(
    async (what: K, defaultName: string, job: ExportJob) => {
      setBusy(what);
      setError(null);
      setSavedTo(null);
      try {
        let target: ExportTarget = null;
        if (nativeDialogs) {
          const chosen = await invoke('dialog.saveFile', { purpose: 'export', defaultName });
          if (!chosen.path) return;
          // The save dialog has asked about replacing an existing file; the engine refuses one otherwise.
          target = { path: chosen.path, overwrite: true };
        }
        const result = await (await job(target, setProgress)).result;
        if (nativeDialogs) setSavedTo(result.path);
        else downloadExport(result.path, result.fileName);
      } catch (caught) {
        setError(toApiError(caught));
      } finally {
        setBusy(null);
        setProgress(null);
      }
    },
    [nativeDialogs],
  );

  return { start, busy, progress, error, savedTo };
}
