// service.trends: per month and type (or channel), and for all tickets, the handling time's mean
// and 90th percentile and the satisfaction's mean and share rated 2 or less. Means and counts in
// SQL; the percentile from the handling times SQL hands over sorted (nearest rank).
import { formatMonth } from '../../core/calendar.js';
import type { ServiceTrends, TrendRow } from '../../api/serviceTypes.js';
import type { Db } from '../../store/database.js';
import { andWhere, TICKETS_FROM, ticketWhere, type TicketFilters } from './ticketFilter.js';

const ALL = 'all';
const LOW_SATISFACTION = 2;

interface Aggregate {
  month: number;
  grp: string;
  tickets: number;
  handled: number;
  handlingMean: number | null;
  rated: number;
  satisfactionMean: number | null;
  low: number;
}

export function trends(db: Db, filters: TicketFilters, by: 'type' | 'channel'): ServiceTrends {
  const where = ticketWhere(filters);
  const column = by === 'type' ? 't.type' : 't.channel';
  const measures = `count(*) AS tickets, count(t.handling_hours) AS handled, avg(t.handling_hours) AS handlingMean,
    count(t.satisfaction) AS rated, avg(t.satisfaction) AS satisfactionMean, sum(t.satisfaction <= ${LOW_SATISFACTION}) AS low`;
  const aggregates = db
    .prepare(
      `SELECT t.ts / 1000000 AS month, coalesce(${column}, 'unknown') AS grp, ${measures} FROM ${TICKETS_FROM} ${where.sql} GROUP BY 1, 2
       UNION ALL
       SELECT t.ts / 1000000, '${ALL}', ${measures} FROM ${TICKETS_FROM} ${where.sql} GROUP BY 1
       ORDER BY 1, 2`,
    )
    .all(...where.params, ...where.params) as Aggregate[];
  const p90 = new Map<string, number>();
  const handling = db
    .prepare(
      `SELECT t.ts / 1000000 AS month, coalesce(${column}, 'unknown') AS grp, t.handling_hours AS hours FROM ${TICKETS_FROM}
       ${andWhere(where, 't.handling_hours IS NOT NULL')} ORDER BY 1, 2, 3`,
    )
    .all(...where.params) as { month: number; grp: string; hours: number }[];
  const byMonth = new Map<number, number[]>();
  for (let i = 0; i < handling.length; ) {
    const { month, grp } = handling[i]!;
    let j = i;
    while (j < handling.length && handling[j]!.month === month && handling[j]!.grp === grp) j++;
    p90.set(`${month}|${grp}`, nearestRank(handling, i, j, 0.9));
    let all = byMonth.get(month);
    if (!all) byMonth.set(month, (all = []));
    for (let k = i; k < j; k++) all.push(handling[k]!.hours);
    i = j;
  }
  for (const [month, hours] of byMonth) {
    hours.sort((a, b) => a - b);
    p90.set(`${month}|${ALL}`, hours[Math.ceil(0.9 * hours.length) - 1]!);
  }
  const rows = aggregates.map(
    (a): TrendRow => ({
      month: formatMonth(a.month),
      group: a.grp,
      tickets: a.tickets,
      handled: a.handled,
      handlingMean: a.handlingMean,
      handlingP90: p90.get(`${a.month}|${a.grp}`) ?? null,
      rated: a.rated,
      satisfactionMean: a.satisfactionMean,
      lowSatisfactionShare: a.rated === 0 ? null : a.low / a.rated,
    }),
  );
  return { by, rows };
}

/** The nearest-rank percentile of rows [from, to) sorted by hours. */
function nearestRank(rows: readonly { hours: number }[], from: number, to: number, q: number): number {
  return rows[from + Math.ceil(q * (to - from)) - 1]!.hours;
}
