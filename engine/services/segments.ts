// Load-shape segmentation on the worker side: the run job and the queries of saved runs.
import { EngineError } from '../api/errors.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

const notBuilt = (): never => {
  throw new EngineError('unsupported', 'not built yet');
};

export const segmentsQueries: Pick<QueryHandlers, 'segments.runs' | 'segments.clusters' | 'segments.customers' | 'segments.customer'> = {
  'segments.runs': notBuilt,
  'segments.clusters': notBuilt,
  'segments.customers': notBuilt,
  'segments.customer': notBuilt,
};

export const segmentsJobs: Pick<JobHandlers, 'segments.run'> = {
  'segments.run': notBuilt,
};
