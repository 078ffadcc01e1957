// service.volume: ticket counts by type, channel, area, category and period.
import { addDays, formatDay, formatMonth, weekday, type Day } from '../../core/calendar.js';
import type { KeyCount, ServiceVolume, VolumeGrain } from '../../api/serviceTypes.js';
import type { Db } from '../../store/database.js';
import { ticketsFrom, ticketWhere, type TicketFilters } from './ticketFilter.js';

const TOP_AREAS = 50;

interface Combination {
  type: string;
  channel: string;
  area: string;
  category: string;
  count: number;
}

/** Counts per key, most first (then by key). */
function ranked(counts: Map<string, number>, limit = Infinity): KeyCount[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}

function add(counts: Map<string, number>, key: string, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

/** The day, or the Monday of its week. */
function dayPeriod(day: Day, grain: 'day' | 'week'): string {
  return formatDay(grain === 'week' ? addDays(day, -weekday(day)) : day);
}

export function volume(db: Db, filters: TicketFilters, grain: VolumeGrain): ServiceVolume {
  const where = ticketWhere(filters);
  // One scan counts every combination of type, channel, area and category (a few thousand at
  // most), each breakdown folded from them. Tickets are counted per customer first and joined to
  // the archive after: a join per customer, not per ticket, costs half as much.
  const combinations = db
    .prepare(
      `SELECT coalesce(x.type, 'unknown') AS type, coalesce(x.channel, 'unknown') AS channel, coalesce(a.area_id, 'unknown') AS area,
              coalesce(a.category, 'unknown') AS category, sum(x.n) AS count
       FROM (SELECT t.customer_id, t.type, t.channel, count(*) AS n FROM ${ticketsFrom(filters)} ${where.sql} GROUP BY 1, 2, 3) x
       LEFT JOIN customers a ON a.customer_id = x.customer_id
       GROUP BY 1, 2, 3, 4`,
    )
    .all(...where.params) as Combination[];
  const byType = new Map<string, number>();
  const byChannel = new Map<string, number>();
  const byArea = new Map<string, number>();
  const byCategory = new Map<string, number>();
  let total = 0;
  for (const c of combinations) {
    add(byType, c.type, c.count);
    add(byChannel, c.channel, c.count);
    add(byArea, c.area, c.count);
    add(byCategory, c.category, c.count);
    total += c.count;
  }
  // Days (or months) by type in SQL; weeks folded from days here (a few thousand rows at most).
  const unit = grain === 'month' ? 't.ts / 1000000' : 't.ts / 10000';
  const rows = db
    .prepare(`SELECT ${unit} AS unit, coalesce(t.type, 'unknown') AS type, count(*) AS count FROM ${ticketsFrom(filters)} ${where.sql} GROUP BY 1, 2 ORDER BY 1`)
    .all(...where.params) as { unit: number; type: string; count: number }[];
  const series = new Map<string, { period: string; count: number; byType: Record<string, number> }>();
  for (const r of rows) {
    const period = grain === 'month' ? formatMonth(r.unit) : dayPeriod(r.unit, grain);
    let entry = series.get(period);
    if (!entry) series.set(period, (entry = { period, count: 0, byType: {} }));
    entry.count += r.count;
    entry.byType[r.type] = (entry.byType[r.type] ?? 0) + r.count;
  }
  return {
    total,
    byType: ranked(byType),
    byChannel: ranked(byChannel),
    byArea: ranked(byArea, TOP_AREAS),
    byCategory: ranked(byCategory),
    grain,
    series: [...series.values()],
  };
}
