// One run of a claimed schedule: its task's jobs started one after the other as ordinary jobs
// (they show in the job panel and the job history with their logs), each recorded in the run as
// it ends, then the run's end: succeeded, or failed with the reason. It stops starting jobs when
// the workspace it runs on is no longer the open one.
import { EngineError, toErrorPayload, type ErrorPayload } from '../api/errors.js';
import type { ImportFolderOptions, ScheduleRunOutcome } from '../api/schedulesTypes.js';
import type { JobMethod } from '../api/contract.js';
import type { Claim } from './claim.js';
import type { RunEnd, StepRecord } from './record.js';
import { taskJobs } from './taskJobs.js';
import { scanFolder } from './watchedFolder.js';

/** What a run needs of its host (engine/host/scheduler.ts). */
export interface RunDriver {
  /** Starts a job on the run's workspace (its arguments validated); throws when that workspace is no longer open. */
  startJob(method: JobMethod, args: unknown, note: string): string;
  /** The job's result; rejects with its error. */
  wait(jobId: string): Promise<unknown>;
  /** Whether the workspace has a saved risk model to score with. */
  hasRiskModel(): Promise<boolean>;
  recordStep(step: StepRecord): Promise<void>;
  finish(end: Omit<RunEnd, 'now'>): Promise<void>;
  /** How long a new file must keep its size to count as written (ms). */
  settleMs: number;
}

export type ClaimedRun = Extract<Claim, { claimed: true }>;

export async function runSchedule(driver: RunDriver, claim: ClaimedRun): Promise<RunEnd['status']> {
  let outcome: ScheduleRunOutcome;
  try {
    const { schedule } = claim;
    outcome = schedule.task === 'import_folder' ? await importFolder(driver, claim, schedule.options) : await runJobs(driver, claim);
  } catch (error) {
    outcome = { error: toErrorPayload(error) };
  }
  const status = outcome.error || (outcome.failed ?? 0) > 0 ? 'failed' : 'succeeded';
  await driver.finish({ runId: claim.runId, status, outcome });
  return status;
}

const note = (claim: ClaimedRun) => `scheduled run ${claim.runId} of '${claim.schedule.name}'`;

/** A task of one or two jobs: the first failure fails the run. */
async function runJobs(driver: RunDriver, claim: ClaimedRun): Promise<ScheduleRunOutcome> {
  for (const job of await taskJobs(claim.schedule, driver)) {
    const jobId = driver.startJob(job.method, job.args, note(claim));
    const ended = await driver.wait(jobId).then(
      () => null,
      (error: unknown) => toErrorPayload(error),
    );
    await driver.recordStep({ runId: claim.runId, jobId });
    if (ended) return { error: ended };
  }
  return {};
}

async function importFolder(driver: RunDriver, claim: ClaimedRun, { folder, kind, mapping }: ImportFolderOptions): Promise<ScheduleRunOutcome> {
  const { ready, waiting } = await scanFolder(folder, claim.knownFiles, driver.settleMs);
  let imported = 0;
  const failures: ErrorPayload[] = [];
  for (const file of ready) {
    const jobId = driver.startJob('import.run', { path: file.path, kind, mapping }, note(claim));
    const result = await driver.wait(jobId).then(
      (value) => ({ importId: (value as { importId: number }).importId, error: null }),
      (error: unknown) => ({ importId: null, error: toErrorPayload(error, { path: file.path }) }),
    );
    if (result.error?.code === 'cancelled') {
      // A cancelled import is not the file's fault: it stays new for the next run.
      await driver.recordStep({ runId: claim.runId, jobId });
      throw new EngineError('cancelled', `The import of ${file.path} was cancelled; the file is taken again next run.`, { path: file.path });
    }
    await driver.recordStep({ runId: claim.runId, jobId, file: { ...file, status: result.error ? 'failed' : 'imported', ...result } });
    if (result.error) failures.push(result.error);
    else imported++;
  }
  return {
    imported,
    failed: failures.length,
    waiting: waiting.length,
    ...(failures.length > 0 ? { error: failures[0] } : {}),
  };
}
