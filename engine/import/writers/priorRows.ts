// What the workspace held, before this import, in the rows the import has changed: a row of the
// file that repeats a key (bills with a customer-month twice, a half-hour repeated at a daylight
// saving change) is counted against it, so that a file that leaves a row as it was is counted
// as skipped however many times it names the row (see countRepeat). Kept in a temporary table
// (on disk during an import, see bulkPragmas in run.ts), written only when a stored row is first
// changed: an import that changes nothing writes nothing here.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../store/database.js';
import type { Outcome } from './keyedUpsert.js';
import type { RowCounts } from './types.js';

/**
 * Counts a row that repeats a key this import changed: the key's outcome moves from `earlier`
 * to `now`, and one of its rows, the earlier one or this, is skipped.
 */
export function countRepeat(counts: RowCounts, earlier: Outcome, now: Outcome): void {
  counts[earlier]--;
  counts.skipped++;
  counts[now]++;
}

/** Rows of a series table (a meter-day's curve, a meter-month) as they were before this import, by key. */
export class PriorRows {
  private readonly insert: Statement;
  private readonly select: Statement;

  /** `name`: the temporary table's, unique per writer; emptied for this import. */
  constructor(db: Db, name: string) {
    db.exec(`DROP TABLE IF EXISTS temp.${name}; CREATE TEMP TABLE ${name} (key TEXT PRIMARY KEY, a BLOB, b BLOB, c BLOB, n REAL)`);
    this.insert = db.prepare(`INSERT OR IGNORE INTO temp.${name} (key, a, b, c, n) VALUES (?, ?, ?, ?, ?)`);
    this.select = db.prepare(`SELECT a, b, c, n FROM temp.${name} WHERE key = ?`);
  }

  /** Keeps a row's prior state, unless kept already. */
  keep(key: string, a: Buffer | null, b: Buffer | null = null, c: Buffer | null = null, n: number | null = null): void {
    this.insert.run(key, a, b, c, n);
  }

  /** The prior state kept for a key; undefined when the key was new to the workspace. */
  get(key: string): { a: Buffer | null; b: Buffer | null; c: Buffer | null; n: number | null } | undefined {
    return this.select.get(key) as { a: Buffer | null; b: Buffer | null; c: Buffer | null; n: number | null } | undefined;
  }
}
