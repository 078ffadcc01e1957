// Job methods return {jobId} at once; the work reports through 'job.progress' and ends
// with one 'job.done'. These helpers turn that into a promise of the job's result.
import type { ArgsIn, EngineEvents, JobMethod, JobResults } from '../../engine/api/contract.js';
import { ApiError } from './errors.js';
import { invoke, on, onConnection } from './client.js';

export type JobProgress = EngineEvents['job.progress'];
type JobDone = EngineEvents['job.done'];

export interface RunningJob<M extends JobMethod> {
  jobId: string;
  result: Promise<JobResults[M]>;
}

function settle<M extends JobMethod>(done: Pick<JobDone, 'status' | 'result' | 'error'>): JobResults[M] {
  if (done.status === 'succeeded') return done.result as JobResults[M];
  if (done.error) throw new ApiError(done.error.code as ApiError['code'], done.error.message, done.error.details);
  throw new ApiError(done.status === 'cancelled' ? 'cancelled' : 'internal', `The job ended as ${done.status}.`);
}

/**
 * Starts a job and follows it. Events are collected from before the call, so a job that
 * finishes before its id is known still resolves; after a lost connection the job's state
 * is asked for again, since its 'job.done' may have gone by unseen.
 */
export async function startJob<M extends JobMethod>(
  method: M,
  args: ArgsIn<M>,
  onProgress?: (progress: JobProgress) => void,
): Promise<RunningJob<M>> {
  let jobId: string | null = null;
  const early: JobDone[] = [];
  let finish: ((done: JobDone) => void) | null = null;
  const offDone = on('job.done', (done) => {
    if (jobId === null) early.push(done);
    else if (done.id === jobId) finish?.(done);
  });
  const offProgress = on('job.progress', (progress) => {
    if (progress.id === jobId) onProgress?.(progress);
  });
  const offConnection = onConnection((state) => {
    if (state !== 'connected' || jobId === null) return;
    invoke('jobs.get', { id: jobId }).then(
      (job) => {
        if (job.status !== 'queued' && job.status !== 'running') finish?.({ ...job, finishedAt: job.finishedAt ?? '' });
      },
      () => undefined, // the next 'job.done' or reconnect settles it
    );
  });
  const cleanup = () => {
    offDone();
    offProgress();
    offConnection();
  };

  let handle: { jobId: string };
  try {
    handle = (await invoke(method, args)) as { jobId: string };
  } catch (error) {
    cleanup();
    throw error;
  }
  jobId = handle.jobId;
  const result = new Promise<JobResults[M]>((resolve, reject) => {
    finish = (done) => {
      cleanup();
      try {
        resolve(settle<M>(done));
      } catch (error) {
        reject(error);
      }
    };
    const already = early.find((done) => done.id === jobId);
    if (already) finish(already);
  });
  return { jobId, result };
}

export function cancelJob(jobId: string): Promise<{ cancelled: boolean }> {
  return invoke('jobs.cancel', { id: jobId });
}
