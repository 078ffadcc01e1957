// service.trends: per month and type (or channel), and for all tickets, the handling time's mean
// and 90th percentile (nearest rank) and the satisfaction's mean and share rated 2 or less.
// SQLite has no percentile, so the handling times are read anyway: one scan hands over each
// ticket's month, group, handling time and satisfaction, and every figure is summed from it here
// (a second scan for the counts and means in SQL cost more than this pass).
import { formatMonth } from '../../core/calendar.js';
import type { ServiceTrends, TrendRow } from '../../api/serviceTypes.js';
import type { Db } from '../../store/database.js';
import { ticketsFrom, ticketWhere, type TicketFilters } from './ticketFilter.js';

const ALL = 'all';
const LOW_SATISFACTION = 2;

class Cell {
  tickets = 0;
  hours: number[] = [];
  rated = 0;
  satisfactionSum = 0;
  low = 0;

  add(hours: number | null, satisfaction: number | null): void {
    this.tickets++;
    if (hours !== null) this.hours.push(hours);
    if (satisfaction !== null) {
      this.rated++;
      this.satisfactionSum += satisfaction;
      if (satisfaction <= LOW_SATISFACTION) this.low++;
    }
  }

  row(month: number, group: string): TrendRow {
    const hours = Float64Array.from(this.hours).sort();
    const handled = hours.length;
    return {
      month: formatMonth(month),
      group,
      tickets: this.tickets,
      handled,
      handlingMean: handled === 0 ? null : hours.reduce((a, b) => a + b, 0) / handled,
      handlingP90: handled === 0 ? null : hours[Math.ceil(0.9 * handled) - 1]!,
      rated: this.rated,
      satisfactionMean: this.rated === 0 ? null : this.satisfactionSum / this.rated,
      lowSatisfactionShare: this.rated === 0 ? null : this.low / this.rated,
    };
  }
}

export function trends(db: Db, filters: TicketFilters, by: 'type' | 'channel'): ServiceTrends {
  const where = ticketWhere(filters);
  const column = by === 'type' ? 't.type' : 't.channel';
  const rows = db
    .prepare(`SELECT t.ts / 1000000, coalesce(${column}, 'unknown'), t.handling_hours, t.satisfaction FROM ${ticketsFrom(filters)} ${where.sql}`)
    .raw()
    .iterate(...where.params) as IterableIterator<[number, string, number | null, number | null]>;
  const cells = new Map<number, Map<string, Cell>>();
  for (const [month, group, hours, satisfaction] of rows) {
    let groups = cells.get(month);
    if (!groups) cells.set(month, (groups = new Map([[ALL, new Cell()]])));
    let cell = groups.get(group);
    if (!cell) groups.set(group, (cell = new Cell()));
    cell.add(hours, satisfaction);
    groups.get(ALL)!.add(hours, satisfaction);
  }
  const out: TrendRow[] = [];
  for (const month of [...cells.keys()].sort((a, b) => a - b)) {
    const groups = cells.get(month)!;
    for (const group of [...groups.keys()].sort()) out.push(groups.get(group)!.row(month, group));
  }
  return { by, rows: out };
}
