import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { dimensionIds, querySpec, type DimensionValueInfo, type QueryFields, type QueryResult, type SavedView, type SavedViewInfo } from '../queryTypes.js';

const viewId = z.number().int().min(1);
const viewName = z.string().trim().min(1).max(100);

export const queryMethods = {
  /** The measures and dimensions the query builder offers, with their units and which go together. */
  'query.fields': method<QueryFields>()('query', z.object({}).strict()),
  /** The values a (non-calendar) dimension takes, for a filter; `search` narrows them by value or name. */
  'query.values': method<DimensionValueInfo[]>()(
    'query',
    z.object({ dimension: z.enum(dimensionIds), search: z.string().trim().max(100).optional(), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
  ),
  /** Runs a spec: long rows (cut at its limit), totals, and the pivot when it names a column dimension. */
  'query.run': method<QueryResult>()('query', z.object({ spec: querySpec }).strict()),
  /** A spec's result to CSV or Excel, the pivot as laid out (Excel adds an info sheet with the spec in words). */
  'query.export': method<JobHandle>()(
    'job',
    z
      .object({
        spec: querySpec,
        viewName: viewName.optional(),
        format: z.enum(['csv', 'xlsx']),
        language: z.enum(['zh-CN', 'en']).optional(),
        path: z.string().min(1).max(4096).optional(),
        overwrite: z.boolean().optional(),
      })
      .strict(),
  ),
  /** Saved views, the last changed first. */
  'views.list': method<SavedViewInfo[]>()('query', z.object({}).strict()),
  'views.get': method<SavedView>()('query', z.object({ viewId }).strict()),
  /** Saves a new view (name and spec), or renames and/or replaces the spec of view `viewId`; names are unique. */
  'views.save': method<JobHandle>()('job', z.object({ viewId: viewId.optional(), name: viewName, spec: querySpec.optional() }).strict()),
  'views.delete': method<JobHandle>()('job', z.object({ viewId }).strict()),
};
