// A tiny workspace for the service queries: three customers in two areas, a meter without an
// archive entry, tickets at known times, bills and meter events written by hand.
import type { Db } from '../../../engine/store/database.js';
import { TestWorkspace } from '../forecast/dataWorkspace.js';

export interface TicketSpec {
  id: string;
  customer: string | null;
  ts: number;
  type: string | null;
  channel: string | null;
  text?: string;
  satisfaction?: number | null;
  hours?: number | null;
}

export function serviceWorkspace(tickets: TicketSpec[]): Db {
  const ws = new TestWorkspace()
    .customer({ id: 'C1', area: 'A1', category: 'residential' })
    .customer({ id: 'C2', area: 'A1', category: 'residential' })
    .customer({ id: 'C3', area: 'A2', category: 'commercial' })
    .customer({ id: 'C4', area: 'A1', category: 'residential' });
  const insert = ws.db.prepare(
    `INSERT INTO tickets (ticket_id, customer_id, ts, channel, type, text, satisfaction, handling_hours, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  for (const t of tickets) insert.run(t.id, t.customer, t.ts, t.channel, t.type, t.text ?? null, t.satisfaction ?? null, t.hours ?? null);
  return ws.db;
}

export function addBill(db: Db, customer: string, month: number, billed: number, dueDay: number | null, paid: number, paidDay: number | null): void {
  db.prepare('INSERT INTO bills (customer_id, month, billed_yuan, due_day, paid_yuan, paid_day, import_id) VALUES (?, ?, ?, ?, ?, ?, 1)').run(
    customer,
    month,
    billed,
    dueDay,
    paid,
    paidDay,
  );
}

export function addEvent(db: Db, meter: string, type: string, startTs: number): void {
  db.prepare('INSERT INTO meter_events (meter_id, type, type_raw, start_ts, import_id) VALUES (?, ?, ?, ?, 1)').run(meter, type, type, startTs);
}
