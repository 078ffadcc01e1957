// One area's daily line-loss rate: the day's supplied energy (area_supply) against its meters'
// consumption that day, summed over categories from agg_energy_group_days.
import type { AreaLossPoint } from '../../api/casesTypes.js';
import { dayFromParts, daysBetween, daysInMonth, formatDay, monthOf, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { float64FromBlob } from '../../store/series.js';
import { lossRate } from './monthlyLoss.js';

export function areaDailyLoss(db: Db, areaId: string, from: Day, to: Day): AreaLossPoint[] {
  const consumed = new Float64Array(daysBetween(from, to) + 1);
  const groups = db
    .prepare('SELECT month, kwh FROM agg_energy_group_days WHERE area_id = ? AND month BETWEEN ? AND ?')
    .raw()
    .all(areaId, monthOf(from), monthOf(to)) as [number, Uint8Array][];
  for (const [month, blob] of groups) {
    const kwh = float64FromBlob(blob);
    const year = Math.floor(month / 100);
    const offset = daysBetween(from, dayFromParts(year, month % 100, 1));
    for (let d = 0; d < daysInMonth(year, month % 100); d++) {
      const i = offset + d;
      if (i >= 0 && i < consumed.length && !Number.isNaN(kwh[d]!)) consumed[i]! += kwh[d]!;
    }
  }
  const supply = db.prepare('SELECT day, supplied_kwh, sold_kwh FROM area_supply WHERE area_id = ? AND day BETWEEN ? AND ? ORDER BY day').all(areaId, from, to) as {
    day: Day;
    supplied_kwh: number;
    sold_kwh: number | null;
  }[];
  return supply.map((s) => {
    const metered = consumed[daysBetween(from, s.day)]!;
    const used = metered > 0 ? metered : (s.sold_kwh ?? 0);
    return { period: formatDay(s.day), suppliedKwh: s.supplied_kwh, consumedKwh: Math.round(used * 100) / 100, lossRate: lossRate(s.supplied_kwh, used) };
  });
}

