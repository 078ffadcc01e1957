// Meter-event counts by type, by transformer area and by month (of the event's start), over an
// optional span of days. Events of meters no archive places in an area count under area ''.
import type { EventCounts } from '../../api/gridTypes.js';
import { formatMonth, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';

export function eventCounts(db: Db, from?: Day, to?: Day): EventCounts {
  // Stamps are yyyymmddHHMM: a day's first and last minute bound them.
  const rows = db
    .prepare(
      `SELECT e.start_ts / 1000000 AS month, coalesce(c.area_id, '') AS area, e.type, COUNT(*) AS n
       FROM meter_events e LEFT JOIN meters m ON m.meter_id = e.meter_id LEFT JOIN customers c ON c.customer_id = m.customer_id
       WHERE e.start_ts BETWEEN ? AND ?
       GROUP BY 1, 2, 3`,
    )
    .all(from === undefined ? 0 : from * 10000, to === undefined ? 999999999999 : to * 10000 + 2359) as { month: number; area: string; type: string; n: number }[];
  const byType = new Map<string, number>();
  const byArea = new Map<string, number>();
  const byMonth = new Map<number, number>();
  const byMonthType = new Map<string, { month: number; type: string; count: number }>();
  for (const r of rows) {
    byType.set(r.type, (byType.get(r.type) ?? 0) + r.n);
    byArea.set(r.area, (byArea.get(r.area) ?? 0) + r.n);
    byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + r.n);
    const key = `${r.month} ${r.type}`;
    const cell = byMonthType.get(key) ?? byMonthType.set(key, { month: r.month, type: r.type, count: 0 }).get(key)!;
    cell.count += r.n;
  }
  const largestFirst = <K>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  return {
    byType: largestFirst(byType).map(([type, count]) => ({ type, count })),
    byArea: largestFirst(byArea).map(([areaId, count]) => ({ areaId, count })),
    byMonth: [...byMonth.entries()].sort((a, b) => a[0] - b[0]).map(([month, count]) => ({ month: formatMonth(month), count })),
    byMonthType: [...byMonthType.values()]
      .sort((a, b) => a.month - b.month || a.type.localeCompare(b.type))
      .map((c) => ({ month: formatMonth(c.month), type: c.type, count: c.count })),
  };
}
