// The read-only SQL console on the worker side: a statement's first rows, its cancel, the
// schema list and the export job (engine/query/sql).
import { EngineError } from '../api/errors.js';
import { auditExport } from '../audit/exported.js';
import { auditUnmask } from '../audit/unmask.js';
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
  'sql.run': async (ctx, { token, ...args }) => {
    const result = await cancellable(token, (cancelled) => runSql(openWorkspace(ctx.workspace), args, { cancelled }));
    // Shown unmasked only once on record (the host writes the entry before it answers).
    if (result.unmasked) auditUnmask(ctx, { method: 'sql.run', subject: 'SQL console', fields: fieldNames(result.personal), detail: { sql: args.sql.slice(0, 4000), rows: result.rows.length } });
    return result;
  },
  'sql.cancel': (_ctx, { token }) => {
    cancelRun(token);
    return null;
  },
  'sql.schema': (ctx) => sqlSchema(ctx.db()),
};

export const sqlJobs: Pick<JobHandlers, 'sql.export'> = {
  'sql.export': async (ctx, { path, ...args }) => {
    const result = await exportSql(
      openWorkspace(ctx.workspace),
      { ...args, path, folder: ctx.exportsDir, isDemo: getMeta(ctx.db(), 'is_demo') === '1' },
      {
        cancelled: () => ctx.cancelled,
        progress: (rows) => ctx.progress(0, `${rows} rows written`, { done: rows }),
      },
    );
    auditExport(ctx, { method: 'sql.export', path: result.path, rows: result.rows, unmasked: result.unmasked, detail: { format: args.format, sql: args.sql.slice(0, 4000), fields: fieldNames(result.personal) } });
    return result;
  },
};

/** customers.phone → phone: the log names the archive's personal fields by column. */
function fieldNames(personal: string[]): string[] {
  return personal.map((key) => key.slice(key.indexOf('.') + 1));
}
