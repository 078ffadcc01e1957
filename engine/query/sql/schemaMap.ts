// What a statement's bytecode refers to by number: the workspace's b-trees by root page (a
// table, or an index with its columns in key order), so that an OpenRead's cursor and a
// Column's index name a table column.
import type { Db } from '../../store/database.js';

export type Btree = { kind: 'table'; table: string; columns: string[] } | { kind: 'index'; table: string; columns: (string | null)[] };

/** Root page → the table or index stored there (the main database's; the console attaches none). */
export function btreesByRootPage(db: Db): Map<number, Btree> {
  const entries = db.prepare(`SELECT type, name, tbl_name AS tableName, rootpage FROM sqlite_schema WHERE rootpage > 0 AND type IN ('table', 'index')`).all() as {
    type: 'table' | 'index';
    name: string;
    tableName: string;
    rootpage: number;
  }[];
  const byRoot = new Map<number, Btree>();
  for (const entry of entries) {
    if (entry.type === 'table') {
      const columns = (db.prepare('SELECT name FROM pragma_table_xinfo(?)').all(entry.name) as { name: string }[]).map((c) => c.name);
      byRoot.set(entry.rootpage, { kind: 'table', table: entry.name, columns });
    } else {
      // Key columns in index order; the rowid (cid -1) and expressions have no column name.
      const columns = (db.prepare('SELECT cid, name FROM pragma_index_xinfo(?) ORDER BY seqno').all(entry.name) as { cid: number; name: string | null }[]).map((c) =>
        c.cid >= 0 ? c.name : null,
      );
      byRoot.set(entry.rootpage, { kind: 'index', table: entry.tableName, columns });
    }
  }
  return byRoot;
}
