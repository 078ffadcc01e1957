// The archive fields the features read, for the customers that have bills (a customer billed but
// missing from the archive gets nulls: its category and the rest are missing, not guessed).
import type { Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';

export interface ArchiveColumns {
  category: (string | null)[];
  industry: (string | null)[];
  /** 1 prepaid, 0 postpaid, -1 unknown. */
  prepaid: Int8Array;
  /** 0 = unknown. */
  openDay: Int32Array;
  areaId: (string | null)[];
}

type ArchiveRow = [string, string, string | null, number | null, number | null, string | null];

export function loadArchive(db: Db, customerIndex: Map<string, number>): ArchiveColumns {
  const n = customerIndex.size;
  const archive: ArchiveColumns = {
    category: new Array<string | null>(n).fill(null),
    industry: new Array<string | null>(n).fill(null),
    prepaid: new Int8Array(n).fill(-1),
    openDay: new Int32Array(n),
    areaId: new Array<string | null>(n).fill(null),
  };
  const rows = db.prepare('SELECT customer_id, category, industry, prepaid, open_day, area_id FROM customers').raw().iterate() as IterableIterator<ArchiveRow>;
  for (const [customer, category, industry, prepaid, openDay, areaId] of rows) {
    const c = customerIndex.get(customer);
    if (c === undefined) continue;
    archive.category[c] = category;
    archive.industry[c] = industry;
    archive.prepaid[c] = prepaid === null ? -1 : prepaid;
    archive.openDay[c] = openDay ?? 0;
    archive.areaId[c] = areaId;
  }
  return archive;
}

export function openDayOf(archive: ArchiveColumns, customer: number): Day | null {
  const day = archive.openDay[customer]!;
  return day === 0 ? null : day;
}
