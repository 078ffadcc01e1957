// Reads and writes interval_load rows: one meter-day in the form store/series.ts encodes
// (a Float32 blob of average kW per interval with its energy, peak, missing count and quality).
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { encodeCurve, float32FromBlob, toBlob, type CurveColumns } from '../../store/series.js';
import type { Outcome } from './keyedUpsert.js';
import { countRepeat, PriorRows } from './priorRows.js';
import type { RowCounts } from './types.js';

export interface StoredCurve {
  /** A copy of the stored points. */
  kw: Float32Array;
  /** This import wrote the row (a day it had open before). */
  writtenByThisImport: boolean;
}

export class CurveStore {
  private readonly insertNew: Statement;
  private readonly insert: Statement;
  private readonly update: Statement;
  private readonly select: Statement;
  /** The energy of the curve written last (it goes on to daily_energy). */
  lastKwh: number | null = null;
  /** The curves of the meter-days this import changed, as they were before it. */
  private readonly prior: PriorRows;

  constructor(
    db: Db,
    private readonly importId: number,
  ) {
    const columns = 'meter_id, day, points, kwh, peak_kw, missing, kw, quality, import_id';
    this.insert = db.prepare(`INSERT INTO interval_load (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // A new meter-day (the common case) costs one statement; a conflict falls back to merging.
    this.insertNew = db.prepare(
      `INSERT INTO interval_load (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (meter_id, day) DO NOTHING`,
    );
    this.update = db.prepare(
      `UPDATE interval_load SET points = ?, kwh = ?, peak_kw = ?, missing = ?, kw = ?, quality = ?, import_id = ?
       WHERE meter_id = ? AND day = ?`,
    );
    this.select = db.prepare('SELECT kw, import_id AS importId FROM interval_load WHERE meter_id = ? AND day = ?');
    this.prior = new PriorRows(db, 'curve_prior');
  }

  /** Keeps a stored day's curve as it was before this import changed it (once). */
  keepPrior(meter: string, day: Day, kw: Float32Array): void {
    this.prior.keep(`${meter}\u0000${day}`, toBlob(kw));
  }

  /** A day's curve before this import changed it; null when the day was new to the workspace. */
  priorOf(meter: string, day: Day): Float32Array | null {
    const blob = this.prior.get(`${meter}\u0000${day}`)?.a;
    return blob ? new Float32Array(float32FromBlob(blob)) : null;
  }

  /** The stored curve of a meter-day, or null. */
  load(meter: string, day: Day): StoredCurve | null {
    const row = this.select.get(meter, day) as { kw: Uint8Array; importId: number } | undefined;
    return row ? { kw: new Float32Array(float32FromBlob(row.kw)), writtenByThisImport: row.importId === this.importId } : null;
  }

  /**
   * A whole day from a wide row, counted. Points the row leaves blank keep what the workspace
   * holds; a day stored at another resolution is replaced. A day the file names twice counts
   * once (priorRows.ts). Returns whether the day was written.
   */
  mergeDay(meter: string, day: Day, kw: Float32Array, counts: RowCounts): boolean {
    const inserted = this.insertNew.run(meter, day, ...this.values(kw));
    if (inserted.changes === 1) {
      counts.imported++;
      return true;
    }
    const stored = this.load(meter, day)!;
    let merged = kw;
    if (stored.kw.length === kw.length) {
      merged = new Float32Array(stored.kw);
      for (let i = 0; i < kw.length; i++) if (!Number.isNaN(kw[i]!)) merged[i] = kw[i]!;
      if (sameCurve(merged, stored.kw)) {
        counts.skipped++;
        return false;
      }
    }
    this.save(meter, day, merged, true);
    if (!stored.writtenByThisImport) {
      this.keepPrior(meter, day, stored.kw);
      counts.updated++;
      return true;
    }
    // The file's second row of the day: the day is counted against what it was before the import.
    const prior = this.priorOf(meter, day);
    const now: Outcome = prior === null ? 'imported' : sameCurve(merged, prior) ? 'skipped' : 'updated';
    countRepeat(counts, prior === null ? 'imported' : 'updated', now);
    return true;
  }

  /** Writes a whole meter-day (insert, or update of the stored row). */
  save(meter: string, day: Day, kw: Float32Array, exists: boolean): void {
    if (exists) this.update.run(...this.values(kw), meter, day);
    else this.insert.run(meter, day, ...this.values(kw));
  }

  /** points, kwh, peak_kw, missing, kw, quality, import_id */
  private values(kw: Float32Array): [number, number | null, number | null, number, Buffer, Buffer | null, number] {
    const c: CurveColumns = encodeCurve(kw);
    this.lastKwh = c.kwh;
    return [c.points, c.kwh, c.peakKw, c.missing, c.kw, c.quality, this.importId];
  }
}

/** Equal points (NaN equal to NaN) at one resolution. */
export function sameCurve(a: Float32Array, b: Float32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(Number.isNaN(a[i]!) && Number.isNaN(b[i]!))) return false;
  return true;
}
