import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { sqlRowLimit, sqlTimeLimit, type SqlRunResult, type SqlSchemaTable } from '../sqlTypes.js';

/** One statement: SQLite refuses anything but a single read (engine/query/sql/consoleStatement.ts). */
const statement = z.string().trim().min(1).max(100_000);
const timeoutSeconds = z.number().min(1).max(sqlTimeLimit.max).default(sqlTimeLimit.default);
/** Show personal columns as they are (they are masked otherwise, and used in conditions only so). */
const unmask = z.boolean().default(false);

export const sqlMethods = {
  /**
   * Runs one read-only statement on the open workspace (a read-only connection with query_only,
   * in a process of its own stopped at the time limit): the first `limit` rows, personal columns
   * masked unless `unmask`. `token` names the run for sql.cancel.
   */
  'sql.run': method<SqlRunResult>()(
    'query',
    z
      .object({
        sql: statement,
        limit: z.number().int().min(1).max(sqlRowLimit.max).default(sqlRowLimit.default),
        timeoutSeconds,
        unmask,
        token: z.string().min(1).max(100).optional(),
      })
      .strict(),
  ),
  /** Stops the sql.run with this token (its caller gets the `cancelled` error). */
  'sql.cancel': method<null>()('query', z.object({ token: z.string().min(1).max(100) }).strict()),
  /** The tables and views a statement may read, with their columns (personal ones marked). */
  'sql.schema': method<SqlSchemaTable[]>()('query', z.object({}).strict()),
  /**
   * The whole result of a statement (up to 1,000,000 rows) to CSV or Excel (a job; Cancel stops
   * the statement); the time limit applies to each batch of rows. Like theft.export for path and overwrite.
   */
  'sql.export': method<JobHandle>()(
    'job',
    z
      .object({
        sql: statement,
        format: z.enum(['csv', 'xlsx']),
        timeoutSeconds,
        unmask,
        language: z.enum(['zh-CN', 'en']).optional(),
        path: z.string().min(1).max(4096).optional(),
        overwrite: z.boolean().optional(),
      })
      .strict(),
  ),
};
