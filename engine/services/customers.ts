// Customers on the worker side: search, the customer 360, recommendations and target lists.
import { EngineError } from '../api/errors.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

const notBuilt = (): never => {
  throw new EngineError('unsupported', 'not built yet');
};

export const customersQueries: Pick<QueryHandlers, 'customers.search' | 'customers.get' | 'customers.recommendations' | 'customers.lists' | 'customers.listMembers'> = {
  'customers.search': notBuilt,
  'customers.get': notBuilt,
  'customers.recommendations': notBuilt,
  'customers.lists': notBuilt,
  'customers.listMembers': notBuilt,
};

export const customersJobs: Pick<JobHandlers, 'customers.saveList' | 'customers.exportList'> = {
  'customers.saveList': notBuilt,
  'customers.exportList': notBuilt,
};
