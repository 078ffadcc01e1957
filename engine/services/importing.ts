// PLACEHOLDER (being written in parallel): import methods.
import { EngineError } from '../api/errors.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

const notYet = () => {
  throw new EngineError('unsupported', 'Import is being written.');
};

export const importQueries: Pick<QueryHandlers, 'import.kinds' | 'import.preview' | 'import.history' | 'import.quarantine'> = {
  'import.kinds': notYet,
  'import.preview': notYet,
  'import.history': notYet,
  'import.quarantine': notYet,
};

export const importJobs: Pick<JobHandlers, 'import.run' | 'import.exportQuarantine'> = {
  'import.run': notYet,
  'import.exportQuarantine': notYet,
};
