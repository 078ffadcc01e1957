// service.channels: per customer group (category, or load-shape segment), the tickets by channel
// and the share of customers who prefer each channel (the one they used most; on a tie, the one
// of their latest ticket). All in SQL: per customer and channel, ranked by a window function;
// the customer's group is looked up per customer, not per ticket.
import type { ServiceChannels } from '../../api/serviceTypes.js';
import type { Db } from '../../store/database.js';
import { EngineError } from '../../api/errors.js';
import { andWhere, ticketsFrom, ticketWhere, type TicketFilters } from './ticketFilter.js';

function latestSegmentRun(db: Db): number | null {
  const row = db.prepare('SELECT max(run_id) AS runId FROM segment_runs').get() as { runId: number | null };
  return row.runId;
}

export function channels(db: Db, filters: TicketFilters, by: 'category' | 'segment', runId?: number): ServiceChannels {
  let run: number | null = null;
  if (by === 'segment') {
    run = runId ?? latestSegmentRun(db);
    if (run === null || (runId !== undefined && !db.prepare('SELECT 1 FROM segment_runs WHERE run_id = ?').get(runId))) {
      throw new EngineError('segments.run_not_found', runId === undefined ? 'No load-shape segmentation has run yet: run one first.' : `There is no segmentation run ${runId}.`, { runId: runId ?? null });
    }
  }
  const where = ticketWhere(filters);
  const group =
    by === 'segment'
      ? `coalesce((SELECT s.cluster_name FROM customer_segments s WHERE s.run_id = ${run} AND s.customer_id = per.customer_id), 'none')`
      : "coalesce((SELECT a.category FROM customers a WHERE a.customer_id = per.customer_id), 'unknown')";
  const rows = db
    .prepare(
      `WITH per AS (
         SELECT t.customer_id, coalesce(t.channel, 'other') AS channel, count(*) AS n, max(t.ts) AS last
         FROM ${ticketsFrom(filters)} ${andWhere(where, 't.customer_id IS NOT NULL')} GROUP BY 1, 2
       ),
       ranked AS (
         SELECT per.*, ${group} AS grp,
                row_number() OVER (PARTITION BY customer_id ORDER BY n DESC, last DESC, channel) AS rank
         FROM per
       )
       SELECT grp, channel, sum(n) AS tickets, sum(rank = 1) AS preferring FROM ranked GROUP BY grp, channel ORDER BY grp, channel`,
    )
    .all(...where.params) as { grp: string; channel: string; tickets: number; preferring: number }[];
  const groups = new Map<string, { group: string; customers: number; tickets: number; ticketsByChannel: Record<string, number>; preferredShare: Record<string, number> }>();
  for (const r of rows) {
    let g = groups.get(r.grp);
    if (!g) groups.set(r.grp, (g = { group: r.grp, customers: 0, tickets: 0, ticketsByChannel: {}, preferredShare: {} }));
    g.tickets += r.tickets;
    g.customers += r.preferring; // each customer prefers exactly one channel
    g.ticketsByChannel[r.channel] = r.tickets;
    g.preferredShare[r.channel] = r.preferring;
  }
  for (const g of groups.values()) {
    for (const channel of Object.keys(g.preferredShare)) g.preferredShare[channel] = g.preferredShare[channel]! / g.customers;
  }
  return { by, runId: run, groups: [...groups.values()].sort((a, b) => b.customers - a.customers) };
}
