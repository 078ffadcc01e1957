// The entities other data refer to. Every meter referenced is kept in `meters` (customer_id
// NULL = unmatched: reported, never rejected); customers and areas referenced by bills,
// tickets or supply figures are only looked up, to report the ones without an archive entry.
// Lookups are cached per import: memory grows with distinct entities, not with rows.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../store/database.js';
import type { Outcome } from './keyedUpsert.js';
import { MultiplierChange } from './rescale.js';

export interface MeterEntry {
  customerId: string | null;
  multiplier: number;
}

export class MeterDirectory {
  private readonly known = new Map<string, MeterEntry>();
  private readonly byCustomerCache = new Map<string, string>();
  private readonly select: Statement;
  private readonly insert: Statement;
  private readonly update: Statement;
  private readonly firstOfCustomer: Statement;
  private readonly multiplierChange: MultiplierChange;

  constructor(
    db: Db,
    private readonly importId: number,
  ) {
    this.multiplierChange = new MultiplierChange(db, importId);
    this.select = db.prepare('SELECT customer_id AS customerId, multiplier FROM meters WHERE meter_id = ?');
    this.insert = db.prepare('INSERT INTO meters (meter_id, customer_id, multiplier, import_id) VALUES (?, ?, ?, ?)');
    this.update = db.prepare('UPDATE meters SET customer_id = ?, multiplier = ?, import_id = ? WHERE meter_id = ?');
    this.firstOfCustomer = db.prepare('SELECT meter_id AS meterId FROM meters WHERE customer_id = ? ORDER BY meter_id LIMIT 1');
  }

  /**
   * The meter's entry, adding it as unmatched (multiplier 1) when the workspace has never seen
   * it. A readings file's own multiplier applies to its rows only; the archive sets the meter's.
   */
  ensure(meterId: string): MeterEntry {
    let entry = this.known.get(meterId);
    if (entry) return entry;
    entry = this.select.get(meterId) as MeterEntry | undefined;
    if (!entry) {
      entry = { customerId: null, multiplier: 1 };
      this.insert.run(meterId, null, entry.multiplier, this.importId);
    }
    this.known.set(meterId, entry);
    return entry;
  }

  /**
   * Links a meter to its customer (an archive row). The multiplier is changed only when
   * the archive gives one, and consumption derived with the old one follows.
   */
  link(meterId: string, customerId: string, multiplier: number | null): Outcome {
    const stored = this.known.get(meterId) ?? (this.select.get(meterId) as MeterEntry | undefined);
    if (!stored) {
      const entry = { customerId, multiplier: multiplier ?? 1 };
      this.insert.run(meterId, customerId, entry.multiplier, this.importId);
      this.known.set(meterId, entry);
      return 'imported';
    }
    const next = { customerId, multiplier: multiplier ?? stored.multiplier };
    this.known.set(meterId, next);
    if (stored.customerId === next.customerId && stored.multiplier === next.multiplier) return 'skipped';
    this.update.run(next.customerId, next.multiplier, this.importId, meterId);
    if (next.multiplier !== stored.multiplier) this.multiplierChange.apply(meterId, stored.multiplier, next.multiplier);
    return 'updated';
  }

  /**
   * The meter of data keyed by customer number: the customer's meter in the archive (the
   * first by number when it has several), else an unmatched meter named after the customer.
   */
  meterOfCustomer(customerId: string): string {
    let meterId = this.byCustomerCache.get(customerId);
    if (meterId === undefined) {
      meterId = (this.firstOfCustomer.get(customerId) as { meterId: string } | undefined)?.meterId ?? customerId;
      this.byCustomerCache.set(customerId, meterId);
    }
    return meterId;
  }

  /** Meters this import referred to that have no customer. */
  unmatched(): number {
    let count = 0;
    for (const entry of this.known.values()) if (entry.customerId === null) count++;
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
