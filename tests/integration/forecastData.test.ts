// The forecast data layer on a small generated demo: frames of the whole region, an area, a
// category and a customer at 15min, hour and day, their load checked against sums over the raw
// tables; the start, the horizon's actual load and temperatures; the errors a scope can give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolution } from '../../engine/api/forecastTypes.js';
import { addDays, daysBetween, formatStamp, stampFromParts, type Day } from '../../engine/core/calendar.js';
import { HISTORY_NEEDED_DAYS } from '../../engine/forecast/checks.js';
import { forecastDataRange } from '../../engine/forecast/dataRange.js';
import { prepareSeries, type PreparedScopeSeries } from '../../engine/forecast/prepare.js';
import { resolveScope } from '../../engine/forecast/scope.js';
import type { Db } from '../../engine/store/database.js';
import { closeDemos, smallDemo } from '../unit/demo/smallDemo.js';

let db: Db;
/** The selectors of an area, a category and a customer that have curves. */
let area: string;
let customer: string;
let dailyOnlyCustomer: string;
const category = 'category:commercial';

const FIRST: Day = 20250903; // 120 days to 2025-12-31
const LAST: Day = 20251231;

beforeAll(() => {
  db = smallDemo({ seed: 3, customers: 300, days: 120 }).db;
  const curveMeters = `SELECT meter_id FROM interval_load GROUP BY meter_id`;
  area = `area:${db.prepare(`SELECT c.area_id FROM customers c JOIN meters m USING (customer_id) WHERE m.meter_id IN (${curveMeters}) GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`).pluck().get()}`;
  customer = `customer:${db.prepare(`SELECT m.customer_id FROM meters m WHERE m.meter_id IN (${curveMeters}) ORDER BY m.customer_id LIMIT 1`).pluck().get()}`;
  dailyOnlyCustomer = `customer:${db.prepare(`SELECT m.customer_id FROM meters m WHERE m.meter_id NOT IN (${curveMeters}) ORDER BY m.customer_id LIMIT 1`).pluck().get()}`;
});

afterAll(closeDemos);

/** The scope's meters as a JSON list for json_each. */
const metersOf = (selector: string) => JSON.stringify(resolveScope(db, selector).meterIds);

/**
 * kWh per day over the scope's curves, for the days when every meter with curves in the scope
 * has a whole day (no point missing): there the frame's load owes nothing to imputing or scaling.
 */
function completeCurveDays(selector: string): Map<Day, number> {
  const rows = db
    .prepare(
      `SELECT day, SUM(kwh), SUM(missing), COUNT(*) FROM interval_load
        WHERE meter_id IN (SELECT value FROM json_each(?)) GROUP BY day`,
    )
    .raw(true)
    .all(metersOf(selector)) as [Day, number, number, number][];
  const meters = Math.max(...rows.map((r) => r[3]));
  return new Map(rows.filter(([, , missing, count]) => missing === 0 && count === meters).map(([day, kwh]) => [day, kwh]));
}

/** kWh per day from the daily consumption blobs, for the days when every meter of the scope with consumption has a value. */
function completeDailyDays(selector: string): Map<Day, number> {
  const totals = new Map<Day, { kwh: number; meters: number }>();
  const rows = db.prepare('SELECT month, kwh FROM daily_energy WHERE meter_id IN (SELECT value FROM json_each(?))').raw(true).iterate(metersOf(selector)) as Iterable<
    [number, Buffer]
  >;
  for (const [month, blob] of rows) {
    for (let i = 0; i < 31; i++) {
      const v = blob.readDoubleLE(i * 8);
      if (Number.isNaN(v)) continue;
      const day = month * 100 + i + 1;
      const t = totals.get(day) ?? { kwh: 0, meters: 0 };
      t.kwh += v;
      t.meters++;
      totals.set(day, t);
    }
  }
  const meters = Math.max(...[...totals.values()].map((t) => t.meters));
  return new Map([...totals].filter(([, t]) => t.meters === meters).map(([day, t]) => [day, t.kwh]));
}

/** The frame's energy per day (kWh) over days whose steps are none imputed. */
function frameDayEnergy(prepared: PreparedScopeSeries): Map<Day, number> {
  const { frame } = prepared;
  const hoursPerStep = frame.resolution === 'day' ? 1 : 24 / frame.stepsPerDay;
  const energy = new Map<Day, number>();
  for (let d = 0; (d + 1) * frame.stepsPerDay <= frame.loadEnd; d++) {
    let kwh = 0;
    let imputed = false;
    for (let s = 0; s < frame.stepsPerDay; s++) {
      const i = d * frame.stepsPerDay + s;
      kwh += frame.load[i]! * hoursPerStep;
      imputed ||= frame.imputed[i] === 1;
    }
    if (!imputed) energy.set(addDays(frame.firstDay, d), kwh);
  }
  return energy;
}

const HORIZON: Record<Resolution, number> = { '15min': 96, hour: 48, day: 7 };

describe.each(['15min', 'hour', 'day'] as const)('frames at %s', (resolution) => {
  const scopes = () => ['all', area, category, customer];

  it('sum the scope’s meters as the raw tables do', () => {
    for (const selector of scopes()) {
      const prepared = prepareSeries(db, { scope: selector, resolution, horizonSteps: HORIZON[resolution] });
      const expected = resolution === 'day' ? completeDailyDays(selector) : completeCurveDays(selector);
      const actual = frameDayEnergy(prepared);
      const compared = [...expected.keys()].filter((day) => actual.has(day));
      expect(compared.length, `${selector}: days to compare`).toBeGreaterThan(20);
      for (const day of compared) expect(actual.get(day)! / expected.get(day)!, `${selector} on ${day}`).toBeCloseTo(1, 6);
    }
  });

  it('start after the last load, with the frame’s parts of the right lengths', () => {
    for (const selector of scopes()) {
      const prepared = prepareSeries(db, { scope: selector, resolution, horizonSteps: HORIZON[resolution] });
      const { frame } = prepared;
      expect(frame.firstDay).toBe(FIRST);
      expect(prepared.startStep).toBe(frame.loadEnd);
      expect(frame.loadEnd).toBe(120 * frame.stepsPerDay); // the demo's last day is whole
      expect(frame.steps).toBe(frame.loadEnd + HORIZON[resolution]);
      expect(frame.load).toHaveLength(frame.loadEnd);
      expect(frame.imputed).toHaveLength(frame.loadEnd);
      expect(frame.load.every(Number.isFinite)).toBe(true);
      expect(frame.temperature).toHaveLength(frame.steps);
      expect(frame.temperature!.every(Number.isFinite)).toBe(true);
      expect(frame.days).toHaveLength(Math.ceil(frame.steps / frame.stepsPerDay));
      expect(frame.days[0]).toMatchObject({ day: FIRST, weekday: 2 });
      expect(prepared.unit).toBe(resolution === 'day' ? 'kWh' : 'kW');
      expect(prepared.actuals.every(Number.isNaN)).toBe(true); // the future
      expect(prepared.checks.find((c) => c.code === 'no_future_temperature')).toBeDefined();
    }
  });
});

describe('a start inside the data', () => {
  it('reads load only before it, and the horizon’s load as actuals', () => {
    const start = stampFromParts(20251201, 0, 0);
    const whole = prepareSeries(db, { scope: area, resolution: 'hour', horizonSteps: 24 });
    const past = prepareSeries(db, { scope: area, resolution: 'hour', start, horizonSteps: 24 });
    const startStep = daysBetween(FIRST, 20251201) * 24;
    expect(startStep).toBe(89 * 24);
    expect(past.startStep).toBe(startStep);
    expect(past.frame.loadEnd).toBe(startStep);
    expect(past.frame.load).toHaveLength(startStep);
    expect(past.frame.steps).toBe(startStep + 24);
    for (let h = 0; h < 24; h++) {
      if (whole.frame.imputed[startStep + h]) continue;
      expect(past.actuals[h]).toBeCloseTo(whole.frame.load[startStep + h]!, 9);
    }
    // The workspace's temperatures for the horizon (ex post): no future to fill.
    expect(past.checks.find((c) => c.code === 'no_future_temperature')).toBeUndefined();
    expect(past.frame.temperature!.subarray(0, startStep + 24)).toEqual(whole.frame.temperature!.subarray(0, startStep + 24));
  });

  it('repairs and weighs the history on load before the start alone (point in time)', () => {
    for (const start of [stampFromParts(20251201, 0, 0), stampFromParts(20251201, 13, 0)]) {
      const short = prepareSeries(db, { scope: 'all', resolution: 'hour', start, horizonSteps: 1 });
      const long = prepareSeries(db, { scope: 'all', resolution: 'hour', start, horizonSteps: 14 * 24 });
      expect(long.frame.load).toEqual(short.frame.load);
      expect(long.frame.imputed).toEqual(short.frame.imputed);
      expect(long.actuals[0]).toBe(short.actuals[0]);
    }
  });

  it('takes a scenario: a shift of the horizon, and a file where it reaches', () => {
    const start = stampFromParts(20251201, 0, 0);
    const base = prepareSeries(db, { scope: 'all', resolution: 'hour', start, horizonSteps: 24 });
    const values = new Map([[stampFromParts(20251201, 0, 0), -3], [stampFromParts(20251201, 6, 0), 3]]);
    const scenario = prepareSeries(db, { scope: 'all', resolution: 'hour', start, horizonSteps: 24, temperatureOverride: { shift: 2, values } });
    const s = base.startStep;
    expect(scenario.frame.temperature!.subarray(0, s)).toEqual(base.frame.temperature!.subarray(0, s));
    expect(scenario.frame.temperature![s]).toBeCloseTo(-1, 9);
    expect(scenario.frame.temperature![s + 3]).toBeCloseTo(2, 9);
    // The file's last time holds for half its reach (2.5 times its spacing), then the workspace's temperatures.
    expect(scenario.frame.temperature![s + 13]).toBeCloseTo(5, 9);
    expect(scenario.frame.temperature![s + 14]).toBeCloseTo(base.frame.temperature![s + 14]! + 2, 9);
    for (const c of scenario.candidates) expect(c.temperature[s]).toBeCloseTo(-1, 9);
    expect(scenario.checks.find((c) => c.code === 'no_future_temperature')).toMatchObject({ details: { file: true, steps: 10 } });
  });
});

describe('checks and temperatures of a frame', () => {
  it('says at 15min and hour that the meters without curves are left out of the sum', () => {
    const partial = prepareSeries(db, { scope: 'all', resolution: 'hour', horizonSteps: 24 }).checks.find((c) => c.code === 'partial_scope');
    expect(partial?.details.intervalMeters).toBe(resolveScope(db, 'all').intervalMeters);
    expect(partial?.details.meters).toBe(db.prepare('SELECT COUNT(*) FROM meters').pluck().get());
    expect(prepareSeries(db, { scope: 'all', resolution: 'day', horizonSteps: 7 }).checks.find((c) => c.code === 'partial_scope')).toBeUndefined();
  });

  it('offers each weather station and their mean, the mean by default, or the station asked for', () => {
    const stations = db.prepare('SELECT DISTINCT station FROM weather ORDER BY 1').pluck().all() as string[];
    expect(stations.length).toBe(2);
    const prepared = prepareSeries(db, { scope: 'all', resolution: 'hour', horizonSteps: 24 });
    expect(prepared.candidates.map((c) => c.station)).toEqual([...stations, 'mean']);
    expect(prepared.station).toBe('mean');
    const asked = prepareSeries(db, { scope: 'all', resolution: 'hour', horizonSteps: 24, station: stations[1] });
    expect(asked.station).toBe(stations[1]);
    expect(asked.candidates).toEqual([]);
    expect(asked.frame.temperature).toEqual(prepared.candidates[1]!.temperature);
  });
});

describe('errors', () => {
  it('names an unknown scope', () => {
    expect(() => prepareSeries(db, { scope: 'area:NOWHERE', resolution: 'hour', horizonSteps: 24 })).toThrow(
      expect.objectContaining({ code: 'forecast.unknown_scope', details: { kind: 'area', id: 'NOWHERE' } }),
    );
  });

  it('has no hourly data for a customer with daily readings only, but has its days', () => {
    expect(() => prepareSeries(db, { scope: dailyOnlyCustomer, resolution: 'hour', horizonSteps: 24 })).toThrow(
      expect.objectContaining({ code: 'forecast.no_data', message: expect.stringMatching(/day resolution/) }),
    );
    expect(prepareSeries(db, { scope: dailyOnlyCustomer, resolution: 'day', horizonSteps: 7 }).frame.loadEnd).toBeGreaterThan(100);
  });

  it('needs the naive model’s history, and load within four weeks of the start', () => {
    const needed = HISTORY_NEEDED_DAYS.naive;
    const start = stampFromParts(addDays(FIRST, needed - 1), 0, 0);
    expect(() => prepareSeries(db, { scope: 'all', resolution: 'hour', start, horizonSteps: 24 })).toThrow(
      expect.objectContaining({ code: 'forecast.short_history', details: expect.objectContaining({ haveDays: needed - 1, neededDays: needed }) }),
    );
    const enough = prepareSeries(db, { scope: 'all', resolution: 'hour', start: stampFromParts(addDays(FIRST, needed), 0, 0), horizonSteps: 24 });
    expect(enough.checks.find((c) => c.code === 'short_history')).toMatchObject({ severity: 'warning', details: { haveDays: needed } });
    expect(() => prepareSeries(db, { scope: 'all', resolution: 'hour', start: stampFromParts(20250801, 0, 0), horizonSteps: 24 })).toThrow(
      expect.objectContaining({ code: 'forecast.no_data' }),
    );
    expect(() => prepareSeries(db, { scope: 'all', resolution: 'hour', start: stampFromParts(20260301, 0, 0), horizonSteps: 24 })).toThrow(
      expect.objectContaining({ code: 'forecast.no_data', details: expect.objectContaining({ lastLoad: '2025-12-31T23:00' }) }),
    );
  });

  it('refuses a start inside a step', () => {
    expect(() => prepareSeries(db, { scope: 'all', resolution: 'hour', start: stampFromParts(20251201, 0, 15), horizonSteps: 24 })).toThrow(
      expect.objectContaining({ code: 'validation' }),
    );
  });
});

describe('forecastDataRange', () => {
  it('spans the load the workspace holds, and lists its stations', () => {
    const range = forecastDataRange(db);
    expect(range.firstStamp).toBe(formatStamp(stampFromParts(FIRST, 0, 0)));
    expect(range.lastStamp).toBe(formatStamp(stampFromParts(LAST, 23, 45)));
    expect(range.stations.map((s) => s.station)).toEqual(db.prepare('SELECT DISTINCT station FROM weather ORDER BY 1').pluck().all());
    for (const s of range.stations) {
      expect(s.observations).toBe(db.prepare('SELECT COUNT(temperature) FROM weather WHERE station = ?').pluck().get(s.station));
      expect(s.firstDay).toBe('2025-09-03');
    }
  });
});
