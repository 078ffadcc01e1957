// Direct inserts into a new workspace. Each kind's rows are attributed to one import record
// ('demo generator'), so that the import history says where the data came from.
import type { DataKind } from '../api/types.js';
import type { Db } from '../store/database.js';
import { nowIso } from '../core/calendar.js';

export type Writer = ReturnType<typeof demoWriter>;

export function demoWriter(db: Db) {
  const startedAt = nowIso();
  const importIds = new Map<DataKind, number>();
  const counts = new Map<DataKind, number>();
  const addImport = db.prepare(
    `INSERT INTO imports (file, file_name, kind, sha256, size_bytes, encoding, mapping, started_at, headers)
     VALUES ('demo', 'demo generator', ?, '', 0, NULL, '{}', ?, '[]')`,
  );
  const importId = (kind: DataKind): number => {
    let id = importIds.get(kind);
    if (id === undefined) {
      id = Number(addImport.run(kind, startedAt).lastInsertRowid);
      importIds.set(kind, id);
    }
    return id;
  };
  const statements = {
    feeder: db.prepare('INSERT INTO feeders (feeder_id, name, supply_unit, import_id) VALUES (?, ?, ?, ?)'),
    area: db.prepare('INSERT INTO areas (area_id, name, feeder_id, capacity_kva, supply_unit, import_id) VALUES (?, ?, ?, ?, ?, ?)'),
    customer: db.prepare(
      `INSERT INTO customers (customer_id, name, address, phone, id_number, category, category_raw, industry, voltage,
         contract_kva, supply_unit, area_id, feeder_id, open_day, prepaid, tariff, import_id)
       VALUES (@id, @name, @address, @phone, @idNumber, @category, @categoryRaw, @industry, @voltage,
         @contractKva, @supplyUnit, @areaId, @feederId, @openDay, @prepaid, @tariff, @importId)`,
    ),
    meter: db.prepare('INSERT INTO meters (meter_id, customer_id, multiplier, import_id) VALUES (?, ?, ?, ?)'),
    weather: db.prepare('INSERT INTO weather (station, ts, temperature, humidity, precipitation, import_id) VALUES (?, ?, ?, ?, ?, ?)'),
    daily: db.prepare(
      `INSERT INTO daily_energy (meter_id, month, kwh, source, registers, readings, multiplier, days, total_kwh, import_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    interval: db.prepare(
      `INSERT INTO interval_load (meter_id, day, points, kwh, peak_kw, missing, kw, quality, import_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    supply: db.prepare('INSERT INTO area_supply (area_id, day, supplied_kwh, sold_kwh, import_id) VALUES (?, ?, ?, ?, ?)'),
    bill: db.prepare(
      `INSERT INTO bills (customer_id, month, kwh, billed_yuan, due_day, paid_yuan, paid_day, channel, channel_raw,
         arrears_yuan, late_fee_yuan, import_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    event: db.prepare('INSERT OR IGNORE INTO meter_events (meter_id, type, type_raw, start_ts, end_ts, import_id) VALUES (?, ?, ?, ?, ?, ?)'),
    ticket: db.prepare(
      `INSERT INTO tickets (ticket_id, customer_id, ts, channel, channel_raw, type, type_raw, text, satisfaction, handling_hours, import_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    inspection: db.prepare(
      `INSERT OR IGNORE INTO inspections (customer_id, day, outcome, outcome_raw, back_kwh, back_yuan, penalty_yuan, import_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  const finish = db.prepare('UPDATE imports SET finished_at = ?, rows_read = ?, imported = ? WHERE import_id = ?');
  return {
    statements,
    importId,
    /** Rows written for a kind, for its import record. */
    count(kind: DataKind, rows = 1): void {
      counts.set(kind, (counts.get(kind) ?? 0) + rows);
    },
    /** Closes the import records with their row counts. */
    finish(): void {
      const at = nowIso();
      for (const [kind, id] of importIds) finish.run(at, counts.get(kind) ?? 0, counts.get(kind) ?? 0, id);
    },
  };
}
