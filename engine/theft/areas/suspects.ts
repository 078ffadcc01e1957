// The suspects inside areas, from the latest theft score run: how many of an area's customers
// are in the run's top share, and its best-ranked ones.
import type { AreaSuspect } from '../../api/gridTypes.js';
import type { Db } from '../../store/database.js';

/** The run's top share of ranks counted as suspects of an area. */
const TOP_SHARE = 0.05;

export interface AreaSuspects {
  runId: number;
  count: number;
  top: AreaSuspect[];
}

/** Per area, from the latest run; null when no run was saved. */
export function areaSuspects(db: Db, perArea: number): { runId: number; byArea: Map<string, AreaSuspects> } | null {
  const run = db.prepare('SELECT run_id, customers FROM theft_score_runs ORDER BY run_id DESC LIMIT 1').get() as { run_id: number; customers: number } | undefined;
  if (!run) return null;
  const cutoff = Math.max(1, Math.ceil(run.customers * TOP_SHARE));
  const rows = db
    .prepare(
      `SELECT c.area_id, s.customer_id, c.name, s.rank, s.score, s.loss_kwh FROM theft_scores s
       JOIN customers c ON c.customer_id = s.customer_id
       WHERE s.run_id = ? AND c.area_id IS NOT NULL ORDER BY s.rank`,
    )
    .all(run.run_id) as { area_id: string; customer_id: string; name: string | null; rank: number; score: number; loss_kwh: number }[];
  const out = new Map<string, AreaSuspects>();
  for (const r of rows) {
    const area = out.get(r.area_id) ?? out.set(r.area_id, { runId: run.run_id, count: 0, top: [] }).get(r.area_id)!;
    if (r.rank <= cutoff) area.count++;
    if (area.top.length < perArea) area.top.push({ customerId: r.customer_id, name: r.name, rank: r.rank, score: r.score, lossKwh: r.loss_kwh });
  }
  return { runId: run.run_id, byArea: out };
}
