import { z } from 'zod';
import { method } from '../method.js';
import { dataKinds } from '../types.js';
import { isoMonth } from '../isoDates.js';
import { categories, type AreaConsumption, type AreaCustomers, type ArrearsOverview, type ConsumptionByMonth, type CustomersByCategory, type LoadVsTemperature, type OverviewKpis } from '../overviewTypes.js';
import type { CatalogSummary, BrowsePage } from '../catalogTypes.js';

/**
 * The Overview's cross-filters (OverviewFilter): an area ('' = no area), one month in place of
 * the period, a usage category.
 */
const areaId = z.string().max(100);
const crossFilter = { areaId: areaId.optional(), month: isoMonth.optional(), category: z.enum(categories).optional() };
const period = z.object({ from: isoMonth.optional(), to: isoMonth.optional(), ...crossFilter }).strict();

export const dataMethods = {
  'catalog.summary': method<CatalogSummary>()('query', z.object({}).strict()),
  /** Page through one kind's stored rows, sorted and filtered (the Data page's table). */
  'data.browse': method<BrowsePage>()(
    'query',
    z
      .object({
        kind: z.enum(dataKinds),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(5000).default(200),
        /** A column the kind's table keeps an index for (BrowseColumn.sortable); others are a validation error. */
        sort: z.object({ column: z.string().min(1).max(64), desc: z.boolean().default(false) }).strict().optional(),
        /** Rows whose key columns start with this text; in small tables (areas, inspections), contain it. */
        search: z.string().max(200).optional(),
        /** The `next` of the page before: the page starts after that page's last row, `offset` counts from there. */
        after: z.string().max(2000).optional(),
        /** Personal fields are masked unless the caller asks for them on purpose. */
        unmask: z.boolean().default(false),
      })
      .strict(),
  ),
  'overview.kpis': method<OverviewKpis>()('query', period),
  'overview.consumptionByMonth': method<ConsumptionByMonth>()('query', period),
  'overview.consumptionByArea': method<AreaConsumption[]>()(
    'query',
    period.extend({ limit: z.number().int().min(1).max(10_000).default(1000) }).strict(),
  ),
  'overview.loadVsTemperature': method<LoadVsTemperature>()('query', period),
  /** Customers of the archive by category: no period or month, the archive has none. */
  'overview.customersByCategory': method<CustomersByCategory>()(
    'query',
    z.object({ areaId: crossFilter.areaId, category: crossFilter.category }).strict(),
  ),
  'overview.arrears': method<ArrearsOverview>()('query', period),
  /** Drill-down: an area's customers ranked by consumption over the period, with category and arrears. */
  'overview.areaCustomers': method<AreaCustomers>()(
    'query',
    period
      .extend({ areaId, limit: z.number().int().min(1).max(20_000).default(5000) })
      .strict(),
  ),
};
