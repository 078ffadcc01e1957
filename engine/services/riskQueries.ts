// Arrears risk on the worker side: the queries the Risk page reads models, runs and customers with.
// PLACEHOLDERS while the module is built this session (see services/risk.ts).
import { EngineError } from '../api/errors.js';
import type { QueryHandlers } from './registry.js';

const building = (name: string) => () => {
  throw new EngineError('unsupported', `${name} is not built yet`);
};

export const riskQueries: Pick<
  QueryHandlers,
  'risk.previewTable' | 'risk.models' | 'risk.model' | 'risk.runs' | 'risk.customers' | 'risk.customer' | 'risk.distribution' | 'risk.stability'
> = {
  'risk.previewTable': building('risk.previewTable'),
  'risk.models': building('risk.models'),
  'risk.model': building('risk.model'),
  'risk.runs': building('risk.runs'),
  'risk.customers': building('risk.customers'),
  'risk.customer': building('risk.customer'),
  'risk.distribution': building('risk.distribution'),
  'risk.stability': building('risk.stability'),
};
