// Reading the tag job's results: the page of tagged customers with the customers per tag, one
// customer's tags with their evidence and channels, and the complaints linked to outages and high
// bills (flattened from the evidence of those two tags).
import { formatDay } from '../../core/calendar.js';
import type {
  CustomerServiceProfile,
  HighBillLink,
  OutageLink,
  ServiceLinks,
  ServiceTag,
  ServiceTagEvidence,
  ServiceTagKind,
  ServiceTagsPage,
  TaggedCustomerRow,
} from '../../api/serviceTypes.js';
import type { Db } from '../../store/database.js';
import { lastTagRun } from '../tags/tagRun.js';

export interface TagsQuery {
  tag?: ServiceTagKind | undefined;
  areaId?: string | undefined;
  category?: string | undefined;
  search?: string | undefined;
  offset: number;
  limit: number;
}

interface TagRow {
  customer_id: string;
  tag: ServiceTagKind;
  first_day: number;
  last_day: number;
  count: number;
  detail: string;
}

function customerWhere(q: { areaId?: string | undefined; category?: string | undefined; search?: string | undefined }): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (q.areaId) {
    parts.push('c.area_id = ?');
    params.push(q.areaId);
  }
  if (q.category) {
    parts.push('c.category = ?');
    params.push(q.category);
  }
  if (q.search) {
    // A customer number prefix as a range of the primary key.
    parts.push('ct.customer_id >= ? AND ct.customer_id < ?');
    params.push(q.search, `${q.search}\uffff`);
  }
  return { sql: parts.join(' AND '), params };
}

const FROM = 'customer_tags ct LEFT JOIN customers c ON c.customer_id = ct.customer_id';

export function tagsPage(db: Db, q: TagsQuery): ServiceTagsPage {
  const base = customerWhere(q);
  const counts = db
    .prepare(`SELECT ct.tag, count(*) AS customers FROM ${FROM} ${base.sql ? `WHERE ${base.sql}` : ''} GROUP BY ct.tag ORDER BY customers DESC, ct.tag`)
    .all(...base.params) as { tag: ServiceTagKind; customers: number }[];
  const tagged = q.tag ? 'ct.customer_id IN (SELECT customer_id FROM customer_tags WHERE tag = ?)' : '';
  const where = [base.sql, tagged].filter((p) => p !== '').join(' AND ');
  const params = q.tag ? [...base.params, q.tag] : base.params;
  const whereSql = where ? `WHERE ${where}` : '';
  const { total } = db.prepare(`SELECT count(DISTINCT ct.customer_id) AS total FROM ${FROM} ${whereSql}`).get(...params) as { total: number };
  // Most tags first, then the latest tagged ticket.
  const customers = db
    .prepare(
      `SELECT ct.customer_id AS customerId, c.area_id AS areaId, c.category FROM ${FROM} ${whereSql}
       GROUP BY ct.customer_id ORDER BY count(*) DESC, max(ct.last_day) DESC, ct.customer_id LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset) as Omit<TaggedCustomerRow, 'tags'>[];
  const tagsOf = db.prepare('SELECT tag, count, first_day, last_day FROM customer_tags WHERE customer_id = ? ORDER BY tag');
  const rows = customers.map((c): TaggedCustomerRow => ({
    ...c,
    tags: (tagsOf.all(c.customerId) as TagRow[]).map((t) => ({ tag: t.tag, count: t.count, firstDay: formatDay(t.first_day), lastDay: formatDay(t.last_day) })),
  }));
  return { run: lastTagRun(db), counts, total, rows };
}

export function customerTags(db: Db, customerId: string): CustomerServiceProfile {
  const tags = (db.prepare('SELECT * FROM customer_tags WHERE customer_id = ? ORDER BY tag').all(customerId) as TagRow[]).map(
    (t): ServiceTag => ({ tag: t.tag, firstDay: formatDay(t.first_day), lastDay: formatDay(t.last_day), count: t.count, evidence: JSON.parse(t.detail) as ServiceTagEvidence }),
  );
  const channels = db
    .prepare("SELECT coalesce(channel, 'other') AS channel, count(*) AS n, max(ts) AS last FROM tickets WHERE customer_id = ? GROUP BY 1 ORDER BY n DESC, last DESC, channel")
    .all(customerId) as { channel: string; n: number }[];
  return {
    customerId,
    tags,
    tickets: channels.reduce((sum, c) => sum + c.n, 0),
    channelCounts: Object.fromEntries(channels.map((c) => [c.channel, c.n])),
    preferredChannel: channels[0]?.channel ?? null,
  };
}

function linksOf<T extends OutageLink | HighBillLink>(db: Db, tag: 'complaint_after_outage' | 'complaint_after_high_bill', areaId: string | undefined): T[] {
  const rows = db
    .prepare(`SELECT ct.detail FROM ${FROM} WHERE ct.tag = ?${areaId ? ' AND c.area_id = ?' : ''}`)
    .all(...(areaId ? [tag, areaId] : [tag])) as { detail: string }[];
  const links = rows.flatMap((r) => (JSON.parse(r.detail) as { links: T[] }).links);
  return links.sort((a, b) => b.day.localeCompare(a.day) || b.ticketId.localeCompare(a.ticketId));
}

export function serviceLinks(db: Db, q: { areaId?: string | undefined; offset: number; limit: number }): ServiceLinks {
  const outages = linksOf<OutageLink>(db, 'complaint_after_outage', q.areaId);
  const highBills = linksOf<HighBillLink>(db, 'complaint_after_high_bill', q.areaId);
  const page = <T,>(all: T[]) => ({ total: all.length, rows: all.slice(q.offset, q.offset + q.limit) });
  return { outages: page(outages), highBills: page(highBills) };
}
