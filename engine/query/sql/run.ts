// sql.run: one statement's first rows (up to the limit) for the console's table.
import type { SqlCell, SqlColumn, SqlRunResult } from '../../api/sqlTypes.js';
import { runInChild } from './runner.js';

export interface SqlRunArgs {
  sql: string;
  limit: number;
  timeoutSeconds: number;
  unmask: boolean;
}

/** Rows per message from the child. */
const BATCH_ROWS = 5000;

export async function runSql(workspace: string, args: SqlRunArgs, options: { cancelled?: () => boolean; script?: string } = {}): Promise<SqlRunResult> {
  const started = performance.now();
  let columns: SqlColumn[] = [];
  let masked: string[] = [];
  let unmasked = false;
  let personal: string[] = [];
  const rows: SqlCell[][] = [];
  const { truncated } = await runInChild({
    request: { workspace, sql: args.sql, limit: args.limit, unmask: args.unmask, batchRows: Math.min(BATCH_ROWS, args.limit), blobs: 'size' },
    timeoutSeconds: args.timeoutSeconds,
    deadline: 'total',
    onColumns: (c, m, u, p) => {
      columns = c;
      masked = m;
      unmasked = u;
      personal = p;
    },
    onRows: (batch) => {
      for (const row of batch) rows.push(row);
    },
    ...options,
  });
  return { columns, rows, truncated, limit: args.limit, elapsedMs: Math.round(performance.now() - started), masked, unmasked, personal };
}
