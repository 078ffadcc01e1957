// service.heatmap: tickets by weekday and hour of contact. SQL counts per day and hour; the
// weekday of each day is folded in here (at most days × 24 rows).
import { weekday } from '../../core/calendar.js';
import type { ServiceHeatmap } from '../../api/serviceTypes.js';
import type { Db } from '../../store/database.js';
import { ticketsFrom, ticketWhere, type TicketFilters } from './ticketFilter.js';

export function heatmap(db: Db, filters: TicketFilters): ServiceHeatmap {
  const where = ticketWhere(filters);
  const rows = db
    .prepare(`SELECT t.ts / 10000 AS day, (t.ts / 100) % 100 AS hour, count(*) AS count FROM ${ticketsFrom(filters)} ${where.sql} GROUP BY 1, 2`)
    .all(...where.params) as { day: number; hour: number; count: number }[];
  const counts = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  let total = 0;
  for (const r of rows) {
    counts[weekday(r.day)]![r.hour]! += r.count;
    total += r.count;
  }
  return { total, counts };
}
