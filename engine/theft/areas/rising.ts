// Areas whose line loss rose: the median loss of the recent months against the area's own
// baseline (the months before them), in percentage points and in robust standard deviations
// (1.4826 x MAD, floored at half a point so that a very steady area does not flag on noise).
// Recent and baseline months are the workspace's last months with supply, the same for every
// area, so that an area whose supply stopped is not compared over other months.
import type { RisingArea } from '../../api/gridTypes.js';
import { formatMonth } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { areaMonthlyLoss } from './monthlyLoss.js';
import { mad, median } from './robust.js';
import { areaSuspects } from './suspects.js';

export interface RisingOptions {
  recentMonths: number;
  baselineMonths: number;
  /** Smallest rise flagged, in percentage points. */
  minRisePoints: number;
  /** Smallest rise flagged, in robust standard deviations. */
  minZ: number;
  suspectsPerArea: number;
}

const MIN_BASELINE_MONTHS = 3;
const SPREAD_FLOOR = 0.005;

/** Flagged areas, largest rise first. */
export function risingAreas(db: Db, options: RisingOptions): RisingArea[] {
  const months = (db.prepare('SELECT DISTINCT month FROM agg_area_supply_monthly ORDER BY month').pluck().all() as number[]).slice(
    -(options.recentMonths + options.baselineMonths),
  );
  if (months.length < options.recentMonths + MIN_BASELINE_MONTHS) return [];
  const recent = months.slice(-options.recentMonths);
  const baseline = months.slice(0, -options.recentMonths);
  const archive = new Map(
    (db.prepare('SELECT area_id, name, feeder_id FROM areas').all() as { area_id: string; name: string | null; feeder_id: string | null }[]).map((a) => [a.area_id, a]),
  );
  const suspects = areaSuspects(db, options.suspectsPerArea);
  const out: RisingArea[] = [];
  for (const [areaId, series] of areaMonthlyLoss(db)) {
    const rate = new Map(series.filter((m) => m.lossRate !== null).map((m) => [m.month, m.lossRate!]));
    const before = baseline.filter((m) => rate.has(m)).map((m) => rate.get(m)!);
    const after = recent.filter((m) => rate.has(m)).map((m) => rate.get(m)!);
    if (before.length < MIN_BASELINE_MONTHS || after.length === 0) continue;
    const baselineRate = median(before);
    const recentRate = median(after);
    const rise = recentRate - baselineRate;
    const z = rise / Math.max(1.4826 * mad(before), SPREAD_FLOOR);
    if (rise * 100 < options.minRisePoints || z < options.minZ) continue;
    out.push({
      areaId,
      name: archive.get(areaId)?.name ?? null,
      feederId: archive.get(areaId)?.feeder_id ?? null,
      baselineRate,
      recentRate,
      risePoints: Math.round(rise * 10000) / 100,
      robustZ: Math.round(z * 100) / 100,
      baselineMonths: baseline.map(formatMonth),
      recentMonths: recent.map(formatMonth),
      suspects: suspects === null ? null : (suspects.byArea.get(areaId) ?? { runId: suspects.runId, count: 0, top: [] }),
    });
  }
  return out.sort((a, b) => b.risePoints - a.risePoints || a.areaId.localeCompare(b.areaId));
}
