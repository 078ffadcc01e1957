// The entities other data refer to. Every meter referenced is kept in `meters`, matched when
// its customer is in the archive (unmatched ones are reported, never rejected); customers and
// areas referenced by bills, tickets or supply figures are only looked up, to report the ones
// without an archive entry. Lookups are cached per import: memory grows with distinct
// entities, not with rows.
//
// Data keyed by customer number goes to the customer's meter; before the archive names it, to
// a stand-in: a meter numbered like the customer, linked to that number and flagged
// (meters.stand_in), so that a real meter of the same number is never taken for one (see
// standIns.ts).
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../store/database.js';
import type { Outcome } from './keyedUpsert.js';
import { MultiplierChange } from './rescale.js';

export interface MeterEntry {
  customerId: string | null;
  multiplier: number;
  /** Its customer is in the archive. */
  matched: boolean;
  /** Holds its customer's data until an archive names the customer's meter. */
  standIn: boolean;
}

export class MeterDirectory {
  private readonly known = new Map<string, MeterEntry>();
  private readonly byCustomerCache = new Map<string, string>();
  private readonly select: Statement;
  private readonly insert: Statement;
  private readonly update: Statement;
  private readonly firstOfCustomer: Statement;
  private readonly insertStandIn: Statement;
  private readonly multiplierChange: MultiplierChange;

  constructor(
    db: Db,
    private readonly importId: number,
  ) {
    this.multiplierChange = new MultiplierChange(db, importId);
    this.select = db.prepare(
      `SELECT m.customer_id AS customerId, m.multiplier, c.customer_id IS NOT NULL AS matched, m.stand_in AS standIn
         FROM meters m LEFT JOIN customers c ON c.customer_id = m.customer_id WHERE m.meter_id = ?`,
    );
    this.insert = db.prepare('INSERT INTO meters (meter_id, customer_id, multiplier, import_id, stand_in) VALUES (?, ?, ?, ?, ?)');
    this.update = db.prepare('UPDATE meters SET customer_id = ?, multiplier = ?, import_id = ?, stand_in = ? WHERE meter_id = ?');
    this.firstOfCustomer = db.prepare('SELECT meter_id AS meterId FROM meters WHERE customer_id = ? ORDER BY meter_id LIMIT 1');
    // A meter of that number already referred to by other data, unmatched, becomes the stand-in.
    this.insertStandIn = db.prepare(
      `INSERT INTO meters (meter_id, customer_id, multiplier, import_id, stand_in) VALUES (@customer, @customer, 1, @importId, 1)
       ON CONFLICT (meter_id) DO UPDATE SET customer_id = excluded.customer_id, import_id = excluded.import_id, stand_in = 1
       WHERE customer_id IS NULL`,
    );
  }

  /**
   * The meter's entry, adding it as unmatched (multiplier 1) when the workspace has never seen
   * it. A readings file's own multiplier applies to its rows only; the archive sets the meter's.
   */
  ensure(meterId: string): MeterEntry {
    let entry = this.lookUp(meterId);
    if (!entry) {
      entry = { customerId: null, multiplier: 1, matched: false, standIn: false };
      this.insert.run(meterId, null, entry.multiplier, this.importId, 0);
    }
    this.known.set(meterId, entry);
    return entry;
  }

  /**
   * Links the meter an archive row names to its customer: a meter of its own from now on,
   * even one numbered like its customer that was a stand-in until now. The multiplier is
   * changed only when the archive gives one, and consumption derived with the old one follows.
   */
  link(meterId: string, customerId: string, multiplier: number | null): Outcome {
    return this.relink(meterId, this.lookUp(meterId), customerId, multiplier, false);
  }

  /**
   * Links a customer whose archive row names no meter to its stand-in (meter_id = customer_id):
   * created, or taken over from unmatched data of that number, as meterOfCustomer does. A meter
   * of that number that an archive named before stays a meter of its own.
   */
  linkStandIn(customerId: string, multiplier: number | null): Outcome {
    const stored = this.lookUp(customerId);
    const standIn = stored === null || stored.standIn || stored.customerId === null;
    return this.relink(customerId, stored, customerId, multiplier, standIn);
  }

  private relink(meterId: string, stored: MeterEntry | null, customerId: string, multiplier: number | null, standIn: boolean): Outcome {
    if (!stored) {
      const entry = { customerId, multiplier: multiplier ?? 1, matched: true, standIn };
      this.insert.run(meterId, customerId, entry.multiplier, this.importId, Number(standIn));
      this.known.set(meterId, entry);
      return 'imported';
    }
    const next = { customerId, multiplier: multiplier ?? stored.multiplier, matched: true, standIn };
    this.known.set(meterId, next);
    if (stored.customerId === next.customerId && stored.multiplier === next.multiplier && stored.standIn === standIn) return 'skipped';
    this.update.run(next.customerId, next.multiplier, this.importId, Number(standIn), meterId);
    if (next.multiplier !== stored.multiplier) this.multiplierChange.apply(meterId, stored.multiplier, next.multiplier);
    return 'updated';
  }

  /**
   * The meter of data keyed by customer number: the customer's meter (the first by number
   * when it has several), else its stand-in, created now.
   */
  meterOfCustomer(customerId: string): string {
    let meterId = this.byCustomerCache.get(customerId);
    if (meterId === undefined) {
      meterId = (this.firstOfCustomer.get(customerId) as { meterId: string } | undefined)?.meterId;
      if (meterId === undefined) {
        this.insertStandIn.run({ customer: customerId, importId: this.importId });
        this.known.delete(customerId); // an unmatched meter of that number may have become the stand-in
        meterId = customerId;
      }
      this.byCustomerCache.set(customerId, meterId);
    }
    return meterId;
  }

  /** The meter as this import left it, else as stored; null when the workspace has never seen it. */
  private lookUp(meterId: string): MeterEntry | null {
    const known = this.known.get(meterId);
    if (known) return known;
    const row = this.select.get(meterId) as { customerId: string | null; multiplier: number; matched: number; standIn: number } | undefined;
    return row ? { ...row, matched: row.matched === 1, standIn: row.standIn === 1 } : null;
  }

  /** Meters this import referred to whose customer is not in the archive. */
  unmatched(): number {
    let count = 0;
    for (const entry of this.known.values()) if (!entry.matched) count++;
    return count;
  }
}

/** Whether referenced keys exist in an archive table (customers, areas). */
export class ArchiveLookup {
  private readonly seen = new Map<string, boolean>();
  private readonly select: Statement;

  constructor(db: Db, table: 'customers' | 'areas', column: 'customer_id' | 'area_id') {
    this.select = db.prepare(`SELECT 1 FROM ${table} WHERE ${column} = ?`).pluck();
  }

  note(key: string): void {
    if (!this.seen.has(key)) this.seen.set(key, this.select.get(key) !== undefined);
  }

  unmatched(): number {
    let count = 0;
    for (const found of this.seen.values()) if (!found) count++;
    return count;
  }
}
