// The (area, category) groups the consumption and bill aggregates are kept per. A meter counts
// under its customer's area and category, a bill under its customer's; a meter or bill without
// a customer in the archive (or a customer without an area) under area ''. What each meter and
// customer was last counted under is recorded (agg_meter_groups, agg_customer_groups), so that
// an archive import can tell which groups its changes leave.
import type { Db } from '../store/database.js';

export interface Group {
  area: string;
  category: string;
}

/** Meters and bills of customers not in the archive. */
export const UNMATCHED: Group = { area: '', category: 'other' };

/** Distinct groups, in the order first added. */
export class GroupSet {
  private readonly byKey = new Map<string, Group>();

  add(group: Group): void {
    const key = `${group.area}\u0000${group.category}`;
    if (!this.byKey.has(key)) this.byKey.set(key, { area: group.area, category: group.category });
  }

  get groups(): Group[] {
    return [...this.byKey.values()];
  }
}

/** As JSON for `(area_id, category) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))`. */
export const groupsJson = (groups: Group[]) => JSON.stringify(groups.map((g) => [g.area, g.category]));

/** Records every meter's and customer's group as the archive has it now (after a full recount). */
export function recordGroups(db: Db): void {
  db.exec(`DELETE FROM agg_meter_groups;
           INSERT INTO agg_meter_groups (meter_id, area_id, category, multiplier)
           SELECT m.meter_id, COALESCE(c.area_id, ''), c.category, m.multiplier
             FROM meters m JOIN customers c ON c.customer_id = m.customer_id;
           DELETE FROM agg_customer_groups;
           INSERT INTO agg_customer_groups (customer_id, area_id, category)
           SELECT customer_id, COALESCE(area_id, ''), category FROM customers;`);
}

/**
 * The meters counted under a group now. Area '' holds customers without an area and, with
 * category 'other', the meters of no customer in the archive (every meter of the data has a
 * row in `meters`: the import adds the ones the archive lacks).
 */
export function groupMeters(db: Db, group: Group): string[] {
  const ofCustomers =
    group.area === ''
      ? db.prepare(
          `SELECT m.meter_id FROM customers c JOIN meters m ON m.customer_id = c.customer_id
            WHERE (c.area_id IS NULL OR c.area_id = '') AND c.category = ?`,
        )
      : db.prepare(
          `SELECT m.meter_id FROM customers c JOIN meters m ON m.customer_id = c.customer_id
            WHERE c.area_id = ? AND c.category = ?`,
        );
  const meters = (group.area === '' ? ofCustomers.pluck().all(group.category) : ofCustomers.pluck().all(group.area, group.category)) as string[];
  if (group.area !== UNMATCHED.area || group.category !== UNMATCHED.category) return meters;
  const orphans = db
    .prepare('SELECT m.meter_id FROM meters m WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.customer_id = m.customer_id)')
    .pluck()
    .all() as string[];
  return [...meters, ...orphans];
}
