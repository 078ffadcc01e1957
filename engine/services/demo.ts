// PLACEHOLDER (being written in parallel): demo workspace generation.
import { EngineError } from '../api/errors.js';
import type { JobHandlers } from './registry.js';

export const demoJobs: Pick<JobHandlers, 'demo.create'> = {
  'demo.create': () => {
    throw new EngineError('unsupported', 'The demo generator is being written.');
  },
};
