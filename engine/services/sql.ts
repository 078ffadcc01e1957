// The read-only SQL console on the worker side: a statement's first rows, its cancel, the
// schema list and the export job (engine/query/sql).
import { EngineError } from '../api/errors.js';
import { getMeta } from '../store/database.js';
import { cancellable, cancelRun } from '../query/sql/cancelling.js';
import { exportSql } from '../query/sql/export.js';
import { runSql } from '../query/sql/run.js';
import { sqlSchema } from '../query/sql/schema.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

function openWorkspace(workspace: string | null): string {
  if (!workspace) throw new EngineError('workspace.none_open', 'Open or create a workspace first.');
  return workspace;
}

export const sqlQueries: Pick<QueryHandlers, 'sql.run' | 'sql.cancel' | 'sql.schema'> = {
  'sql.run': (ctx, { token, ...args }) => cancellable(token, (cancelled) => runSql(openWorkspace(ctx.workspace), args, { cancelled })),
  'sql.cancel': (_ctx, { token }) => {
    cancelRun(token);
    return null;
  },
  'sql.schema': (ctx) => sqlSchema(ctx.db()),
};

export const sqlJobs: Pick<JobHandlers, 'sql.export'> = {
  'sql.export': (ctx, { path, ...args }) =>
    exportSql(
      openWorkspace(ctx.workspace),
      { ...args, path, folder: ctx.exportsDir, isDemo: getMeta(ctx.db(), 'is_demo') === '1' },
      {
        cancelled: () => ctx.cancelled,
        progress: (rows) => ctx.progress(0, `${rows} rows written`, { done: rows }),
      },
    ),
};
