// A small workspace written row by row for the arrears features' unit tests: customers, bills
// with their payments, a meter's monthly consumption and tickets.
import path from 'node:path';
import { stampFromParts, type Day, type Month } from '../../../../engine/core/calendar.js';
import { openWorkspaceDb, type Db } from '../../../../engine/store/database.js';
import { emptyMonth, encodeMonth } from '../../../../engine/store/series.js';
import { makeTempDir } from '../../../helpers/tempDirs.js';

export interface BillSpec {
  month: Month;
  billed: number;
  due?: Day | null;
  paid?: number;
  paidDay?: Day | null;
  channel?: string | null;
  lateFee?: number;
}

export class RiskWorkspace {
  readonly db: Db;

  constructor() {
    this.db = openWorkspaceDb(path.join(makeTempDir(), 'risk.workbench'), { create: true });
  }

  customer(id: string, fields: { category?: string; industry?: string | null; prepaid?: number | null; openDay?: Day | null; area?: string | null } = {}): this {
    this.db
      .prepare('INSERT INTO customers (customer_id, category, industry, prepaid, open_day, area_id) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, fields.category ?? 'residential', fields.industry ?? null, fields.prepaid ?? null, fields.openDay ?? null, fields.area ?? null);
    this.db.prepare('INSERT INTO meters (meter_id, customer_id) VALUES (?, ?)').run(`M${id}`, id);
    return this;
  }

  /** Paid in full on paidDay unless `paid` says otherwise; due on the 20th of the next month unless given. */
  bill(customer: string, b: BillSpec): this {
    const due = b.due === undefined ? (b.month % 100 === 12 ? (Math.floor(b.month / 100) + 1) * 10_000 + 120 : (b.month + 1) * 100 + 20) : b.due;
    const paidDay = b.paidDay ?? null;
    const paid = b.paid ?? (paidDay === null ? 0 : b.billed);
    this.db
      .prepare(
        `INSERT INTO bills (customer_id, month, kwh, billed_yuan, due_day, paid_yuan, paid_day, channel, arrears_yuan, late_fee_yuan, import_id)
         VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, 1)`,
      )
      .run(customer, b.month, b.billed, due, paid, paidDay, b.channel ?? null, Math.max(0, b.billed - paid), b.lateFee ?? 0);
    return this;
  }

  /** A month of the customer's meter with the whole month's consumption on its first day. */
  consumption(customer: string, month: Month, kwh: number): this {
    const series = emptyMonth();
    series.kwh[0] = kwh;
    series.source[0] = 2;
    const c = encodeMonth(series);
    this.db
      .prepare('INSERT INTO daily_energy (meter_id, month, kwh, source, registers, readings, multiplier, days, total_kwh, import_id) VALUES (?, ?, ?, ?, 0, NULL, NULL, ?, ?, 1)')
      .run(`M${customer}`, month, c.kwh, c.source, c.days, c.total);
    return this;
  }

  ticket(id: string, customer: string, day: Day, type: string, text: string): this {
    this.db
      .prepare('INSERT INTO tickets (ticket_id, customer_id, ts, type, text, import_id) VALUES (?, ?, ?, ?, ?, 1)')
      .run(id, customer, stampFromParts(day, 10, 0), type, text);
    return this;
  }
}
