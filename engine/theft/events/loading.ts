// A transformer's loading: its peak load against its capacity. The peak day is the day the area
// was supplied the most energy (area_supply); its peak is the highest hour of the area's meters'
// curves summed that day, or without curves the day's average load (supplied / 24 h), which
// understates the peak. Power is taken at a power factor of 1 (kW against kVA).
import type { Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { float32FromBlob } from '../../store/series.js';

export interface AreaLoading {
  peakDay: Day;
  peakKw: number;
  /** 'curves' or 'supply' (the day's average). */
  basis: 'curves' | 'supply';
}

export function areaPeakLoad(db: Db, areaId: string): AreaLoading | null {
  const peak = db.prepare('SELECT day, supplied_kwh FROM area_supply WHERE area_id = ? ORDER BY supplied_kwh DESC, day LIMIT 1').get(areaId) as
    | { day: Day; supplied_kwh: number }
    | undefined;
  if (!peak) return null;
  const curves = db
    .prepare(
      // CROSS JOIN keeps SQLite's order: the area's meters first, then each one's row of the day by
      // its key (from the day's index it would read every meter of the workspace that day).
      `SELECT l.points, l.kw FROM customers c JOIN meters m ON m.customer_id = c.customer_id
       CROSS JOIN interval_load l ON l.meter_id = m.meter_id AND l.day = ?
       WHERE c.area_id = ?`,
    )
    .raw()
    .all(peak.day, areaId) as [number, Uint8Array][];
  if (curves.length === 0) return { peakDay: peak.day, peakKw: peak.supplied_kwh / 24, basis: 'supply' };
  const hourly = new Float64Array(24);
  for (const [points, blob] of curves) {
    const kw = float32FromBlob(blob);
    const perHour = points / 24;
    for (let h = 0; h < 24; h++) {
      let sum = 0;
      let n = 0;
      for (let p = h * perHour; p < (h + 1) * perHour; p++) {
        if (!Number.isNaN(kw[p]!)) {
          sum += kw[p]!;
          n++;
        }
      }
      if (n > 0) hourly[h]! += sum / n;
    }
  }
  return { peakDay: peak.day, peakKw: Math.max(...hourly), basis: 'curves' };
}
