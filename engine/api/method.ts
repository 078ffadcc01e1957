import type { z } from 'zod';

/**
 * Where a method runs:
 * - `host`: in the host process (settings, job bookkeeping, dialogs); never heavy.
 * - `query`: on the engine's query worker; quick reads of the workspace.
 * - `job`: on the job pool; the call returns a JobHandle at once and the work reports
 *   progress through `job.progress` events until `job.done` carries its result.
 */
export type MethodMode = 'host' | 'query' | 'job';

export interface MethodDef<A extends z.ZodType, R, M extends MethodMode> {
  readonly args: A;
  readonly mode: M;
  /** Phantom: the result type, never read at run time. */
  readonly result?: R;
}

export function method<R>() {
  return <A extends z.ZodType, M extends MethodMode>(mode: M, args: A): MethodDef<A, R, M> => ({ args, mode });
}

/** What a `job` method returns to its caller straight away. */
export interface JobHandle {
  jobId: string;
}
