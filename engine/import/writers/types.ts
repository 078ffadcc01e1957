// What every kind's writer shares: the import's connection and id, the quarantine for
// rows that only fail against stored data, and the row counts of the result.
import type { DataKind } from '../../api/types.js';
import type { Db } from '../../store/database.js';
import type { TouchedRange } from '../../aggregates/refresh.js';
import type { QuarantineSink } from '../quarantine.js';
import type { RowView } from '../table.js';
import type { Checkpoint } from './flushProgress.js';

/** Rows of the file by what they did to the workspace; identical rows are skipped, never duplicated. */
export interface RowCounts {
  imported: number;
  updated: number;
  skipped: number;
}

export interface WriteContext {
  db: Db;
  importId: number;
  /** The file's header texts, for reasons that name a column. */
  headers: readonly string[];
  /** The file's mapping: field -> 0-based column (a field the file lacks is not written). */
  columns: Readonly<Record<string, number>>;
  quarantine: QuarantineSink;
  counts: RowCounts;
  /** Called from the loops of finish(): stops a cancelled import there, reports how far they are. */
  checkpoint: Checkpoint;
}

export interface WriterSummary {
  touched: TouchedRange;
  /** Meters or customers referenced that have no archive entry. */
  unmatched: number;
  /** Customers an archive import inserted or updated (itself or its meter link), for refreshAfterImport. */
  changedCustomers?: ReadonlySet<string>;
  /**
   * Kinds of data the import moved from one meter to another or deleted (an archive merging a
   * stand-in meter): their aggregates and catalog figures are recounted in full.
   */
  moved?: readonly DataKind[];
}

export interface KindWriter<Rec> {
  /** Write one valid row's record (the row is at hand for a quarantine that needs its cells). */
  add(record: Rec, row: RowView): void;
  /** Flush what is buffered; called once, after the last row, inside the transaction. */
  finish(): WriterSummary;
}

export function emptyCounts(): RowCounts {
  return { imported: 0, updated: 0, skipped: 0 };
}
