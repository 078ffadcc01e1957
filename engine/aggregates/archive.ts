// After a customers import that says which customers it inserted or updated: only the groups
// their meters and bills left or joined are recounted, instead of every meter's consumption.
// A meter moves when its customer's area or category changed, or it was linked to another
// customer; its consumption changes when its multiplier did (the import rescales readings).
// A meter without consumption, or a customer without bills, moves nothing.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../store/database.js';
import { GroupSet, UNMATCHED, type Group } from './groups.js';
import { refreshEnergyGroups } from './energy.js';
import { refreshBillGroups } from './money.js';

/** Past half the archive, one pass in table order reads less than seeking each group's meters. */
export function fewChanged(db: Db, changedCustomers: ReadonlySet<string>): boolean {
  const customers = db.prepare('SELECT COUNT(*) FROM customers').pluck().get() as number;
  return changedCustomers.size * 2 < customers;
}

export function refreshArchiveChanges(db: Db, changedCustomers: ReadonlySet<string>): void {
  const moves = new GroupMoves(db);
  for (const customer of changedCustomers) moves.follow(customer);
  refreshEnergyGroups(db, moves.energy.groups);
  refreshBillGroups(db, moves.bills.groups);
}

interface Counted extends Group {
  multiplier: number;
}

/** The groups changed customers' meters and bills were counted under and are counted under now; records the latter. */
class GroupMoves {
  readonly energy = new GroupSet();
  readonly bills = new GroupSet();
  private readonly metersNow: Statement;
  private readonly meterBefore: Statement;
  private readonly hasConsumption: Statement;
  private readonly recordMeter: Statement;
  private readonly customerNow: Statement;
  private readonly customerBefore: Statement;
  private readonly hasBills: Statement;
  private readonly recordCustomer: Statement;

  constructor(db: Db) {
    this.metersNow = db.prepare(
      `SELECT m.meter_id AS meter, COALESCE(c.area_id, '') AS area, c.category, m.multiplier
         FROM meters m JOIN customers c ON c.customer_id = m.customer_id WHERE m.customer_id = ?`,
    );
    this.meterBefore = db.prepare('SELECT area_id AS area, category, multiplier FROM agg_meter_groups WHERE meter_id = ?');
    this.hasConsumption = db.prepare('SELECT 1 FROM daily_energy WHERE meter_id = ? AND days > 0 LIMIT 1').pluck();
    this.recordMeter = db.prepare(
      `INSERT INTO agg_meter_groups (meter_id, area_id, category, multiplier) VALUES (@meter, @area, @category, @multiplier)
       ON CONFLICT (meter_id) DO UPDATE SET area_id = excluded.area_id, category = excluded.category, multiplier = excluded.multiplier`,
    );
    this.customerNow = db.prepare(`SELECT COALESCE(area_id, '') AS area, category FROM customers WHERE customer_id = ?`);
    this.customerBefore = db.prepare('SELECT area_id AS area, category FROM agg_customer_groups WHERE customer_id = ?');
    this.hasBills = db.prepare('SELECT 1 FROM bills WHERE customer_id = ? LIMIT 1').pluck();
    this.recordCustomer = db.prepare(
      `INSERT INTO agg_customer_groups (customer_id, area_id, category) VALUES (@customer, @area, @category)
       ON CONFLICT (customer_id) DO UPDATE SET area_id = excluded.area_id, category = excluded.category`,
    );
  }

  follow(customer: string): void {
    for (const now of this.metersNow.all(customer) as (Counted & { meter: string })[]) {
      const before = (this.meterBefore.get(now.meter) as Counted | undefined) ?? null;
      const moved = !before || before.area !== now.area || before.category !== now.category || before.multiplier !== now.multiplier;
      if (moved && this.hasConsumption.get(now.meter) !== undefined) {
        this.energy.add(before ?? UNMATCHED);
        this.energy.add(now);
      }
      this.recordMeter.run(now);
    }
    const now = this.customerNow.get(customer) as Group | undefined;
    if (!now) return;
    const before = (this.customerBefore.get(customer) as Group | undefined) ?? UNMATCHED;
    if ((before.area !== now.area || before.category !== now.category) && this.hasBills.get(customer) !== undefined) {
      this.bills.add(before);
      this.bills.add(now);
    }
    this.recordCustomer.run({ customer, ...now });
  }
}
