// Small hand-built workspaces for the aggregate tests: rows written straight into the tables.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspaceDb, type Db } from '../../../engine/store/database.js';
import { DAYS_PER_MONTH_ROW, toBlob } from '../../../engine/store/series.js';
import { daysInMonth } from '../../../engine/core/calendar.js';

export function tempWorkspace(): { db: Db; dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agg-'));
  const db = openWorkspaceDb(path.join(dir, 'w.workbench'), { create: true });
  return {
    db,
    dir,
    cleanup() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function addCustomer(db: Db, id: string, category: string, areaId: string | null, meterId: string): void {
  db.prepare('INSERT OR REPLACE INTO customers (customer_id, name, category, area_id, open_day) VALUES (?, ?, ?, ?, 20200101)').run(
    id,
    `name ${id}`,
    category,
    areaId,
  );
  db.prepare('INSERT OR REPLACE INTO meters (meter_id, customer_id, multiplier) VALUES (?, ?, 1)').run(meterId, id);
}

export function addOrphanMeter(db: Db, meterId: string): void {
  db.prepare('INSERT OR REPLACE INTO meters (meter_id, customer_id, multiplier) VALUES (?, NULL, 1)').run(meterId);
}

/** One meter-month of daily consumption; `perDay(d)` gives day d's kWh or NaN for none. */
export function addDailyMonth(db: Db, meterId: string, month: number, perDay: (d: number) => number): void {
  const kwh = new Float64Array(DAYS_PER_MONTH_ROW).fill(Number.NaN);
  const source = new Uint8Array(DAYS_PER_MONTH_ROW);
  const last = daysInMonth(Math.floor(month / 100), month % 100);
  let days = 0;
  let total = 0;
  for (let d = 1; d <= last; d++) {
    const v = perDay(d);
    if (Number.isNaN(v)) continue;
    kwh[d - 1] = v;
    source[d - 1] = 2;
    days++;
    total += v;
  }
  db.prepare(
    `INSERT OR REPLACE INTO daily_energy (meter_id, month, kwh, source, registers, days, total_kwh, import_id)
     VALUES (?, ?, ?, ?, 0, ?, ?, 1)`,
  ).run(meterId, month, toBlob(kwh), toBlob(source), days, total);
}

/** One meter-day curve of `points` values, `missing` of them NaN at the start. */
export function addCurve(db: Db, meterId: string, day: number, kw: number, points = 96, missing = 0): void {
  const values = new Float32Array(points).fill(kw);
  for (let i = 0; i < missing; i++) values[i] = Number.NaN;
  const present = points - missing;
  db.prepare(
    `INSERT OR REPLACE INTO interval_load (meter_id, day, points, kwh, peak_kw, missing, kw, quality, import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 1)`,
  ).run(meterId, day, points, present > 0 ? kw * 24 : null, present > 0 ? kw : null, missing, toBlob(values));
}

export function addBill(db: Db, customerId: string, month: number, billed: number, paid: number, lateFee = 0): void {
  db.prepare(
    `INSERT OR REPLACE INTO bills (customer_id, month, kwh, billed_yuan, paid_yuan, arrears_yuan, late_fee_yuan, import_id)
     VALUES (?, ?, NULL, ?, ?, ?, ?, 1)`,
  ).run(customerId, month, billed, paid, billed - paid, lateFee);
}

/** Rows of a table in a stable order, for comparing two ways of computing the same aggregate. */
export function tableRows(db: Db, table: string): unknown[] {
  return db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).all();
}
