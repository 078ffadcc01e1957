// The catalog (what each kind holds) and the data browser (its rows, a page at a time).
import type { QueryHandlers } from './registry.js';
import { catalogSummary } from '../catalog/summary.js';
import { browse } from '../catalog/browse.js';

export const catalogQueries: Pick<QueryHandlers, 'catalog.summary' | 'data.browse'> = {
  'catalog.summary': (ctx) => catalogSummary(ctx.db()),
  'data.browse': (ctx, args) => browse(ctx.db(), args),
};
