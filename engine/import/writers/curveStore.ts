// Reads and writes interval_load rows: one meter-day, a Float32 blob of average kW per
// interval (NaN = missing) with its energy, peak and missing count, and a quality byte per
// point only when some point is missing.
import type { Statement } from 'better-sqlite3';
import type { Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { float32FromBlob, QUALITY_MISSING, summariseCurve, toBlob, type CurveSummary } from '../../store/series.js';
import type { Outcome } from './keyedUpsert.js';

export class CurveStore {
  private readonly insertNew: Statement;
  private readonly insert: Statement;
  private readonly update: Statement;
  private readonly select: Statement;
  /** The summary of the curve written last (its day's energy goes on to daily_energy). */
  lastSummary: CurveSummary = { kwh: null, peakKw: null, missing: 0 };

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
    this.select = db.prepare('SELECT kw FROM interval_load WHERE meter_id = ? AND day = ?').pluck();
  }

  /** The stored curve of a meter-day (a copy), or null. */
  load(meter: string, day: Day): Float32Array | null {
    const blob = this.select.get(meter, day) as Uint8Array | undefined;
    return blob ? new Float32Array(float32FromBlob(blob)) : null;
  }

  /**
   * A whole day from a wide row. Points the row leaves blank keep what the workspace holds;
   * a day stored at another resolution is replaced.
   */
  mergeDay(meter: string, day: Day, kw: Float32Array): Outcome {
    const summary = (this.lastSummary = summariseCurve(kw));
    const inserted = this.insertNew.run(meter, day, kw.length, ...this.values(kw, summary));
    if (inserted.changes === 1) return 'imported';
    const stored = this.load(meter, day);
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
    const summary = (this.lastSummary = summariseCurve(kw));
    if (exists) this.update.run(kw.length, ...this.values(kw, summary), meter, day);
    else this.insert.run(meter, day, kw.length, ...this.values(kw, summary));
  }

  /** kwh, peak_kw, missing, kw, quality, import_id */
  private values(kw: Float32Array, summary: CurveSummary): [number | null, number | null, number, Buffer, Buffer | null, number] {
    // better-sqlite3 copies a bound blob, so a view of the array (no copy per row) is enough.
    const blob = Buffer.from(kw.buffer, kw.byteOffset, kw.byteLength);
    return [summary.kwh, summary.peakKw, summary.missing, blob, qualityOf(kw, summary.missing), this.importId];
  }
}

/** A quality byte per point, or null when every point is present (the usual case costs nothing). */
function qualityOf(kw: Float32Array, missing: number): Buffer | null {
  if (missing === 0) return null;
  const quality = new Uint8Array(kw.length);
  for (let i = 0; i < kw.length; i++) if (Number.isNaN(kw[i]!)) quality[i] = QUALITY_MISSING;
  return toBlob(quality);
}
