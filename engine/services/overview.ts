// Overview queries: figures and chart series of the open workspace, read from the aggregate
// tables only (engine/aggregates keeps them up to date), so they stay fast at any size.
import type { QueryHandlers } from './registry.js';
import { overviewKpis } from '../overview/kpis.js';
import { resolvePeriod } from '../overview/period.js';
import { arrearsByMonth, consumptionByArea, consumptionByMonth, customersByCategory, loadVsTemperature } from '../overview/charts.js';
import { areaCustomers } from '../overview/areaCustomers.js';
import type { OverviewFilter } from '../api/overviewTypes.js';

/** The period and the cross-filters of an overview query's arguments. */
function split<A extends { from?: string | undefined; to?: string | undefined } & OverviewFilter>({ from, to, areaId, month, category }: A) {
  return { period: { from, to }, filter: { areaId, month, category } };
}

export const overviewQueries: Pick<
  QueryHandlers,
  | 'overview.kpis'
  | 'overview.consumptionByMonth'
  | 'overview.consumptionByArea'
  | 'overview.loadVsTemperature'
  | 'overview.customersByCategory'
  | 'overview.arrears'
  | 'overview.areaCustomers'
> = {
  'overview.kpis': (ctx, args) => overviewKpis(ctx.db(), args),
  'overview.consumptionByMonth': (ctx, args) => {
    const { period, filter } = split(args);
    return consumptionByMonth(ctx.db(), resolvePeriod(ctx.db(), period), filter);
  },
  'overview.consumptionByArea': (ctx, args) => {
    const { period, filter } = split(args);
    return consumptionByArea(ctx.db(), resolvePeriod(ctx.db(), period), args.limit, filter);
  },
  'overview.loadVsTemperature': (ctx, args) => {
    const { period, filter } = split(args);
    return loadVsTemperature(ctx.db(), resolvePeriod(ctx.db(), period), filter);
  },
  'overview.customersByCategory': (ctx, args) => customersByCategory(ctx.db(), args),
  'overview.arrears': (ctx, args) => {
    const { period, filter } = split(args);
    return arrearsByMonth(ctx.db(), resolvePeriod(ctx.db(), period), filter);
  },
  'overview.areaCustomers': (ctx, args) => areaCustomers(ctx.db(), args),
};
