// An area's consumption per day, for the load-against-temperature chart under an area filter:
// the region's days are summed over every area (agg_energy_daily), an area's are in its own
// month rows of agg_energy_group_days (kWh and meters per day of month), a few dozen rows a year.
import type { OverviewFilter } from '../api/overviewTypes.js';
import { daysInMonth, type Day, type Month } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { DAYS_PER_MONTH_ROW, float64FromBlob } from '../store/series.js';
import { groupClause } from './filter.js';
import type { MonthRange } from './period.js';

/** kWh per day of the range on which at least one of the filtered meters had a value. */
export function areaDailyKwh(db: Db, range: MonthRange, filter: OverviewFilter): Map<Day, number> {
  const where = groupClause(filter);
  const rows = db
    .prepare(`SELECT month, kwh, meters FROM agg_energy_group_days WHERE month BETWEEN @from AND @to${where.sql} ORDER BY month, category`)
    .raw(true)
    .all({ ...range, ...where.params }) as [Month, Uint8Array, Uint8Array][];
  const kwh = new Map<Day, number>();
  for (const [month, dayKwh, dayMeters] of rows) {
    const k = float64FromBlob(dayKwh);
    const m = float64FromBlob(dayMeters);
    const days = Math.min(DAYS_PER_MONTH_ROW, daysInMonth(Math.floor(month / 100), month % 100));
    for (let i = 0; i < days; i++) {
      if (m[i]! <= 0) continue;
      const day = month * 100 + i + 1;
      kwh.set(day, (kwh.get(day) ?? 0) + k[i]!);
    }
  }
  return kwh;
}
