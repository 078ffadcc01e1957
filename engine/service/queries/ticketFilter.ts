// The WHERE clause of the ticket filters every service query shares. Tickets are `t`, their
// customer's archive row `c` (LEFT JOIN: a ticket without an archive entry still counts unless an
// area or category is asked for).
import { parseIsoDay } from '../../core/calendar.js';

export interface TicketFilters {
  from?: string | undefined;
  to?: string | undefined;
  types?: readonly string[] | undefined;
  channels?: readonly string[] | undefined;
  areaId?: string | undefined;
  category?: string | undefined;
  customerId?: string | undefined;
}

export interface SqlWhere {
  sql: string;
  params: (string | number)[];
}

/** Tickets `t` joined to their customer `c`. */
export const TICKETS_FROM = 'tickets t LEFT JOIN customers c ON c.customer_id = t.customer_id';

/** Tickets `t`, joined to their customer `c` only when the filters name an area or category (the join costs a third of a scan). */
export function ticketsFrom(f: TicketFilters): string {
  return f.areaId || f.category ? TICKETS_FROM : 'tickets t';
}

export function ticketWhere(f: TicketFilters): SqlWhere {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  // Ticket times are yyyymmddHHMM: a day's tickets lie from day*10000 to day*10000 + 2359.
  if (f.from) {
    parts.push('t.ts >= ?');
    params.push(parseIsoDay(f.from) * 10_000);
  }
  if (f.to) {
    parts.push('t.ts <= ?');
    params.push(parseIsoDay(f.to) * 10_000 + 2359);
  }
  if (f.types) {
    parts.push(`t.type IN (${f.types.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...f.types);
  }
  if (f.channels) {
    parts.push(`t.channel IN (${f.channels.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...f.channels);
  }
  if (f.areaId) {
    parts.push('c.area_id = ?');
    params.push(f.areaId);
  }
  if (f.category) {
    parts.push('c.category = ?');
    params.push(f.category);
  }
  if (f.customerId) {
    parts.push('t.customer_id = ?');
    params.push(f.customerId);
  }
  return { sql: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params };
}

/** The filter's clause with more conditions ANDed on. */
export function andWhere(where: SqlWhere, condition: string): string {
  return where.sql === '' ? `WHERE ${condition}` : `${where.sql} AND ${condition}`;
}
