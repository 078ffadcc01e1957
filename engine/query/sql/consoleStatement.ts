// A statement of the SQL console, checked by SQLite itself before it runs: exactly one
// statement, one that reads (better-sqlite3's `reader`: it returns rows) and writes nothing
// (`readonly`, sqlite3_stmt_readonly: ATTACH, DETACH and BEGIN are "read-only" but return no
// rows, so they are refused too). The connection it runs on is read-only as well and has
// `query_only` set, so a write would fail even past these checks. Then its personal data:
// what it reads of the archive's personal columns, from its bytecode (personalFlow.ts).
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { EngineError } from '../../api/errors.js';
import type { SqlColumn } from '../../api/sqlTypes.js';
import type { Db } from '../../store/database.js';
import { columnKey, personalColumns } from './personalColumns.js';
import { personalFlow, readProgram } from './personalFlow.js';
import { btreesByRootPage } from './schemaMap.js';
import type { Masker } from '../../catalog/mask.js';

export interface ConsoleStatement {
  statement: Statement;
  /** Declared types where the column is one of a table's; completed from the values read. */
  columns: SqlColumn[];
  /** Per result column, how its values are masked (null: shown as they are). */
  maskers: (Masker | null)[];
  /** Names of the masked result columns. */
  masked: string[];
  /** The statement reads personal data and the call asked for it unmasked. */
  unmasked: boolean;
  /** The personal columns (table.column) the statement reads, as output or otherwise. */
  personal: string[];
}

const ONLY_SELECT = 'Only a single SELECT statement (or WITH … SELECT) can run in the SQL console: it reads the workspace and never changes it.';

function prepare(db: Db, sql: string): Statement {
  try {
    return db.prepare(sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/more than one statement/i.test(message)) {
      throw new EngineError('sql.not_read_only', `${ONLY_SELECT} This text holds more than one statement: run them one at a time.`, { reason: 'several' });
    }
    throw new EngineError('sql.syntax', `SQLite cannot run this statement: ${message}. Check the table and column names in the schema list.`, { sqlite: message });
  }
}

/** Reads the program of a statement, or null when the statement is an EXPLAIN itself (which reads no data). */
function program(db: Db, sql: string) {
  try {
    return readProgram(db, sql);
  } catch {
    return null;
  }
}

export function consoleStatement(db: Db, sql: string, unmask: boolean): ConsoleStatement {
  const statement = prepare(db, sql);
  if (!statement.reader || !statement.readonly) {
    throw new EngineError('sql.not_read_only', ONLY_SELECT, { reason: statement.readonly ? 'no_rows' : 'writes' });
  }
  const described = statement.columns();
  const instructions = program(db, sql);
  const flow = instructions ? personalFlow(instructions, btreesByRootPage(db)) : null;
  if (flow && flow.secrets.size > 0) {
    const columns = [...flow.secrets].sort();
    throw new EngineError('sql.secret_column', `The statement reads ${columns.join(', ')}, which the SQL console never shows. Leave it out.`, { columns });
  }
  const origins = described.map((c) => (c.table && c.column ? columnKey(c.table, c.column) : null));
  // A result column carrying personal values other than its own column's is a use of them too.
  const used = new Set(flow?.used ?? []);
  flow?.output.forEach((taint, i) => {
    for (const key of taint) if (key !== origins[i]) used.add(key);
  });
  if (used.size > 0 && !unmask) {
    const columns = [...used].sort();
    throw new EngineError(
      'sql.personal_data',
      `The statement uses personal data (${columns.join(', ')}) in a condition, a join or an expression. Select these columns only as they are (they are shown masked), or run it with personal data unmasked if your role allows it.`,
      { columns },
    );
  }
  const personal = new Set(used);
  for (const key of origins) if (key !== null && personalColumns.has(key)) personal.add(key);
  const maskers = origins.map((key) => (!unmask && key ? (personalColumns.get(key) ?? null) : null));
  return {
    statement,
    columns: described.map((c) => ({
      name: c.name,
      type: c.type ?? '',
      ...(c.table ? { table: c.table } : {}),
      ...(c.column ? { column: c.column } : {}),
    })),
    maskers,
    masked: described.filter((_, i) => maskers[i] !== null).map((c) => c.name),
    unmasked: unmask && personal.size > 0,
    personal: [...personal].sort(),
  };
}
