import type { Args, JobMethod, JobResults, QueryMethod, Result } from '../api/contract.js';
import type { JobContext, QueryContext } from './context.js';

export type QueryHandlers = {
  [M in QueryMethod]: (ctx: QueryContext, args: Args<M>) => Result<M> | Promise<Result<M>>;
};

export type JobHandlers = {
  [M in JobMethod]: (ctx: JobContext, args: Args<M>) => JobResults[M] | Promise<JobResults[M]>;
};
