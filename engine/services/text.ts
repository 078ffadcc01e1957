// Ticket text on the worker side (engine/text): placeholder handlers until the module lands.
import { EngineError } from '../api/errors.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

function notBuilt(): never {
  throw new EngineError('unsupported', 'not built yet');
}

export const textJobs: Pick<JobHandlers, 'text.train' | 'text.classify' | 'text.deleteModel' | 'text.saveRules'> = {
  'text.train': notBuilt,
  'text.classify': notBuilt,
  'text.deleteModel': notBuilt,
  'text.saveRules': notBuilt,
};

export const textQueries: Pick<QueryHandlers, 'text.models' | 'text.topTerms' | 'text.labels' | 'text.rules' | 'text.previewTable'> = {
  'text.models': notBuilt,
  'text.topTerms': notBuilt,
  'text.labels': notBuilt,
  'text.rules': notBuilt,
  'text.previewTable': notBuilt,
};
