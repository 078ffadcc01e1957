// Transformer-area energy balance (台区线损): per area and day, the loss rate
// (supplied - sold) / supplied. Sold is the area supply export's own figure when it has one,
// else the sum of its units' metered days (then a day is only counted when at least 90% of
// the area's units have a value that day, so that missing readings do not pass for losses).
import type { Db } from '../../store/database.js';
import type { ScoredUnit } from '../types.js';
import type { DailyMatrix } from './daily.js';
import type { Timeline } from './timeline.js';

export interface AreaBalance {
  /** Area id -> loss rate per day (NaN unknown). */
  lossRate: Map<string, Float64Array>;
}

export function loadAreaBalance(db: Db, line: Timeline, units: ScoredUnit[], daily: DailyMatrix): AreaBalance {
  const supplied = new Map<string, { supplied: Float64Array; sold: Float64Array }>();
  const rows = db
    .prepare('SELECT area_id, day, supplied_kwh, sold_kwh FROM area_supply WHERE day BETWEEN ? AND ?')
    .raw()
    .iterate(line.first, line.last) as IterableIterator<[string, number, number, number | null]>;
  for (const [area, day, kwh, sold] of rows) {
    let a = supplied.get(area);
    if (!a) {
      a = { supplied: new Float64Array(line.length).fill(Number.NaN), sold: new Float64Array(line.length).fill(Number.NaN) };
      supplied.set(area, a);
    }
    const i = line.index(day);
    a.supplied[i] = kwh;
    if (sold !== null) a.sold[i] = sold;
  }
  const lossRate = new Map<string, Float64Array>();
  if (supplied.size === 0) return { lossRate };
  const members = new Map<string, number[]>();
  units.forEach((u, index) => {
    if (u.areaId === null) return;
    let list = members.get(u.areaId);
    if (!list) members.set(u.areaId, (list = []));
    list.push(index);
  });
  for (const [area, a] of supplied) {
    const inArea = members.get(area) ?? [];
    const rate = new Float64Array(line.length).fill(Number.NaN);
    for (let i = 0; i < line.length; i++) {
      const s = a.supplied[i]!;
      if (Number.isNaN(s) || s <= 0) continue;
      let sold = a.sold[i]!;
      if (Number.isNaN(sold)) {
        if (inArea.length === 0) continue;
        sold = 0;
        let known = 0;
        for (const u of inArea) {
          const v = daily.values[u * daily.days + i]!;
          if (Number.isNaN(v)) continue;
          sold += v;
          known++;
        }
        if (known < 0.9 * inArea.length) continue;
      }
      rate[i] = (s - sold) / s;
    }
    lossRate.set(area, rate);
  }
  return { lossRate };
}
