// Each billed customer's service tickets: the day, whether a complaint, whether a billing dispute
// (a complaint, or a ticket whose raw type contests something, about a bill, the metering or the
// price, as its raw type or text says). Null when the
// workspace holds no tickets at all: the ticket features are then missing rather than zero.
import { stampDay } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { groupByCustomer, type Groups } from './group.js';

export interface CustomerTickets extends Groups {
  day: Int32Array;
  complaint: Uint8Array;
  dispute: Uint8Array;
}

const DISPUTE_WORDS = /电费|账单|计量|电表|电价|电量|抄表|收费|缴费|违约金|欠费|多收|bill|meter|tariff|charg|invoice/i;

type TicketRow = [string, number, string | null, string | null, string | null];

/** A raw type that contests something, whatever type it was normalised to (电费争议 may code as 'other'). */
const CONTESTING_TYPE = /投诉|争议|异议|complain|dispute/i;

export function isDispute(type: string | null, typeRaw: string | null, text: string | null): boolean {
  const contests = type === 'complaint' || CONTESTING_TYPE.test(typeRaw ?? '');
  return contests && (DISPUTE_WORDS.test(typeRaw ?? '') || DISPUTE_WORDS.test(text ?? ''));
}

export function loadTickets(db: Db, customerIndex: Map<string, number>): CustomerTickets | null {
  const rows = db.prepare('SELECT customer_id, ts, type, type_raw, text FROM tickets WHERE customer_id IS NOT NULL').raw().all() as TicketRow[];
  const anyTicket = rows.length > 0 || db.prepare('SELECT 1 FROM tickets LIMIT 1').get() !== undefined;
  if (!anyTicket) return null;
  const customer = new Int32Array(rows.length);
  const day = new Int32Array(rows.length);
  const complaint = new Uint8Array(rows.length);
  const dispute = new Uint8Array(rows.length);
  let kept = 0;
  for (const [id, ts, type, typeRaw, text] of rows) {
    const c = customerIndex.get(id);
    if (c === undefined) continue;
    customer[kept] = c;
    day[kept] = stampDay(ts);
    complaint[kept] = type === 'complaint' ? 1 : 0;
    dispute[kept] = isDispute(type, typeRaw, text) ? 1 : 0;
    kept++;
  }
  return { ...groupByCustomer(customer, kept, customerIndex.size), day, complaint, dispute };
}
