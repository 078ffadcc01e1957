// PLACEHOLDER (being written in parallel): overview queries.
import { EngineError } from '../api/errors.js';
import type { QueryHandlers } from './registry.js';

const notYet = () => {
  throw new EngineError('unsupported', 'The overview is being written.');
};

export const overviewQueries: Pick<
  QueryHandlers,
  | 'overview.kpis'
  | 'overview.consumptionByMonth'
  | 'overview.consumptionByArea'
  | 'overview.loadVsTemperature'
  | 'overview.customersByCategory'
  | 'overview.arrears'
> = {
  'overview.kpis': notYet,
  'overview.consumptionByMonth': notYet,
  'overview.consumptionByArea': notYet,
  'overview.loadVsTemperature': notYet,
  'overview.customersByCategory': notYet,
  'overview.arrears': notYet,
};
