// Overview queries: figures and chart series of the open workspace, read from the aggregate
// tables only (engine/aggregates keeps them up to date), so they stay fast at any size.
import type { QueryHandlers } from './registry.js';
import { overviewKpis } from '../overview/kpis.js';
import { resolvePeriod } from '../overview/period.js';
import { arrearsByMonth, consumptionByArea, consumptionByMonth, customersByCategory, loadVsTemperature } from '../overview/charts.js';

export const overviewQueries: Pick<
  QueryHandlers,
  | 'overview.kpis'
  | 'overview.consumptionByMonth'
  | 'overview.consumptionByArea'
  | 'overview.loadVsTemperature'
  | 'overview.customersByCategory'
  | 'overview.arrears'
> = {
  'overview.kpis': (ctx, args) => overviewKpis(ctx.db(), args),
  'overview.consumptionByMonth': (ctx, args) => consumptionByMonth(ctx.db(), resolvePeriod(ctx.db(), args)),
  'overview.consumptionByArea': (ctx, { limit, ...period }) => consumptionByArea(ctx.db(), resolvePeriod(ctx.db(), period), limit),
  'overview.loadVsTemperature': (ctx, args) => loadVsTemperature(ctx.db(), resolvePeriod(ctx.db(), args)),
  'overview.customersByCategory': (ctx) => customersByCategory(ctx.db()),
  'overview.arrears': (ctx, args) => arrearsByMonth(ctx.db(), resolvePeriod(ctx.db(), args)),
};
