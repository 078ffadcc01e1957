// A hand-made workspace whose every flaw is known: the data quality check's tests count them.
import path from 'node:path';
import { addDays } from '../../../engine/core/calendar.js';
import { openWorkspaceDb, type Db } from '../../../engine/store/database.js';
import { makeTempDir } from '../../helpers/tempDirs.js';

const f32 = (values: number[]) => Buffer.from(new Float32Array(values).buffer);
const f64 = (values: number[]) => Buffer.from(new Float64Array(values).buffer);

function curveDay(db: Db, meter: string, day: number, kw: number[], missing: number[] = []) {
  const quality = missing.length ? Buffer.from(kw.map((_, i) => (missing.includes(i) ? 1 : 0))) : null;
  const values = kw.map((v, i) => (missing.includes(i) ? NaN : v));
  const present = values.filter((v) => !Number.isNaN(v));
  db.prepare('INSERT INTO interval_load (meter_id, day, points, kwh, peak_kw, missing, kw, quality, import_id) VALUES (?, ?, 96, ?, ?, ?, ?, ?, 1)').run(
    meter,
    day,
    present.reduce((a, b) => a + b, 0) * 0.25,
    Math.max(...present),
    missing.length,
    f32(values),
    quality,
  );
}

function importRow(db: Db, id: number, kind: string, file: string, sha: string, counts: { updated?: number; skipped?: number } = {}) {
  db.prepare(
    `INSERT INTO imports (import_id, file, file_name, kind, sha256, size_bytes, mapping, started_at, finished_at, updated, skipped, headers) VALUES (?, ?, ?, ?, ?, 100, '{}', '2025-03-01T08:00:00Z', '2025-03-01T08:00:01Z', ?, ?, '[]')`,
  ).run(id, `/data/${file}`, file, kind, sha, counts.updated ?? 0, counts.skipped ?? 0);
}

export function makeQualityWorkspace(): string {
  const file = path.join(makeTempDir('quality-'), 'quality.workbench');
  const db = openWorkspaceDb(file, { create: true });
  db.transaction(() => {
    const customer = db.prepare('INSERT INTO customers (customer_id, name, phone, id_number, area_id, contract_kva) VALUES (?, ?, ?, ?, ?, ?)');
    customer.run('C1', '张小明', '13800000001', '320102199001011234', 'A1', 10);
    customer.run('C2', '李华', '13800000002', '320102199001011234', 'A1', null); // C1's ID number
    customer.run('C3', '王伟', '13800000001', '320102198001015678', 'A9', null); // C1's phone; an area not listed
    customer.run('C4', '赵强', '13800000004', '320102197001019999', 'A1', null);
    db.prepare(`INSERT INTO areas (area_id, name) VALUES ('A1', 'Area 1')`).run();
    const meter = db.prepare('INSERT INTO meters (meter_id, customer_id, stand_in) VALUES (?, ?, ?)');
    meter.run('M1', 'C1', 0);
    meter.run('M2', 'C2', 0);
    meter.run('M3', null, 0); // no archive entry names it
    meter.run('C5', 'C5', 1); // consumption under a customer number, its meter unknown

    importRow(db, 1, 'interval', 'curves.csv', 'aaa', { skipped: 5, updated: 2 });
    importRow(db, 2, 'interval', 'curves-again.csv', 'aaa');
    importRow(db, 3, 'daily', 'readings.csv', 'bbb');
    db.prepare(`INSERT INTO quarantine (import_id, row, column_name, code, reason, cells) VALUES (1, 7, 'P12', 'negative_value', 'negative', '[]'), (3, 9, '示数', 'negative_difference', 'backwards', '[]')`).run();

    // M1: 21 days of curves from 2025-01-01 but 01-10; 01-05 misses 4 points; 01-03 has a
    // negative point; 01-15 is ten times the usual day, with a peak above 10 kVA × 1.5.
    for (let i = 0; i < 21; i++) {
      const day = addDays(20250101, i);
      if (day === 20250110) continue;
      const base = 1 + 0.1 * (i % 5);
      const kw = Array.from({ length: 96 }, () => base);
      if (day === 20250103) kw[40] = -1;
      if (day === 20250115) kw.fill(base * 10).fill(20, 50, 52);
      curveDay(db, 'M1', day, kw, day === 20250105 ? [1, 2, 3, 4] : []);
    }
    // M3: three days of curves, no customer.
    for (const day of [20250101, 20250102, 20250103]) curveDay(db, 'M3', day, Array(96).fill(2));

    // M2: daily consumption January-February with frozen readings; 01-10 missing, 01-20 negative,
    // 01-25 far above the rest, and the reading of 02-01 below that of 01-31.
    let reading = 1000;
    for (const [month, days] of [
      [202501, 31],
      [202502, 28],
    ] as const) {
      const kwh = Array<number>(31).fill(NaN);
      const readings = Array<number>(31).fill(NaN);
      for (let d = 1; d <= days; d++) {
        const day = month * 100 + d;
        if (day === 20250110) continue;
        kwh[d - 1] = day === 20250120 ? -5 : day === 20250125 ? 500 : 10 + (d % 3);
        reading = day === 20250201 ? reading - 50 : reading + 10;
        readings[d - 1] = reading;
      }
      const valued = kwh.filter((v) => !Number.isNaN(v));
      db.prepare('INSERT INTO daily_energy (meter_id, month, kwh, source, registers, readings, days, total_kwh, import_id) VALUES (?, ?, ?, ?, 1, ?, ?, ?, 3)').run(
        'M2',
        month,
        f64(kwh),
        Buffer.alloc(31, 1),
        f64(readings),
        valued.length,
        valued.reduce((a, b) => a + b, 0),
      );
    }
    // The stand-in C5: three days of daily consumption.
    db.prepare('INSERT INTO daily_energy (meter_id, month, kwh, source, days, total_kwh, import_id) VALUES (?, ?, ?, ?, 3, 30, 3)').run(
      'C5',
      202501,
      f64([10, 10, 10, ...Array<number>(28).fill(NaN)]),
      Buffer.alloc(31, 2),
    );

    // Area A1 supplied 01-01, 01-02 and 01-05 (two days missing); A7 is no listed area.
    const supply = db.prepare('INSERT INTO area_supply (area_id, day, supplied_kwh, import_id) VALUES (?, ?, 100, 1)');
    for (const day of [20250101, 20250102, 20250105]) supply.run('A1', day);
    supply.run('A7', 20250101);

    // Bills: C1 January and March (February missing); C8 is no archive customer.
    const bill = db.prepare('INSERT INTO bills (customer_id, month, billed_yuan, import_id) VALUES (?, ?, 50, 1)');
    bill.run('C1', 202501);
    bill.run('C1', 202503);
    bill.run('C8', 202501);
  })();
  db.close();
  return file;
}
