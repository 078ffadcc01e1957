import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArgsIn, JobMethod, JobResults } from '../../../engine/api/contract.js';
import { toApiError, type ApiError } from '../../api/errors.js';
import { cancelJob, startJob, type JobProgress } from '../../api/jobs.js';

export interface ForecastJob<M extends JobMethod> {
  /** Starts the job; resolves with its result, or null when it failed (see error) or was cancelled. */
  start(args: ArgsIn<M>): Promise<JobResults[M] | null>;
  cancel(): void;
  running: boolean;
  progress: JobProgress | null;
  error: ApiError | null;
  clearError(): void;
}

/**
 * One of the page's jobs (a forecast, a scenario, a batch) followed for its progress, with
 * Cancel. A cancelled job is no error: it simply leaves nothing behind.
 */
export function useForecastJob<M extends JobMethod>(method: M): ForecastJob<M> {
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(
    async (args: ArgsIn<M>) => {
      setError(null);
      setProgress(null);
      setRunning(true);
      try {
        const job = await startJob(method, args, (p) => mounted.current && setProgress(p));
        if (mounted.current) setJobId(job.jobId);
        return await job.result;
      } catch (caught) {
        const apiError = toApiError(caught);
        if (apiError.code !== 'cancelled' && mounted.current) setError(apiError);
        return null;
      } finally {
        if (mounted.current) {
          setRunning(false);
          setJobId(null);
          setProgress(null);
        }
      }
    },
    [method],
  );

  const cancel = useCallback(() => {
    if (jobId) cancelJob(jobId).catch((caught: unknown) => setError(toApiError(caught)));
  }, [jobId]);

  return { start, cancel, running, progress, error, clearError: useCallback(() => setError(null), []) };
}
