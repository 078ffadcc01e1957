// service.tickets: a page of tickets, latest first; the search finds text in the ticket or the
// start of its number.
import { formatStamp } from '../../core/calendar.js';
import type { TicketRow, TicketsPage } from '../../api/serviceTypes.js';
import type { Db } from '../../store/database.js';
import { ticketsFrom, ticketWhere, type TicketFilters } from './ticketFilter.js';

export interface TicketQuery extends TicketFilters {
  search?: string | undefined;
  offset: number;
  limit: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function ticketsPage(db: Db, q: TicketQuery): TicketsPage {
  const where = ticketWhere(q);
  let sql = where.sql;
  const params = [...where.params];
  if (q.search) {
    const like = escapeLike(q.search);
    sql = `${sql === '' ? 'WHERE' : `${sql} AND`} (t.text LIKE ? ESCAPE '\\' OR t.ticket_id LIKE ? ESCAPE '\\')`;
    params.push(`%${like}%`, `${like}%`);
  }
  const { total } = db.prepare(`SELECT count(*) AS total FROM ${ticketsFrom(q)} ${sql}`).get(...params) as { total: number };
  const rows = db
    .prepare(
      `SELECT t.ticket_id AS ticketId, t.customer_id AS customerId, t.ts, t.type, t.type_raw AS typeRaw, t.channel, t.text,
              t.satisfaction, t.handling_hours AS handlingHours
       FROM ${ticketsFrom(q)} ${sql} ORDER BY t.ts DESC, t.ticket_id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset) as (Omit<TicketRow, 'time'> & { ts: number })[];
  return { total, rows: rows.map(({ ts, ...r }) => ({ ...r, time: formatStamp(ts) })) };
}
