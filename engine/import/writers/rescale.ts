// Consumption from frozen readings is the register difference times the meter's multiplier.
// Readings imported before the archive used the multiplier known then (1 for an unmatched
// meter); when the archive changes it, those months follow. Months whose multiplier came from
// the readings file's own column (a different value) keep it.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../store/database.js';
import { float64FromBlob, monthTotals, SOURCE_READING, toBlob } from '../../store/series.js';

interface ReadingMonth {
  month: number;
  kwh: Uint8Array;
  source: Uint8Array;
}

export class MultiplierChange {
  private readonly select: Statement;
  private readonly update: Statement;

  constructor(
    db: Db,
    private readonly importId: number,
  ) {
    this.select = db.prepare(
      'SELECT month, kwh, source FROM daily_energy WHERE meter_id = ? AND registers > 0 AND multiplier = ?',
    );
    this.update = db.prepare(
      'UPDATE daily_energy SET kwh = ?, multiplier = ?, days = ?, total_kwh = ?, import_id = ? WHERE meter_id = ? AND month = ?',
    );
  }

  apply(meter: string, from: number, to: number): void {
    for (const row of this.select.all(meter, from) as ReadingMonth[]) {
      const kwh = new Float64Array(float64FromBlob(row.kwh));
      for (let d = 0; d < kwh.length; d++) if (row.source[d] === SOURCE_READING) kwh[d] = (kwh[d]! / from) * to;
      const { days, total } = monthTotals(kwh);
      this.update.run(toBlob(kwh), to, days, total, this.importId, meter, row.month);
    }
  }
}
