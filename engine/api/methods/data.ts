import { z } from 'zod';
import { method } from '../method.js';
import { dataKinds } from '../types.js';
import { isoMonth } from '../isoDates.js';
import type { AreaConsumption, ArrearsOverview, ConsumptionByMonth, CustomersByCategory, LoadVsTemperature, OverviewKpis } from '../overviewTypes.js';
import type { CatalogSummary, BrowsePage } from '../catalogTypes.js';

const period = z.object({ from: isoMonth.optional(), to: isoMonth.optional() }).strict();

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
        sort: z.object({ column: z.string().min(1), desc: z.boolean().default(false) }).strict().optional(),
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
  'overview.customersByCategory': method<CustomersByCategory>()('query', z.object({}).strict()),
  'overview.arrears': method<ArrearsOverview>()('query', period),
};
