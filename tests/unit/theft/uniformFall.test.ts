// A scaled meter lowers every hour by the same ratio; a change of habits some hours more than
// others (indicators/uniformFall.ts). And on a fortnight of days, a fall is found on the days'
// logarithm, so that heavy days before it do not hide it (indicators/steps.ts).
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../engine/core/calendar.js';
import { ownDrop } from '../../../engine/theft/indicators/ownDrop.js';
import { unitView } from '../../../engine/theft/indicators/view.js';
import { hourSpread, uniformFall } from '../../../engine/theft/indicators/uniformFall.js';
import { evidenceOf, householdDay, noise } from './scoreFixture.js';

const day = (seed: number, scale = 1) => Float64Array.from(householdDay(seed, 3, scale));

describe('how evenly the hours fell', () => {
  it('a scaled day strays from the day ratio by nothing, as evenly as ordinary days', () => {
    const before = day(1);
    const scaled = before.map((v) => v * 0.4);
    expect(hourSpread(before, scaled, before)).toBeCloseTo(0, 10);
    expect(uniformFall(before, scaled, day(1), day(1, 1.1)).evenness).toBeCloseTo(1, 9);
  });

  it('a day whose evening activity stopped and night load held falls unevenly', () => {
    const before = day(1);
    const habits = before.map((v, h) => (h >= 17 && h < 23 ? v * 0.1 : v));
    const fall = uniformFall(before, habits, day(1), day(1, 1.05));
    expect(fall.spread).toBeGreaterThan(0.3);
    expect(fall.evenness).toBeLessThan(0.5);
  });
});

describe('a short history located on the logarithm', () => {
  it('dates a fall after two heavy days to the day it began', () => {
    // Two heavy days, a steady week, then 45 % of it: the fall began on day 9.
    const daily = (i: number) => (i < 2 ? 12 - 4 * i : 2.2 + 0.1 * noise(3, i)) * (i >= 9 ? 0.45 : 1);
    const steadyPeer = (i: number) => 3 + 0.2 * noise(5, i);
    const ev = evidenceOf([{ daily }, { daily: steadyPeer }, { daily: steadyPeer }], { days: 14 });
    const found = ownDrop(unitView(ev, 0))!;
    expect(found.drop!.changeDay).toBe(ev.line.day(9));
    expect(found.indicator.details.changeDay).toBe(formatDay(ev.line.day(9)));
    expect(found.indicator.value).toBeGreaterThan(0.3);
  });
});
