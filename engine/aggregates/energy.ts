// Consumption aggregates (agg_energy_monthly, agg_energy_daily) from daily_energy.
// Meters are attributed through meters -> customers; a meter without a customer (or a
// customer without an area) counts under area '' and category 'other', so totals always
// equal the raw data.
import type { Db } from '../store/database.js';
import { DAYS_PER_MONTH_ROW, float64FromBlob } from '../store/series.js';
import { daysInMonth, firstDayOf, lastDayOf, type Month } from '../core/calendar.js';
import type { MonthSpan } from './range.js';

interface MonthCell {
  month: Month;
  area: string;
  category: string;
  kwh: number;
  meters: number;
}

interface DayCells {
  month: Month;
  category: string;
  kwh: Float64Array;
  meters: Int32Array;
}

type SourceRow = [month: Month, kwh: Uint8Array, total: number, area: string, category: string];

export function refreshEnergy(db: Db, months: MonthSpan): void {
  const monthly = new Map<string, MonthCell>();
  const daily = new Map<string, DayCells>();

  const rows = db
    .prepare(
      `SELECT de.month, de.kwh, de.total_kwh, COALESCE(c.area_id, ''), COALESCE(c.category, 'other')
         FROM daily_energy de
         LEFT JOIN meters m ON m.meter_id = de.meter_id
         LEFT JOIN customers c ON c.customer_id = m.customer_id
        WHERE de.month BETWEEN ? AND ? AND de.days > 0`,
    )
    .raw(true);
  for (const row of rows.iterate(months.from, months.to) as IterableIterator<SourceRow>) {
    const [month, blob, total, area, category] = row;
    const monthKey = `${month}\u0000${area}\u0000${category}`;
    let cell = monthly.get(monthKey);
    if (!cell) monthly.set(monthKey, (cell = { month, area, category, kwh: 0, meters: 0 }));
    cell.kwh += total;
    cell.meters += 1;

    const dayKey = `${month}\u0000${category}`;
    let days = daily.get(dayKey);
    if (!days) {
      days = { month, category, kwh: new Float64Array(DAYS_PER_MONTH_ROW), meters: new Int32Array(DAYS_PER_MONTH_ROW) };
      daily.set(dayKey, days);
    }
    const kwh = float64FromBlob(blob);
    for (let i = 0; i < DAYS_PER_MONTH_ROW; i++) {
      const v = kwh[i]!;
      if (Number.isNaN(v)) continue;
      days.kwh[i]! += v;
      days.meters[i]! += 1;
    }
  }

  db.prepare('DELETE FROM agg_energy_monthly WHERE month BETWEEN ? AND ?').run(months.from, months.to);
  db.prepare('DELETE FROM agg_energy_daily WHERE day BETWEEN ? AND ?').run(firstDayOf(months.from), lastDayOf(months.to));
  const insertMonth = db.prepare('INSERT INTO agg_energy_monthly (month, area_id, category, kwh, meters) VALUES (?, ?, ?, ?, ?)');
  for (const c of monthly.values()) insertMonth.run(c.month, c.area, c.category, c.kwh, c.meters);
  const insertDay = db.prepare('INSERT INTO agg_energy_daily (day, category, kwh, meters) VALUES (?, ?, ?, ?)');
  for (const d of daily.values()) {
    const monthDays = daysInMonth(Math.floor(d.month / 100), d.month % 100);
    for (let i = 0; i < monthDays; i++) {
      if (d.meters[i]! > 0) insertDay.run(d.month * 100 + i + 1, d.category, d.kwh[i]!, d.meters[i]!);
    }
  }
}
