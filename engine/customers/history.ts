// A customer's bills and payments (the last BILLS months) and tickets (the last TICKETS), newest first.
import type { CustomerBill, CustomerTicket } from '../api/customersTypes.js';
import { formatDay, formatMonth, formatStamp } from '../core/calendar.js';
import type { Db } from '../store/database.js';

export const BILLS = 24;
export const TICKETS = 50;

export function customerBills(db: Db, customerId: string): CustomerBill[] {
  const rows = db
    .prepare(
      `SELECT month, kwh, billed_yuan, paid_yuan, due_day, paid_day, channel, arrears_yuan, late_fee_yuan
       FROM bills WHERE customer_id = ? ORDER BY month DESC LIMIT ?`,
    )
    .all(customerId, BILLS) as {
    month: number;
    kwh: number | null;
    billed_yuan: number;
    paid_yuan: number;
    due_day: number | null;
    paid_day: number | null;
    channel: string | null;
    arrears_yuan: number;
    late_fee_yuan: number;
  }[];
  return rows.map((r) => ({
    month: formatMonth(r.month),
    kwh: r.kwh,
    billedYuan: r.billed_yuan,
    paidYuan: r.paid_yuan,
    dueDay: r.due_day === null ? null : formatDay(r.due_day),
    paidDay: r.paid_day === null ? null : formatDay(r.paid_day),
    channel: r.channel,
    arrearsYuan: r.arrears_yuan,
    lateFeeYuan: r.late_fee_yuan,
  }));
}

export function customerTickets(db: Db, customerId: string): CustomerTicket[] {
  const rows = db
    .prepare('SELECT ticket_id, ts, channel, type, text, satisfaction, handling_hours FROM tickets WHERE customer_id = ? ORDER BY ts DESC LIMIT ?')
    .all(customerId, TICKETS) as {
    ticket_id: string;
    ts: number;
    channel: string | null;
    type: string | null;
    text: string | null;
    satisfaction: number | null;
    handling_hours: number | null;
  }[];
  return rows.map((r) => ({
    ticketId: r.ticket_id,
    time: formatStamp(r.ts).replace('T', ' '),
    channel: r.channel,
    type: r.type,
    text: r.text,
    satisfaction: r.satisfaction,
    handlingHours: r.handling_hours,
  }));
}
