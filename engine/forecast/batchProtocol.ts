// Messages between a batch forecast (batch.ts, in the job's worker) and its forecasting
// threads (batchWorker.ts): the job hands out one scope at a time to whichever thread is free.
import type { ErrorPayload } from '../api/errors.js';
import type { ForecastRun } from '../api/forecastTypes.js';
import type { ForecastRunArgs } from './run.js';

export interface BatchWorkerData {
  /** The workspace, opened read-only by each thread. */
  workspace: string;
  /** Its passphrase when it is encrypted. */
  passphrase?: string;
}

/** Job -> thread: forecast this scope. */
export interface BatchTask {
  args: ForecastRunArgs;
}

/** Thread -> job: one scope's run, or why it failed. */
export type BatchReply = { scope: string; run: ForecastRun } | { scope: string; error: ErrorPayload };
