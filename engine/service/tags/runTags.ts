// The service.tag job: every customer with tickets through the tag rules; the tags found replace
// the last job's in customer_tags, each with its evidence as JSON.
import { nowIso } from '../../core/calendar.js';
import type { ServiceTagKind, ServiceTagParams, ServiceTagResult } from '../../api/serviceTypes.js';
import { serviceTagKinds } from '../../api/serviceTypes.js';
import type { Db } from '../../store/database.js';
import type { JobContext } from '../../services/context.js';
import { escalationWords } from '../escalationWords.js';
import { customerFacts, customersWithTickets } from './loadFacts.js';
import { tagCustomer } from './tagCustomer.js';
import { saveTagRun } from './tagRun.js';
import type { TagFinding } from './types.js';

const PROGRESS_EVERY = 2000;

export interface CustomerFinding {
  customerId: string;
  finding: TagFinding;
}

/** The tags of every customer with tickets; `onBatch` is called every few thousand customers (progress, cancelling). */
export function findTags(db: Db, params: ServiceTagParams, onBatch: (done: number, total: number) => void = () => {}): CustomerFinding[] {
  const words = escalationWords(db).words;
  const total = customersWithTickets(db);
  const found: CustomerFinding[] = [];
  let done = 0;
  for (const facts of customerFacts(db)) {
    for (const finding of tagCustomer(facts, params, words)) found.push({ customerId: facts.customerId, finding });
    if (++done % PROGRESS_EVERY === 0) onBatch(done, total);
  }
  return found;
}

/** Replaces the stored tags with these, in one transaction. */
export function storeTags(db: Db, found: readonly CustomerFinding[], params: ServiceTagParams): ServiceTagResult {
  const taggedAt = nowIso();
  const counts = new Map<ServiceTagKind, number>(serviceTagKinds.map((t) => [t, 0]));
  const customers = new Set<string>();
  db.transaction(() => {
    db.prepare('DELETE FROM customer_tags').run();
    const insert = db.prepare('INSERT INTO customer_tags (customer_id, tag, first_day, last_day, count, detail) VALUES (?, ?, ?, ?, ?, ?)');
    for (const { customerId, finding: f } of found) {
      insert.run(customerId, f.tag, f.firstDay, f.lastDay, f.count, JSON.stringify(f.evidence));
      counts.set(f.tag, counts.get(f.tag)! + 1);
      customers.add(customerId);
    }
    saveTagRun(db, { params, taggedAt });
  })();
  return { params, customers: customers.size, counts: [...counts].map(([tag, n]) => ({ tag, customers: n })), taggedAt };
}

export function runTags(ctx: JobContext, params: ServiceTagParams): ServiceTagResult {
  const db = ctx.db();
  // Everything is read before anything is written: the reading statements stay open until the
  // scan ends, and a connection cannot write while one is.
  const found = findTags(db, params, (done, total) => {
    ctx.throwIfCancelled();
    ctx.progress((0.9 * done) / total, `${done} of ${total} customers`, { done, total });
  });
  ctx.throwIfCancelled();
  const result = storeTags(db, found, params);
  ctx.log(`${result.customers} customers tagged`);
  return result;
}
