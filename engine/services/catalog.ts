// PLACEHOLDER (being written in parallel): catalog and data browsing.
import { EngineError } from '../api/errors.js';
import type { QueryHandlers } from './registry.js';

const notYet = () => {
  throw new EngineError('unsupported', 'The catalog is being written.');
};

export const catalogQueries: Pick<QueryHandlers, 'catalog.summary' | 'data.browse'> = {
  'catalog.summary': notYet,
  'data.browse': notYet,
};
