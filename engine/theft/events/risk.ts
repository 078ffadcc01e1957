// Outage and equipment-fault risk of transformer areas, from event history and loading:
//  - outages a year: distinct hours in which the area's meters recorded a power-off (an area
//    outage is recorded by every meter behind the transformer: it counts once);
//  - voltage losses (失压) a year on the area's meters;
//  - loading: the transformer's peak load over its capacity (loading.ts).
// Each factor is scored by the share of areas that have less of it (ties share), and the risk
// is their weighted sum; reasons name the factors that stand out: the top quarter of areas for
// events, a peak at 80 % of capacity or more for loading.
import type { AreaRisk, AreaRiskReason } from '../../api/gridTypes.js';
import { daysBetween, formatDay } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { areaPeakLoad, type AreaLoading } from './loading.js';

const WEIGHTS = { outages: 0.4, voltageLoss: 0.3, loading: 0.3 };
const STANDS_OUT = 0.75;
const HEAVY_LOADING = 0.8;

interface AreaFacts {
  areaId: string;
  name: string | null;
  capacityKva: number | null;
  outages: number;
  voltageLosses: number;
  peak: AreaLoading | null;
}

export function areaRisk(db: Db, limit: number): AreaRisk[] {
  const years = historyYears(db);
  if (years === null) return [];
  const counts = (type: string, distinctHours: boolean) =>
    new Map(
      (
        db
          .prepare(
            `SELECT c.area_id AS area, COUNT(DISTINCT ${distinctHours ? 'e.start_ts / 100' : "e.meter_id || ' ' || e.start_ts"}) AS n
             FROM meter_events e JOIN meters m ON m.meter_id = e.meter_id JOIN customers c ON c.customer_id = m.customer_id
             WHERE e.type = ? AND c.area_id IS NOT NULL GROUP BY c.area_id`,
          )
          .all(type) as { area: string; n: number }[]
      ).map((r) => [r.area, r.n]),
    );
  const outages = counts('power_off', true);
  const voltageLosses = counts('voltage_loss', false);
  const areas = (db.prepare('SELECT area_id, name, capacity_kva FROM areas ORDER BY area_id').all() as { area_id: string; name: string | null; capacity_kva: number | null }[]).map(
    (a): AreaFacts => ({
      areaId: a.area_id,
      name: a.name,
      capacityKva: a.capacity_kva,
      outages: outages.get(a.area_id) ?? 0,
      voltageLosses: voltageLosses.get(a.area_id) ?? 0,
      peak: areaPeakLoad(db, a.area_id),
    }),
  );
  const loadingOf = (a: AreaFacts) => (a.peak !== null && a.capacityKva ? a.peak.peakKw / a.capacityKva : null);
  const outageShare = shareBelow(areas.map((a) => a.outages));
  const voltageShare = shareBelow(areas.map((a) => a.voltageLosses));
  const loadingShare = shareBelow(areas.map((a) => loadingOf(a) ?? 0));
  const ranked = areas.map((a, i) => {
    const loading = loadingOf(a);
    const reasons: AreaRiskReason[] = [];
    if (a.outages > 0 && outageShare[i]! >= STANDS_OUT) reasons.push({ code: 'frequent_outages', perYear: round(a.outages / years) });
    if (a.voltageLosses > 0 && voltageShare[i]! >= STANDS_OUT) reasons.push({ code: 'voltage_loss', perYear: round(a.voltageLosses / years) });
    if (loading !== null && loading >= HEAVY_LOADING) reasons.push({ code: 'heavy_loading', loading: round(loading), peakKw: round(a.peak!.peakKw), capacityKva: a.capacityKva! });
    return {
      rank: 0,
      areaId: a.areaId,
      name: a.name,
      risk: round(WEIGHTS.outages * outageShare[i]! + WEIGHTS.voltageLoss * voltageShare[i]! + WEIGHTS.loading * loadingShare[i]!),
      outagesPerYear: round(a.outages / years),
      voltageLossPerYear: round(a.voltageLosses / years),
      loading: loading === null ? null : round(loading),
      peakKw: a.peak === null ? null : round(a.peak.peakKw),
      peakDay: a.peak === null ? null : formatDay(a.peak.peakDay),
      reasons,
    };
  });
  ranked.sort((a, b) => b.risk - a.risk || a.areaId.localeCompare(b.areaId));
  return ranked.slice(0, limit).map((r, i) => ({ ...r, rank: i + 1 }));
}

/** The span the event history covers, in years: from the first to the last day of supply or events. */
function historyYears(db: Db): number | null {
  const span = db
    .prepare(
      `SELECT min(first) AS first, max(last) AS last FROM (
         SELECT min(day) AS first, max(day) AS last FROM area_supply
         UNION ALL SELECT min(start_ts) / 10000, max(start_ts) / 10000 FROM meter_events)`,
    )
    .get() as { first: number | null; last: number | null };
  if (span.first === null || span.last === null) return null;
  return (daysBetween(span.first, span.last) + 1) / 365.25;
}

/** For each value, the share of the others that are smaller (an equal one counts half). */
function shareBelow(values: number[]): number[] {
  if (values.length < 2) return values.map(() => 0);
  return values.map((v) => {
    let below = 0;
    for (const w of values) below += w < v ? 1 : w === v ? 0.5 : 0;
    return (below - 0.5) / (values.length - 1); // itself counted half: drop it
  });
}

const round = (v: number) => Math.round(v * 1000) / 1000;
