// The workspace's bills read once, in one pass ordered by customer and month, into columns: every
// point-in-time feature and the target are computed from these arrays, for any number of as-of
// days, without another query. A bill of month M is taken as issued on the 1st of M+1 (its
// consumption is known once M has ended), or on its due day when that comes first (exports whose
// billing month is the month of issue); without a due day it is due on the 20th of M+1, the
// usual due day of the region's utilities.
import { addMonths, firstDayOf, type Day, type Month } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';

const DEFAULT_DUE_DAY_OF_MONTH = 20;

export interface BillColumns {
  /** Customers with at least one bill, in customer-number order; customer c's bills are rows start[c] .. start[c + 1] - 1, oldest first. */
  customers: string[];
  start: Uint32Array;
  month: Int32Array;
  issue: Int32Array;
  due: Int32Array;
  billed: Float64Array;
  paid: Float64Array;
  /** 0 = no payment; a payment without a day counts as made on the due day. */
  paidDay: Int32Array;
  /** Index into `channels`; -1 = none. */
  channel: Int16Array;
  /** As the bills stand (at `lastDay`). */
  lateFee: Float64Array;
  channels: string[];
  /** The day the bills stand at: the latest payment or issue they show. */
  lastDay: Day;
}

export function issueDayOf(month: Month, due: Day | null): Day {
  const next = firstDayOf(addMonths(month, 1));
  return due !== null && due < next ? due : next;
}

export function defaultDueDay(month: Month): Day {
  return addMonths(month, 1) * 100 + DEFAULT_DUE_DAY_OF_MONTH;
}

type BillRow = [string, number, number, number | null, number, number | null, string | null, number];

export function loadBills(db: Db): BillColumns {
  const n = (db.prepare('SELECT count(*) AS n FROM bills').get() as { n: number }).n;
  const bills = emptyColumns(n);
  const customers: string[] = [];
  const starts: number[] = [];
  const channelIndex = new Map<string, number>();
  let lastDay = 0;
  let r = 0;
  const rows = db
    .prepare('SELECT customer_id, month, billed_yuan, due_day, paid_yuan, paid_day, channel, late_fee_yuan FROM bills ORDER BY customer_id, month')
    .raw()
    .iterate() as IterableIterator<BillRow>;
  for (const [customer, month, billed, dueDay, paid, paidDay, channel, lateFee] of rows) {
    if (r === n) break; // rows added since the count are left for the next load
    if (customers[customers.length - 1] !== customer) {
      customers.push(customer);
      starts.push(r);
    }
    const due = dueDay ?? defaultDueDay(month);
    bills.month[r] = month;
    bills.due[r] = due;
    bills.issue[r] = issueDayOf(month, dueDay);
    bills.billed[r] = billed;
    bills.paid[r] = paid;
    bills.paidDay[r] = paidDay ?? (paid > 0 ? due : 0);
    bills.channel[r] = channel === null ? -1 : indexOf(channelIndex, channel);
    bills.lateFee[r] = lateFee;
    lastDay = Math.max(lastDay, bills.issue[r]!, paidDay ?? 0);
    r++;
  }
  starts.push(r);
  return { ...trimmed(bills, r), customers, start: Uint32Array.from(starts), channels: [...channelIndex.keys()], lastDay };
}

function emptyColumns(n: number) {
  return {
    month: new Int32Array(n),
    issue: new Int32Array(n),
    due: new Int32Array(n),
    billed: new Float64Array(n),
    paid: new Float64Array(n),
    paidDay: new Int32Array(n),
    channel: new Int16Array(n),
    lateFee: new Float64Array(n),
  };
}

/** Rows deleted between the count and the read leave the columns longer than the rows read. */
function trimmed(bills: ReturnType<typeof emptyColumns>, rows: number): ReturnType<typeof emptyColumns> {
  if (rows === bills.month.length) return bills;
  return Object.fromEntries(Object.entries(bills).map(([key, column]) => [key, column.subarray(0, rows)])) as ReturnType<typeof emptyColumns>;
}

function indexOf(index: Map<string, number>, value: string): number {
  let i = index.get(value);
  if (i === undefined) index.set(value, (i = index.size));
  return i;
}
