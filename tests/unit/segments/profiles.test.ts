// Profiles from a small workspace: 96-, 48- and 24-point curves of one shape give one profile
// summing to 1; weekends, days with a missing point and days without use are left out; too few
// days leave a customer out, counted; a meter without an archive stands in for its customer.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, weekday, type Day } from '../../../engine/core/calendar.js';
import { readProfiles } from '../../../engine/segments/profiles.js';
import { openWorkspaceDb, type Db } from '../../../engine/store/database.js';
import { encodeCurve } from '../../../engine/store/series.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';
import { bump, normalised } from './synthetic.js';

const LAST: Day = 20251231; // a Wednesday
let db: Db;

/** The hourly shape spread over `points` intervals (kW constant within the hour). */
function curve(hourly: number[], points: number, scale = 1): number[] {
  return Array.from({ length: points }, (_, p) => hourly[Math.floor((p * 24) / points)]! * scale);
}

function insertCurve(meter: string, day: Day, kw: number[]): void {
  const c = encodeCurve(Float32Array.from(kw));
  db.prepare('INSERT INTO interval_load (meter_id, day, points, kwh, peak_kw, missing, kw, quality, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)').run(
    meter,
    day,
    c.points,
    c.kwh,
    c.peakKw,
    c.missing,
    c.kw,
    c.quality,
  );
}

const evening = bump(20);
const office = bump(11, 2, 3);

beforeAll(() => {
  db = openWorkspaceDb(path.join(makeTempDir(), 'profiles.workbench'), { create: true });
  const customer = db.prepare('INSERT INTO customers (customer_id, category) VALUES (?, ?)');
  const meter = db.prepare('INSERT INTO meters (meter_id, customer_id) VALUES (?, ?)');
  customer.run('C1', 'residential');
  customer.run('C2', 'commercial');
  customer.run('C3', 'residential');
  meter.run('M1', 'C1');
  meter.run('M2', 'C2');
  meter.run('M3', 'C3');
  meter.run('LOOSE', null);
  for (let i = 0; i < 28; i++) {
    const day = addDays(LAST, -i);
    const weekend = weekday(day) >= 5;
    // C1: its evening shape at any resolution and load level on weekdays, a flat line at weekends.
    insertCurve('M1', day, weekend ? curve(Array(24).fill(1), 96) : curve(evening, [96, 48, 24][i % 3]!, 1 + (i % 4)));
    // C2: the office shape, but one day has a gap and one no use at all.
    const kw = curve(office, 96, 10);
    if (i === 1) kw[40] = Number.NaN;
    insertCurve('M2', day, i === 2 ? kw.map(() => 0) : kw);
    // The unmatched meter: the evening shape.
    insertCurve('LOOSE', day, curve(evening, 24));
  }
  // C3: two days only.
  insertCurve('M3', LAST, curve(evening, 24));
  insertCurve('M3', addDays(LAST, -1), curve(evening, 24));
});

afterAll(() => {
  db.close();
  removeTempDirs();
});

describe('readProfiles', () => {
  it('averages the weekdays of the window into 24 shares summing to 1, whatever the resolution', () => {
    const p = readProfiles(db, { windowDays: 28, days: 'weekdays', minDays: 5 })!;
    expect(p.toDay).toBe(LAST);
    expect(p.fromDay).toBe(addDays(LAST, -27));
    expect(p.ids).toEqual(['C1', 'C2', 'LOOSE']);
    expect(p.categories).toEqual(['residential', 'commercial', null]);
    expect(Array.from(p.dayCounts)).toEqual([20, 18, 20]);
    const expected = normalised(evening);
    for (let h = 0; h < 24; h++) expect(p.values[h]).toBeCloseTo(expected[h]!, 6);
    const office24 = normalised(office);
    for (let h = 0; h < 24; h++) expect(p.values[24 + h]).toBeCloseTo(office24[h]!, 6);
    // C3's two days are too few: left out and counted.
    expect(p.skipped).toBe(1);
  });

  it('takes weekends in with days: all', () => {
    const p = readProfiles(db, { windowDays: 28, days: 'all', minDays: 5 })!;
    expect(p.dayCounts[0]).toBe(28);
    // 8 flat weekend days beside 20 evening days.
    const expected = normalised(evening).map((v) => (v * 20 + (1 / 24) * 8) / 28);
    for (let h = 0; h < 24; h++) expect(p.values[h]).toBeCloseTo(expected[h]!, 6);
  });

  it('ends the window on the day asked and reads only the customers asked', () => {
    const p = readProfiles(db, { toDay: addDays(LAST, -7), windowDays: 7, days: 'weekdays', minDays: 1, only: ['C2'] })!;
    expect(p.ids).toEqual(['C2']);
    expect(p.dayCounts[0]).toBe(5);
    expect(p.toDay).toBe(addDays(LAST, -7));
  });

  it('takes working days by the holiday table: holidays out, a weekend day worked in', () => {
    const own = openWorkspaceDb(path.join(makeTempDir(), 'holidays.workbench'), { create: true });
    own.prepare("INSERT INTO meters (meter_id, customer_id) VALUES ('H1', NULL)").run();
    // 2026-01-01..03 New Year holidays (Thursday to Saturday), 01-04 a Sunday worked, 01-05 a Monday.
    for (let i = 0; i < 5; i++) {
      const c = encodeCurve(Float32Array.from(curve(evening, 24)));
      own.prepare('INSERT INTO interval_load (meter_id, day, points, kwh, peak_kw, missing, kw, quality, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)').run(
        'H1', addDays(20260101, i), c.points, c.kwh, c.peakKw, c.missing, c.kw, c.quality,
      );
    }
    expect(readProfiles(own, { windowDays: 5, days: 'weekdays', minDays: 1 })!.dayCounts[0]).toBe(2);
    expect(readProfiles(own, { windowDays: 5, days: 'all', minDays: 1 })!.dayCounts[0]).toBe(5);
    own.close();
  });

  it('returns null without curves', () => {
    const empty = openWorkspaceDb(path.join(makeTempDir(), 'empty.workbench'), { create: true });
    expect(readProfiles(empty, { windowDays: 90, days: 'weekdays', minDays: 10 })).toBeNull();
    empty.close();
  });
});
