// Insert-or-update by primary key, telling which happened: a new key is imported, a stored
// row whose values differ is updated, an identical one is skipped (and not written).
// Only the columns a file provides are compared and written: a column the file lacks
// keeps what the workspace holds. Table and column names are constants of the writers,
// never file text; every value is bound.
//
// One statement per row: an upsert whose UPDATE runs only when a value differs. changes()
// tells a written row from a skipped one; the UPDATE branch marks itself through a SQL
// function, which tells an updated row from an inserted one (a RETURNING clause would do
// too, but costs more than the two statements of a look-up first).
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../store/database.js';

export type Outcome = 'imported' | 'updated' | 'skipped';

/** Set by the UPDATE branch of the statement running now; statements on a connection run one at a time. */
let rowUpdated = false;
const UPDATE_MARK = 'keyed_upsert_updated';
function markUpdate(importId: unknown): unknown {
  rowUpdated = true;
  return importId;
}

export class KeyedUpsert {
  private readonly upsert: Statement;

  constructor(
    db: Db,
    table: string,
    readonly keys: readonly string[],
    readonly columns: readonly string[],
    private readonly importId: number,
  ) {
    db.function(UPDATE_MARK, { deterministic: false }, markUpdate);
    const all = [...keys, ...columns, 'import_id'];
    const onConflict = columns.length
      ? `DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, import_id = ${UPDATE_MARK}(excluded.import_id)
         WHERE ${columns.map((c) => `${c} IS NOT excluded.${c}`).join(' OR ')}`
      : 'DO NOTHING';
    this.upsert = db.prepare(
      `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})
       ON CONFLICT (${keys.join(', ')}) ${onConflict}`,
    );
  }

  /** Writes one row: `key` values in `keys` order, `values` in `columns` order. */
  write(key: readonly unknown[], values: readonly unknown[]): Outcome {
    rowUpdated = false;
    if (this.upsert.run(key, values, this.importId).changes === 0) return 'skipped';
    return rowUpdated ? 'updated' : 'imported';
  }
}

/** A row that wrote its record (first) and a link (second): new only when its record is. */
export function combine(record: Outcome, link: Outcome): Outcome {
  if (record === 'imported') return 'imported';
  return record === 'updated' || link !== 'skipped' ? 'updated' : 'skipped';
}
