// Consumption from frozen readings is the register difference times the meter's multiplier.
// Readings imported before the archive used the multiplier known then (1 for an unmatched
// meter); when the archive changes it, those months follow, with the days a difference of
// readings was spread over (a month inside such a gap has the multiplier it was spread with,
// and no readings). Months whose multiplier came from the readings file's own column (a
// different value) keep it.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../store/database.js';
import { decodeMonth, encodeMonth, SOURCE_READING, SOURCE_SPREAD, type StoredMonth } from '../../store/series.js';

export class MultiplierChange {
  private readonly select: Statement;
  private readonly update: Statement;

  constructor(
    db: Db,
    private readonly importId: number,
  ) {
    this.select = db.prepare(
      `SELECT month, kwh, source, registers, readings, multiplier FROM daily_energy
       WHERE meter_id = ? AND multiplier = ?`,
    );
    this.update = db.prepare(
      'UPDATE daily_energy SET kwh = ?, multiplier = ?, days = ?, total_kwh = ?, import_id = ? WHERE meter_id = ? AND month = ?',
    );
  }

  apply(meter: string, from: number, to: number): void {
    for (const row of this.select.all(meter, from) as (StoredMonth & { month: number })[]) {
      const series = decodeMonth(row);
      for (let d = 0; d < series.kwh.length; d++) {
        const source = series.source[d];
        if (source === SOURCE_READING || source === SOURCE_SPREAD) series.kwh[d] = (series.kwh[d]! / from) * to;
      }
      const month = encodeMonth({ ...series, multiplier: to });
      this.update.run(month.kwh, month.multiplier, month.days, month.total, this.importId, meter, row.month);
    }
  }
}
