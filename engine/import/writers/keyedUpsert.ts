// Insert-or-update by primary key, telling which happened: a new key is imported, a stored
// row whose values differ is updated, an identical one is skipped (and not written).
// Only the columns a file provides are compared and written: a column the file lacks
// keeps what the workspace holds. Table and column names are constants of the writers,
// never file text; every value is bound.
//
// One statement per row that is new or unchanged: an upsert whose UPDATE runs only when a
// value differs. changes() tells a written row from a skipped one; the UPDATE branch hands
// the values it replaces to a SQL function, which tells an updated row from an inserted one.
//
// A file may name a key twice (a bill's customer-month repeated, a corrected row appended).
// The last row wins, and the counts follow the key, not the rows: the key is counted once, as
// imported (new to the workspace), updated (its values differ from what the workspace held
// before the import) or skipped (they do not), and every other row of the key as skipped. So
// the values a row replaces are kept the first time this import changes a stored row
// (PriorRows' idea, in a typed temporary table so that SQL compares them), and a later row of
// the key is compared with them.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../store/database.js';
import { countRepeat } from './priorRows.js';
import type { RowCounts } from './types.js';

export type Outcome = 'imported' | 'updated' | 'skipped';

/** Set by the UPDATE branch of the statement running now: the replaced row's import_id, then its values. */
let replaced: unknown[] | null = null;
const UPDATE_MARK = 'keyed_upsert_updated';
function markUpdate(importId: unknown, ...old: unknown[]): unknown {
  replaced = old;
  return importId;
}

export class KeyedUpsert {
  private readonly upsert: Statement;
  private readonly keepPrior: Statement | null = null;
  private readonly prior: Statement | null = null;
  private readonly restore: Statement | null = null;
  /** Set by write() when the row put a key back as the workspace held it before an earlier row of the file changed it. */
  private restored = false;

  constructor(
    db: Db,
    table: string,
    readonly keys: readonly string[],
    readonly columns: readonly string[],
    private readonly importId: number,
  ) {
    db.function(UPDATE_MARK, { deterministic: false, varargs: true }, markUpdate);
    const all = [...keys, ...columns, 'import_id'];
    const onKeys = keys.map((k) => `${k} = ?`).join(' AND ');
    // In the SET expressions a bare column name is the stored row's value, before the update.
    const onConflict = columns.length
      ? `DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')},
           import_id = ${UPDATE_MARK}(excluded.import_id, import_id, ${columns.join(', ')})
         WHERE ${columns.map((c) => `${c} IS NOT excluded.${c}`).join(' OR ')}`
      : 'DO NOTHING';
    this.upsert = db.prepare(
      `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})
       ON CONFLICT (${keys.join(', ')}) ${onConflict}`,
    );
    if (columns.length === 0) return;
    // Same columns, same affinities: the comparison below is the upsert's own.
    const prior = `keyed_prior_${table}`;
    db.exec(`DROP TABLE IF EXISTS temp.${prior};
      CREATE TEMP TABLE ${prior} AS SELECT ${all.join(', ')} FROM main.${table} WHERE 0;
      CREATE UNIQUE INDEX temp.${prior}_key ON ${prior} (${keys.join(', ')})`);
    this.keepPrior = db.prepare(`INSERT OR REPLACE INTO temp.${prior} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`);
    this.prior = db.prepare(
      `SELECT import_id AS importId, ${columns.map((c) => `${c} IS NOT ?`).join(' OR ')} AS changed FROM temp.${prior} WHERE ${onKeys}`,
    );
    this.restore = db.prepare(`UPDATE ${table} SET import_id = ? WHERE ${onKeys}`);
  }

  /**
   * Writes one row: `key` values in `keys` order, `values` in `columns` order. Returns what the
   * row did; a row that repeats a key of the file is 'skipped' (see countRepeat for the counts).
   */
  write(key: readonly unknown[], values: readonly unknown[]): Outcome {
    replaced = null;
    this.restored = false;
    if (this.upsert.run(key, values, this.importId).changes === 0) return 'skipped';
    // Set by markUpdate during run(), which the compiler cannot see.
    const update = replaced as unknown[] | null;
    if (update === null) return 'imported';
    const [storedImportId, ...old] = update;
    if (storedImportId !== this.importId) {
      this.keepPrior!.run(key, old, storedImportId);
      return 'updated';
    }
    // A key this import wrote already: new to the workspace (no prior values), or updated.
    const prior = this.prior!.get(values, key) as { importId: unknown; changed: number } | undefined;
    if (prior && !prior.changed) {
      this.restore!.run(prior.importId, key);
      this.restored = true;
    }
    return 'skipped';
  }

  /** Writes one row and counts it: a repeated key that ends as the workspace held it counts as skipped, every row of it. */
  count(key: readonly unknown[], values: readonly unknown[], counts: RowCounts): void {
    const outcome = this.write(key, values);
    if (this.restored) countRepeat(counts, 'updated', 'skipped');
    else counts[outcome]++;
  }
}

/** A row that wrote its record (first) and a link (second): new only when its record is. */
export function combine(record: Outcome, link: Outcome): Outcome {
  if (record === 'imported') return 'imported';
  return record === 'updated' || link !== 'skipped' ? 'updated' : 'skipped';
}
