// Insert-or-update by primary key, telling which happened: a new key is imported, a stored
// row whose values differ is updated, an identical one is skipped (and not written).
// Only the columns a file provides are compared and written: a column the file lacks
// keeps what the workspace holds. Table and column names are constants of the writers,
// never file text; every value is bound.
import type { Db } from '../../store/database.js';
import type { Statement } from 'better-sqlite3';

export type Outcome = 'imported' | 'updated' | 'skipped';

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || a === undefined) return b === null || b === undefined;
  return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
}

export class KeyedUpsert {
  private readonly select: Statement;
  private readonly insert: Statement;
  private readonly update: Statement | null;

  constructor(
    db: Db,
    table: string,
    readonly keys: readonly string[],
    readonly columns: readonly string[],
    private readonly importId: number,
  ) {
    const where = keys.map((k) => `${k} = ?`).join(' AND ');
    const all = [...keys, ...columns, 'import_id'];
    this.select = db.prepare(`SELECT ${columns.length ? columns.join(', ') : '1'} FROM ${table} WHERE ${where}`).raw(true);
    this.insert = db.prepare(`INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`);
    this.update = columns.length
      ? db.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')}, import_id = ? WHERE ${where}`)
      : null;
  }

  /** Writes one row: `key` values in `keys` order, `values` in `columns` order. */
  write(key: readonly unknown[], values: readonly unknown[]): Outcome {
    const stored = this.select.get(...key) as unknown[] | undefined;
    if (!stored) {
      this.insert.run(...key, ...values, this.importId);
      return 'imported';
    }
    if (values.every((v, i) => sameValue(v, stored[i]))) return 'skipped';
    this.update!.run(...values, this.importId, ...key);
    return 'updated';
  }
}

/** A row that wrote its record (first) and a link (second): new only when its record is. */
export function combine(record: Outcome, link: Outcome): Outcome {
  if (record === 'imported') return 'imported';
  return record === 'updated' || link !== 'skipped' ? 'updated' : 'skipped';
}
