// Arrears risk on the worker side: the queries the Risk page reads models, runs, customers,
// distributions and stability with, and the own-data dialog's preview of an analyst's CSV.
import { customersPage } from '../risk/queries/customers.js';
import { distribution } from '../risk/queries/distribution.js';
import { modelDetail } from '../risk/queries/models.js';
import { customerProfile } from '../risk/queries/profile.js';
import { listRuns } from '../risk/queries/runs.js';
import { stability } from '../risk/queries/stability.js';
import { listModels } from '../risk/store/models.js';
import { previewTable } from '../risk/table/readTable.js';
import type { QueryHandlers } from './registry.js';

export const riskQueries: Pick<
  QueryHandlers,
  'risk.previewTable' | 'risk.models' | 'risk.model' | 'risk.runs' | 'risk.customers' | 'risk.customer' | 'risk.distribution' | 'risk.stability'
> = {
  'risk.previewTable': (_ctx, { path }) => previewTable(path),
  'risk.models': (ctx, { source }) => listModels(ctx.db(), source),
  'risk.model': (ctx, { modelId }) => modelDetail(ctx.db(), modelId),
  'risk.runs': (ctx, { modelId, limit }) => listRuns(ctx.db(), modelId, limit),
  'risk.customers': (ctx, args) => customersPage(ctx.db(), args),
  'risk.customer': (ctx, { customerId }) => customerProfile(ctx.db(), customerId),
  'risk.distribution': (ctx, { runId, by }) => distribution(ctx.db(), runId, by),
  'risk.stability': (ctx, { baseRunId, runId }) => stability(ctx.db(), baseRunId, runId),
};
