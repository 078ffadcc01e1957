// sql.schema: the tables and views a console statement may read, each column with its type,
// the comment the schema gives it (the migrations document their columns in the DDL) and
// whether it is personal data. Secret columns are left out: the console refuses them.
import type { SqlSchemaTable } from '../../api/sqlTypes.js';
import type { Db } from '../../store/database.js';
import { columnKey, personalColumns, secretColumns } from './personalColumns.js';

/** `name TYPE ... -- comment` lines of a CREATE TABLE statement: column → comment. */
export function columnComments(createSql: string): Map<string, string> {
  const comments = new Map<string, string>();
  for (const line of createSql.split('\n')) {
    const match = /^\s*"?(\w+)"?\s+[A-Za-z][^-]*?--\s*(.+?)\s*$/.exec(line);
    if (match) comments.set(match[1]!.toLowerCase(), match[2]!);
  }
  return comments;
}

export function sqlSchema(db: Db): SqlSchemaTable[] {
  const entries = db
    .prepare(`SELECT type, name, sql FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .all() as { type: 'table' | 'view'; name: string; sql: string | null }[];
  return entries.map((entry) => {
    const comments = columnComments(entry.sql ?? '');
    const columns = (db.prepare('SELECT name, type FROM pragma_table_info(?) ORDER BY cid').all(entry.name) as { name: string; type: string }[])
      .filter((c) => !secretColumns.has(columnKey(entry.name, c.name)))
      .map((c) => ({
        name: c.name,
        type: c.type,
        comment: comments.get(c.name.toLowerCase()) ?? null,
        personal: personalColumns.has(columnKey(entry.name, c.name)),
      }));
    return { name: entry.name, type: entry.type, columns };
  });
}
