// Reads and writes interval_load rows: one meter-day in the form store/series.ts encodes
// (a Float32 blob of average kW per interval with its energy, peak, missing count and quality).
import type { Statement } from 'better-sqlite3';
import type { Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { encodeCurve, float32FromBlob, type CurveColumns } from '../../store/series.js';
import type { Outcome } from './keyedUpsert.js';

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
  }

  /** The stored curve of a meter-day, or null. */
  load(meter: string, day: Day): StoredCurve | null {
    const row = this.select.get(meter, day) as { kw: Uint8Array; importId: number } | undefined;
    return row ? { kw: new Float32Array(float32FromBlob(row.kw)), writtenByThisImport: row.importId === this.importId } : null;
  }

  /**
   * A whole day from a wide row. Points the row leaves blank keep what the workspace holds;
   * a day stored at another resolution is replaced.
   */
  mergeDay(meter: string, day: Day, kw: Float32Array): Outcome {
    const inserted = this.insertNew.run(meter, day, ...this.values(kw));
    if (inserted.changes === 1) return 'imported';
    const stored = this.load(meter, day)?.kw;
    if (stored && stored.length === kw.length) {
      let changed = false;
      for (let i = 0; i < kw.length; i++) {
        const value = kw[i]!;
        if (Number.isNaN(value) || value === stored[i]) continue;
        stored[i] = value;
        changed = true;
      }
      if (!changed) return 'skipped';
      this.save(meter, day, stored, true);
    } else {
      this.save(meter, day, kw, true);
    }
    return 'updated';
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
