// Arrears risk on the worker side: the queries the Risk page reads models, runs, customers,
// distributions and stability with, and the own-data dialog's preview of an analyst's CSV.
import { EngineError } from '../api/errors.js';
import { customersPage } from '../risk/queries/customers.js';
import { distribution } from '../risk/queries/distribution.js';
import { listModels, modelDetail } from '../risk/queries/models.js';
import { customerProfile } from '../risk/queries/profile.js';
import { listRuns } from '../risk/queries/runs.js';
import { stability } from '../risk/queries/stability.js';
import type { QueryHandlers } from './registry.js';

const building = (name: string) => () => {
  throw new EngineError('unsupported', `${name} is not built yet`);
};

export const riskQueries: Pick<
  QueryHandlers,
  'risk.previewTable' | 'risk.models' | 'risk.model' | 'risk.runs' | 'risk.customers' | 'risk.customer' | 'risk.distribution' | 'risk.stability'
> = {
  'risk.previewTable': building('risk.previewTable'),
  'risk.models': (ctx, { source }) => listModels(ctx.db(), source),
  'risk.model': (ctx, { modelId }) => modelDetail(ctx.db(), modelId),
  'risk.runs': (ctx, { modelId, limit }) => listRuns(ctx.db(), modelId, limit),
  'risk.customers': (ctx, args) => customersPage(ctx.db(), args),
  'risk.customer': (ctx, { customerId }) => customerProfile(ctx.db(), customerId),
  'risk.distribution': (ctx, { runId, by }) => distribution(ctx.db(), runId, by),
  'risk.stability': (ctx, { baseRunId, runId }) => stability(ctx.db(), baseRunId, runId),
};
