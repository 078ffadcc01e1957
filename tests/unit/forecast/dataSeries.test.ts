// A scope's load as one series (engine/forecast/series.ts): curves of 96, 48 and 24 points
// brought to 15-minute and hourly steps, daily consumption to days, and meters missing for a
// while, gone or not yet there.
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../engine/core/calendar.js';
import { LAGGING_DAYS, MAX_SCALED_SHARE, readScopeLoad } from '../../../engine/forecast/series.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace, points } from './dataWorkspace.js';

afterAll(removeTempDirs);

const DAY = 20250303; // a Monday

/** Three meters on one day: 96 points of 10 + point/96, 48 points of 100 + point, 24 points of 1000 (NaN at 05:00). */
function threeCurves(): TestWorkspace {
  return new TestWorkspace()
    .customer({ id: 'C1' }, ['Q96'])
    .customer({ id: 'C2' }, ['H48'])
    .customer({ id: 'C3' }, ['D24'])
    .curve('Q96', DAY, points(96, (p) => 10 + p / 96))
    .curve('H48', DAY, points(48, (p) => 100 + p))
    .curve('D24', DAY, points(24, (p) => (p === 5 ? Number.NaN : 1000)));
}

describe('curves brought to the steps', () => {
  it('sums hourly means of the finer curves and the hourly curve itself', () => {
    const load = readScopeLoad(threeCurves().db, { meters: 'all' }, 'hour', DAY, addDays(DAY, 1));
    expect(load.values).toHaveLength(24);
    expect(load.meters).toBe(3);
    for (let h = 0; h < 24; h++) {
      const q96 = 10 + (4 * h + 1.5) / 96; // mean of points 4h..4h+3
      const h48 = 100 + 2 * h + 0.5; // mean of points 2h, 2h+1
      if (h === 5) continue;
      expect(load.values[h]).toBeCloseTo(q96 + h48 + 1000, 4);
    }
  });

  it('scales a step up for a missing meter only while its share of the load is small', () => {
    // At 05:00 the 24-point meter (about 88% of the load) is missing: the step is left missing.
    const load = readScopeLoad(threeCurves().db, { meters: 'all' }, 'hour', DAY, addDays(DAY, 1));
    expect(load.values[5]).toBeNaN();
    expect(load.droppedSteps).toBe(1);
    expect(load.scaledSteps).toBe(0);
  });

  it('spreads coarser points over 15-minute steps', () => {
    const load = readScopeLoad(threeCurves().db, { meters: ['Q96', 'H48'] }, '15min', DAY, addDays(DAY, 1));
    expect(load.values).toHaveLength(96);
    expect(load.meters).toBe(2);
    for (let s = 0; s < 96; s++) expect(load.values[s]).toBeCloseTo(10 + s / 96 + 100 + Math.floor(s / 2), 4);
  });

  it('reads only the meters asked for, and the days asked for', () => {
    const w = threeCurves().curve('Q96', addDays(DAY, 1), points(96, () => 50));
    const load = readScopeLoad(w.db, { meters: ['Q96'] }, 'hour', addDays(DAY, 1), addDays(DAY, 2));
    expect(Array.from(load.values)).toEqual(new Array(24).fill(50));
    expect(load.firstDay).toBe(addDays(DAY, 1));
  });

  it('leaves the days before the first and after the last data missing', () => {
    const load = readScopeLoad(threeCurves().db, { meters: 'all' }, 'hour', addDays(DAY, -1), addDays(DAY, 2));
    expect(load.values).toHaveLength(72);
    expect(load.values.subarray(0, 24).every(Number.isNaN)).toBe(true);
    expect(load.values.subarray(48).every(Number.isNaN)).toBe(true);
    expect(load.values[24]).toBeGreaterThan(1000);
  });
});

describe('meters missing, gone or not yet there', () => {
  const days = 40;
  const to = addDays(DAY, days);
  /** 20 meters of 10 kW and one of 1 kW, over 40 days; `skip(meter, day)` leaves a meter-day out. */
  function fleet(skip: (meter: number, d: number) => boolean): TestWorkspace {
    const w = new TestWorkspace();
    for (let m = 0; m <= 20; m++) {
      w.customer({ id: `C${m}` }, [`M${m}`]).curves(`M${m}`, DAY, to, (d) => (skip(m, d) ? null : points(24, () => (m === 0 ? 1 : 10))));
    }
    return w;
  }

  it('counts a small meter missing for a day at the total it would have had', () => {
    const load = readScopeLoad(fleet((m, d) => m === 0 && d === 10).db, { meters: 'all' }, 'hour', DAY, to);
    // 1 kW of 201 kW is missing: within MAX_SCALED_SHARE, so 200 kW scaled up by its share.
    expect(1 / 201).toBeLessThan(MAX_SCALED_SHARE);
    expect(load.values[10 * 24 + 3]).toBeCloseTo(201, 6);
    expect(load.scaledSteps).toBe(24);
    expect(load.values[9 * 24]).toBe(201);
  });

  it('leaves a step missing when the missing meters weigh more than the share', () => {
    const load = readScopeLoad(fleet((m, d) => m >= 1 && m <= 3 && d === 10).db, { meters: 'all' }, 'hour', DAY, to);
    expect(30 / 201).toBeGreaterThan(MAX_SCALED_SHARE);
    expect(load.values.subarray(240, 264).every(Number.isNaN)).toBe(true);
    expect(load.droppedSteps).toBe(24);
  });

  it('does not count a meter before its first day or after its last as missing', () => {
    // Meter 1 joins on day 5, meter 2 leaves after day 20 (long before the scope's last day).
    const load = readScopeLoad(fleet((m, d) => (m === 1 && d < 5) || (m === 2 && d > 20)).db, { meters: 'all' }, 'hour', DAY, to);
    expect(load.values[0]).toBe(191);
    expect(load.values[5 * 24]).toBe(201);
    expect(load.values[30 * 24]).toBe(191);
    expect(load.scaledSteps + load.droppedSteps).toBe(0);
  });

  it('counts a meter whose data ends just before the others as late, not gone', () => {
    const late = LAGGING_DAYS - 2;
    const load = readScopeLoad(fleet((m, d) => m === 0 && d >= days - late).db, { meters: 'all' }, 'hour', DAY, to);
    expect(load.values[(days - 1) * 24]).toBeCloseTo(201, 6);
    expect(load.scaledSteps).toBe(late * 24);
  });
});

describe('daily consumption', () => {
  it('sums kWh per day over the meters, across months', () => {
    const w = new TestWorkspace().customer({ id: 'A' }, ['MA']).customer({ id: 'B' }, ['MB']);
    const a = new Map<number, number>();
    const b = new Map<number, number>();
    for (let d = 0; d < 45; d++) {
      a.set(addDays(20250120, d), 10 + d);
      b.set(addDays(20250120, d), 100);
    }
    w.daily('MA', a).daily('MB', b);
    const load = readScopeLoad(w.db, { meters: 'all' }, 'day', 20250120, addDays(20250120, 45));
    expect(load.values).toHaveLength(45);
    expect(load.stepsPerDay).toBe(1);
    for (let d = 0; d < 45; d++) expect(load.values[d]).toBe(110 + d);
    const onlyA = readScopeLoad(w.db, { meters: ['MA'] }, 'day', 20250201, 20250203);
    expect(Array.from(onlyA.values)).toEqual([22, 23]);
  });
});
