// The query builder and saved views on the worker side (engine/query).
import { exportQuery } from '../query/builder/export.js';
import { queryFields } from '../query/builder/fields.js';
import { runQuerySpec } from '../query/builder/runSpec.js';
import { dimensionValues } from '../query/builder/values.js';
import { deleteView, getView, listViews, saveView } from '../query/views/store.js';
import { auditExport } from '../audit/exported.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

export const queryQueries: Pick<QueryHandlers, 'query.fields' | 'query.values' | 'query.run' | 'views.list' | 'views.get'> = {
  'query.fields': () => queryFields(),
  'query.values': (ctx, { dimension, search, limit }) => dimensionValues(ctx.db(), dimension, search, limit),
  'query.run': (ctx, { spec }) => runQuerySpec(ctx.db(), spec),
  'views.list': (ctx) => listViews(ctx.db()),
  'views.get': (ctx, { viewId }) => getView(ctx.db(), viewId),
};

export const queryJobs: Pick<JobHandlers, 'query.export' | 'views.save' | 'views.delete'> = {
  'query.export': async (ctx, { spec, viewName, format, language, path, overwrite }) => {
    ctx.progress(0, 'running the query');
    const result = await exportQuery(ctx.db(), { spec, viewName, format, language: language ?? 'zh-CN', path, overwrite, folder: ctx.exportsDir }, ctx);
    ctx.log(`${result.rows} rows written to ${result.fileName}`);
    auditExport(ctx, { method: 'query.export', path: result.path, rows: result.rows, unmasked: false, detail: { format, view: viewName ?? null } });
    return { path: result.path, fileName: result.fileName };
  },
  'views.save': (ctx, args) => {
    const view = saveView(ctx.db(), args, ctx.actor.name);
    ctx.log(`saved view ${view.viewId} (${view.name}) by ${ctx.actor.name}`);
    return view;
  },
  'views.delete': (ctx, { viewId }) => {
    const deleted = deleteView(ctx.db(), viewId);
    ctx.log(deleted ? `saved view ${viewId} deleted` : `no saved view ${viewId} to delete`);
    return { viewId, deleted };
  },
};
