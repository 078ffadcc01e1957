// The demo stores readings, daily consumption and curves in exactly the form an import of the
// same data gives: both go through store/series.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { float32FromBlob, float64FromBlob } from '../../../engine/store/series.js';
import { csv, pointHeaders } from '../import/kinds/files.js';
import { closeWorkspaces, testWorkspace } from '../import/kinds/workspace.js';
import { closeDemos, smallDemo, type SmallDemo } from './smallDemo.js';

let demo: SmallDemo;
beforeAll(() => {
  demo = smallDemo({ seed: 5, customers: 60, days: 50 });
});
afterAll(() => {
  closeDemos();
  closeWorkspaces();
});

interface MonthRow {
  meter_id: string;
  month: number;
  kwh: Buffer;
  registers: number;
  readings: Buffer;
  multiplier: number;
}

const f64 = (blob: Buffer) => Array.from(float64FromBlob(blob));
const day = (month: number, d: number) => `${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`;

describe('the demo\'s stored series', () => {
  it('hold the daily consumption an import derives from the same frozen readings', async () => {
    const meter = demo.db.prepare('SELECT meter_id FROM daily_energy WHERE registers = 5 LIMIT 1').pluck().get() as string;
    const months = demo.db.prepare('SELECT * FROM daily_energy WHERE meter_id = ? ORDER BY month').all(meter) as MonthRow[];
    const header = ['表号', '冻结日期', '正向有功总', '尖', '峰', '平', '谷', '综合倍率'];
    const rows: (string | number)[][] = [];
    for (const m of months) {
      const readings = f64(m.readings);
      for (let d = 0; d < 31; d++) {
        const registers = readings.slice(d * 5, d * 5 + 5);
        if (!Number.isNaN(registers[0]!)) rows.push([meter, day(m.month, d), ...registers.map(String), m.multiplier]);
      }
    }
    const ws = testWorkspace();
    expect(await ws.importText('daily', 'readings.csv', csv([header, ...rows]))).toMatchObject({ imported: rows.length, quarantined: 0 });

    const imported = ws.db.prepare('SELECT * FROM daily_energy WHERE meter_id = ? ORDER BY month').all(meter) as MonthRow[];
    expect(imported.map((m) => [m.month, f64(m.readings)])).toEqual(months.map((m) => [m.month, f64(m.readings)]));
    // The demo knows the last day's use from the register run; an import waits for the next day's reading.
    const lastMonth = months.length - 1;
    const lastDay = Number(rows.at(-1)![1]!.toString().slice(8)) - 1;
    const expected = months.map((m, i) => f64(m.kwh).map((kwh, d) => (i === lastMonth && d === lastDay ? Number.NaN : kwh)));
    expect(imported.map((m) => f64(m.kwh))).toEqual(expected);
  });

  it('hold the curve rows an import of the same points writes', async () => {
    const curves = demo.db
      .prepare('SELECT meter_id, day, points, kwh, peak_kw, missing, kw, quality FROM interval_load ORDER BY missing DESC, meter_id, day LIMIT 40')
      .all() as { meter_id: string; day: number; kw: Buffer }[];
    expect(curves.length).toBe(40);
    const rows = curves.map((c) => [
      c.meter_id,
      String(c.day),
      ...Array.from(float32FromBlob(c.kw), (v) => (Number.isNaN(v) ? '' : String(v))),
    ]);
    const ws = testWorkspace();
    await ws.importText('interval', 'curves.csv', csv([['表号', '数据日期', ...pointHeaders(96)], ...rows]));
    const imported = ws.db
      .prepare('SELECT meter_id, day, points, kwh, peak_kw, missing, kw, quality FROM interval_load ORDER BY missing DESC, meter_id, day')
      .all();
    expect(imported).toEqual(curves);
  });
});
