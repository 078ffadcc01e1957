// The catalog (what each kind holds) and the data browser (its rows, a page at a time).
import type { QueryHandlers } from './registry.js';
import { catalogSummary } from '../catalog/summary.js';
import { browse } from '../catalog/browse.js';
import { auditUnmask } from '../audit/unmask.js';

export const catalogQueries: Pick<QueryHandlers, 'catalog.summary' | 'data.browse'> = {
  'catalog.summary': (ctx) => catalogSummary(ctx.db()),
  'data.browse': (ctx, args) => {
    const page = browse(ctx.db(), args);
    const fields = page.columns.filter((c) => c.personal).map((c) => c.name);
    if (args.unmask && fields.length > 0 && page.rows.length > 0) {
      const detail = { kind: args.kind, offset: args.offset, rows: page.rows.length, search: args.search ?? null };
      auditUnmask(ctx, { method: 'data.browse', subject: args.kind, fields, detail });
    }
    return page;
  },
};
