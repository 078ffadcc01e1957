// Reads what the tag rules need from the workspace, one customer at a time in customer order:
// every ticket of customers with any, the bills and outage events of those with a complaint.
// Each source is one ordered scan, merged by customer number, so memory holds one customer's rows.
import type { Db } from '../../store/database.js';
import { isComplaint, type BillFact, type OutageFact, type TicketFact } from './types.js';

export interface CustomerFacts {
  customerId: string;
  tickets: TicketFact[];
  bills: BillFact[];
  outages: OutageFact[];
}

/** Event types that mean the customer lost supply. */
export const OUTAGE_EVENT_TYPES = ['power_off', 'voltage_loss', 'phase_failure'] as const;
/** An area outage: a power-off starting at the same minute on at least this many of the area's meters. */
export const AREA_OUTAGE_METERS = 3;

const complainers = "SELECT DISTINCT customer_id FROM tickets WHERE type = 'complaint' AND customer_id IS NOT NULL";

interface Cursor<T extends { customerId: string }> {
  next(customerId: string): T[];
  /** Ends the statement early (a cancelled job), so the connection can write again. */
  close(): void;
}

/** Walks an iterator of rows ordered by customer, handing out the rows of each customer asked for in that order. */
function cursor<T extends { customerId: string }>(rows: IterableIterator<T>): Cursor<T> {
  let head = rows.next();
  return {
    next(customerId) {
      const out: T[] = [];
      while (!head.done && head.value.customerId < customerId) head = rows.next();
      while (!head.done && head.value.customerId === customerId) {
        out.push(head.value);
        head = rows.next();
      }
      return out;
    },
    close() {
      rows.return?.();
    },
  };
}

export function customersWithTickets(db: Db): number {
  return (db.prepare('SELECT count(DISTINCT customer_id) AS n FROM tickets WHERE customer_id IS NOT NULL').get() as { n: number }).n;
}

export function* customerFacts(db: Db): Generator<CustomerFacts> {
  const tickets = cursor(
    db
      .prepare(
        `SELECT customer_id AS customerId, ticket_id AS ticketId, ts, type, channel, text FROM tickets
         WHERE customer_id IS NOT NULL ORDER BY customer_id, ts, ticket_id`,
      )
      .iterate() as IterableIterator<TicketFact & { customerId: string }>,
  );
  // Several statements iterate at once: better-sqlite3 allows that on one connection for reads.
  const bills = cursor(
    db
      .prepare(
        `SELECT customer_id AS customerId, month, billed_yuan AS billedYuan, paid_yuan AS paidYuan,
                coalesce(due_day, 0) AS dueDay, coalesce(paid_day, 0) AS paidDay
         FROM bills WHERE customer_id IN (${complainers}) ORDER BY customer_id, month`,
      )
      .iterate() as IterableIterator<BillFact & { customerId: string }>,
  );
  const types = OUTAGE_EVENT_TYPES.map((t) => `'${t}'`).join(', ');
  const outages = cursor(
    db
      .prepare(
        `WITH mine AS (
           SELECT m.customer_id, m.meter_id FROM meters m WHERE m.customer_id IN (${complainers})
         ),
         area_outages AS (
           SELECT c.area_id, e.start_ts, min(e.meter_id) AS meter_id FROM meter_events e
           JOIN meters m ON m.meter_id = e.meter_id JOIN customers c ON c.customer_id = m.customer_id
           WHERE e.type = 'power_off' AND c.area_id IS NOT NULL
           GROUP BY c.area_id, e.start_ts HAVING count(*) >= ${AREA_OUTAGE_METERS}
         )
         SELECT customerId, meterId, type, startTs, scope FROM (
           SELECT mine.customer_id AS customerId, e.meter_id AS meterId, e.type, e.start_ts AS startTs, 'meter' AS scope
           FROM mine JOIN meter_events e ON e.meter_id = mine.meter_id WHERE e.type IN (${types})
           UNION ALL
           SELECT c.customer_id, a.meter_id, 'power_off', a.start_ts, 'area'
           FROM customers c JOIN area_outages a ON a.area_id = c.area_id WHERE c.customer_id IN (${complainers})
         ) ORDER BY customerId, startTs`,
      )
      .iterate() as IterableIterator<OutageFact & { customerId: string }>,
  );
  const customers = db
    .prepare('SELECT DISTINCT customer_id AS customerId FROM tickets WHERE customer_id IS NOT NULL ORDER BY customer_id')
    .pluck()
    .iterate() as IterableIterator<string>;
  try {
    for (const customerId of customers) {
      const own = tickets.next(customerId).map(strip);
      const complains = own.some(isComplaint);
      yield { customerId, tickets: own, bills: complains ? bills.next(customerId).map(strip) : [], outages: complains ? outages.next(customerId).map(strip) : [] };
    }
  } finally {
    customers.return?.();
    for (const c of [tickets, bills, outages]) c.close();
  }
}

function strip<T extends { customerId: string }>(row: T): Omit<T, 'customerId'> {
  const { customerId: _customerId, ...rest } = row;
  return rest;
}
