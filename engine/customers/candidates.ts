// The customers a recommendation or a target list is drawn from: every archived customer with
// its category, area, masked name, latest segment, tags and arrears grade (the analyst's where
// set), mean daily kWh over the last PEER_MONTHS months of consumption (the peer comparison's
// figure, which every customer with consumption has) and, where curves exist, its load shape.
import type { RiskGrade } from '../api/riskModelTypes.js';
import { maskName } from '../catalog/mask.js';
import { addMonths } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { categoryDefaultTou, namesTimeOfUse } from '../theft/touTariff.js';
import { loadShapes, type LoadShape } from './loadShape.js';
import { latestSegmentRun } from './scores.js';

export const PEER_MONTHS = 3;

export interface Candidate {
  customerId: string;
  name: string | null;
  category: string;
  areaId: string | null;
  segment: string | null;
  tags: string[];
  riskGrade: RiskGrade | null;
  /** By the tariff on file, else the category's default (the theft engine's rule). */
  onTimeOfUse: boolean;
  /** Mean kWh a day over the last PEER_MONTHS months; null without consumption then. */
  dailyKwh: number | null;
  shape: LoadShape | null;
}

// Reading every shape takes about a second on 800 customers with curves, and the Customers page
// asks again for each page, sort and filter: the list is kept per connection until another
// connection commits a change to the file (SQLite's data_version moves; a job's writes, an import).
const cache = new WeakMap<Db, { version: number; list: Candidate[] }>();

export function candidates(db: Db): Candidate[] {
  const version = db.pragma('data_version', { simple: true }) as number;
  const kept = cache.get(db);
  if (kept && kept.version === version) return kept.list;
  const list = readCandidates(db);
  cache.set(db, { version, list });
  return list;
}

function readCandidates(db: Db): Candidate[] {
  const segmentRun = latestSegmentRun(db);
  const riskRun = (db.prepare('SELECT max(run_id) AS id FROM risk_runs').get() as { id: number | null }).id;
  const lastMonth = (db.prepare('SELECT max(month) AS month FROM daily_energy').get() as { month: number | null }).month;
  const rows = db
    .prepare(
      `WITH adjusted AS (
         SELECT customer_id, grade FROM risk_adjustments
         WHERE adjustment_id IN (SELECT max(adjustment_id) FROM risk_adjustments GROUP BY customer_id)
       ), energy AS (
         SELECT m.customer_id, sum(e.total_kwh) / sum(e.days) AS daily_kwh
         FROM daily_energy e JOIN meters m ON m.meter_id = e.meter_id
         WHERE e.month BETWEEN @firstMonth AND @lastMonth AND m.customer_id IS NOT NULL
         GROUP BY m.customer_id HAVING sum(e.days) > 0
       )
       SELECT c.customer_id, c.name, c.category, c.area_id, c.tariff, g.cluster_name, coalesce(adj.grade, r.grade) AS grade, energy.daily_kwh,
         (SELECT json_group_array(tag) FROM customer_tags t WHERE t.customer_id = c.customer_id) AS tags
       FROM customers c
       LEFT JOIN customer_segments g ON g.run_id = @segmentRun AND g.customer_id = c.customer_id
       LEFT JOIN risk_scores r ON r.run_id = @riskRun AND r.customer_id = c.customer_id
       LEFT JOIN adjusted adj ON adj.customer_id = c.customer_id AND r.customer_id IS NOT NULL
       LEFT JOIN energy ON energy.customer_id = c.customer_id
       ORDER BY c.customer_id`,
    )
    .all({
      segmentRun: segmentRun ?? -1,
      riskRun: riskRun ?? -1,
      firstMonth: lastMonth === null ? 0 : addMonths(lastMonth, -(PEER_MONTHS - 1)),
      lastMonth: lastMonth ?? 0,
    }) as {
    customer_id: string;
    name: string | null;
    category: string;
    area_id: string | null;
    tariff: string | null;
    cluster_name: string | null;
    grade: string | null;
    daily_kwh: number | null;
    tags: string;
  }[];
  const shapes = loadShapes(db);
  return rows.map((r) => ({
    customerId: r.customer_id,
    name: r.name === null ? null : maskName(r.name),
    category: r.category,
    areaId: r.area_id,
    segment: r.cluster_name,
    tags: JSON.parse(r.tags) as string[],
    riskGrade: r.grade as RiskGrade | null,
    onTimeOfUse: r.tariff !== null && r.tariff.trim() !== '' ? namesTimeOfUse(r.tariff) : categoryDefaultTou(r.category),
    dailyKwh: r.daily_kwh,
    shape: shapes.get(r.customer_id) ?? null,
  }));
}
