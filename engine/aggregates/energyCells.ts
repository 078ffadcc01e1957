// Consumption summed per month and group (agg_energy_monthly) and per month, group and day of
// month (agg_energy_group_days), and the daily aggregate per category (agg_energy_daily) summed
// from the latter over the areas. A full pass and a recount of a few groups both add each
// group's meter-months in table (rowid) order and sum the areas in area order: the same
// additions in the same order, so both end on the same figures, to the last bit.
import type { Db } from '../store/database.js';
import { DAYS_PER_MONTH_ROW, float64FromBlob, toBlob } from '../store/series.js';
import { daysInMonth, firstDayOf, lastDayOf, type Month } from '../core/calendar.js';
import type { Group } from './groups.js';
import type { MonthSpan } from './range.js';

interface GroupMonth {
  kwh: number;
  meters: number;
  dayKwh: Float64Array;
  /** Meters with a value per day (as doubles, to be stored like dayKwh). */
  dayMeters: Float64Array;
}

export class EnergyCells {
  /** month -> group number -> sums */
  private readonly months = new Map<Month, (GroupMonth | undefined)[]>();

  /** One meter-month with at least one day of consumption (`kwh` per day of month, NaN = none). */
  add(month: Month, group: number, kwh: Float64Array, total: number): void {
    let row = this.months.get(month);
    if (!row) this.months.set(month, (row = []));
    let cell = row[group];
    if (!cell) {
      cell = { kwh: 0, meters: 0, dayKwh: new Float64Array(DAYS_PER_MONTH_ROW), dayMeters: new Float64Array(DAYS_PER_MONTH_ROW) };
      row[group] = cell;
    }
    cell.kwh += total;
    cell.meters += 1;
    for (let i = 0; i < DAYS_PER_MONTH_ROW; i++) {
      const v = kwh[i]!;
      if (Number.isNaN(v)) continue;
      cell.dayKwh[i]! += v;
      cell.dayMeters[i]! += 1;
    }
  }

  /** Inserts the sums; `groups[n]` is group number n. The rows they replace are deleted by the caller. */
  write(db: Db, groups: readonly Group[]): void {
    const insertMonth = db.prepare('INSERT INTO agg_energy_monthly (month, area_id, category, kwh, meters) VALUES (?, ?, ?, ?, ?)');
    const insertDays = db.prepare('INSERT INTO agg_energy_group_days (month, category, area_id, kwh, meters) VALUES (?, ?, ?, ?, ?)');
    for (const [month, row] of this.months) {
      row.forEach((cell, g) => {
        if (!cell) return;
        const { area, category } = groups[g]!;
        insertMonth.run(month, area, category, cell.kwh, cell.meters);
        insertDays.run(month, category, area, toBlob(cell.dayKwh), toBlob(cell.dayMeters));
      });
    }
  }
}

/**
 * Recomputes agg_energy_daily for the months (and only the categories, when given) from the
 * group days, summing each category's areas in area order.
 */
export function sumDailyOverAreas(db: Db, months: MonthSpan, categories: string[] | null): void {
  const inCategories = categories ? 'AND category IN (SELECT value FROM json_each(@categories))' : '';
  const params = { from: months.from, to: months.to, ...(categories && { categories: JSON.stringify(categories) }) };
  db.prepare(`DELETE FROM agg_energy_daily WHERE day BETWEEN @firstDay AND @lastDay ${inCategories}`).run({
    ...params,
    firstDay: firstDayOf(months.from),
    lastDay: lastDayOf(months.to),
  });
  const insert = db.prepare('INSERT INTO agg_energy_daily (day, category, kwh, meters) VALUES (?, ?, ?, ?)');
  const rows = db
    .prepare(
      `SELECT month, category, kwh, meters FROM agg_energy_group_days
        WHERE month BETWEEN @from AND @to ${inCategories} ORDER BY month, category, area_id`,
    )
    .raw(true)
    .all(params) as [Month, string, Uint8Array, Uint8Array][];
  let current: { month: Month; category: string } | null = null;
  const kwh = new Float64Array(DAYS_PER_MONTH_ROW);
  const meters = new Float64Array(DAYS_PER_MONTH_ROW);
  const flush = () => {
    if (!current) return;
    const days = daysInMonth(Math.floor(current.month / 100), current.month % 100);
    for (let i = 0; i < days; i++) if (meters[i]! > 0) insert.run(current.month * 100 + i + 1, current.category, kwh[i]!, meters[i]!);
    kwh.fill(0);
    meters.fill(0);
  };
  for (const [month, category, dayKwh, dayMeters] of rows) {
    if (!current || current.month !== month || current.category !== category) {
      flush();
      current = { month, category };
    }
    const k = float64FromBlob(dayKwh);
    const m = float64FromBlob(dayMeters);
    for (let i = 0; i < DAYS_PER_MONTH_ROW; i++) {
      kwh[i]! += k[i]!;
      meters[i]! += m[i]!;
    }
  }
  flush();
}
