// service.volume: ticket counts by type, channel, area, category and period.
import { addDays, formatDay, formatMonth, weekday, type Day } from '../../core/calendar.js';
import type { KeyCount, ServiceVolume, VolumeGrain } from '../../api/serviceTypes.js';
import type { Db } from '../../store/database.js';
import { TICKETS_FROM, ticketWhere, type TicketFilters } from './ticketFilter.js';

const TOP_AREAS = 50;

function countsBy(db: Db, expression: string, filters: TicketFilters, limit?: number): KeyCount[] {
  const where = ticketWhere(filters);
  return db
    .prepare(`SELECT coalesce(${expression}, 'unknown') AS key, count(*) AS count FROM ${TICKETS_FROM} ${where.sql} GROUP BY 1 ORDER BY count DESC, key${limit ? ` LIMIT ${limit}` : ''}`)
    .all(...where.params) as KeyCount[];
}

/** The day, or the Monday of its week. */
function dayPeriod(day: Day, grain: 'day' | 'week'): string {
  return formatDay(grain === 'week' ? addDays(day, -weekday(day)) : day);
}

export function volume(db: Db, filters: TicketFilters, grain: VolumeGrain): ServiceVolume {
  const where = ticketWhere(filters);
  const byType = countsBy(db, 't.type', filters);
  // Days (or months) by type in SQL; weeks folded from days here (a few thousand rows at most).
  const unit = grain === 'month' ? 't.ts / 1000000' : 't.ts / 10000';
  const rows = db
    .prepare(`SELECT ${unit} AS unit, coalesce(t.type, 'unknown') AS type, count(*) AS count FROM ${TICKETS_FROM} ${where.sql} GROUP BY 1, 2 ORDER BY 1`)
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
    total: byType.reduce((sum, k) => sum + k.count, 0),
    byType,
    byChannel: countsBy(db, 't.channel', filters),
    byArea: countsBy(db, 'c.area_id', filters, TOP_AREAS),
    byCategory: countsBy(db, 'c.category', filters),
    grain,
    series: [...series.values()],
  };
}
