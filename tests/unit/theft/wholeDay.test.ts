// The curve indicators against scaling attacks (Jokar's h1 and h3): the whole day falling with
// its standing load, and readings that scatter; and how the score counts a drop the standing
// load did not follow. Synthetic curves whose change is known, on a year and on a fortnight.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../engine/core/calendar.js';
import { readingJitter } from '../../../engine/theft/evidence/curves.js';
import { baseDrop, everyHourFell, quietHours } from '../../../engine/theft/indicators/baseDrop.js';
import { featureVector, unitIndicators } from '../../../engine/theft/indicators/index.js';
import { noisyReadings } from '../../../engine/theft/indicators/noisyReadings.js';
import { ownDrop } from '../../../engine/theft/indicators/ownDrop.js';
import { unitView } from '../../../engine/theft/indicators/view.js';
import { contributions, fitRobust, robustScore } from '../../../engine/theft/score/robust.js';
import { indicatorCodes } from '../../../engine/theft/types.js';
import { evidenceOf, FIRST, householdDay, noise, type FixtureUnit } from './scoreFixture.js';

const YEAR_CHANGE = 220;
const FORTNIGHT_CHANGE = 9;

/** A unit whose 24 hourly kW are `day(i)` (honest before `change`, `after` from it), its daily kWh their sum. */
function unit(seed: number, change: number, after: (day: number[], i: number) => number[]): FixtureUnit {
  const curve = (i: number) => (i >= change ? after(householdDay(seed, i), i) : householdDay(seed, i));
  return { daily: (i) => curve(i).reduce((s, v) => s + v, 0), curve };
}
const honest = (seed: number, change: number) => unit(seed, change, (d) => d);
/** h1: every reading times one factor. */
const scaled = (keep: number) => (d: number[]) => d.map((v) => v * keep);
/** h3: every reading times its own factor in [0.1, 0.8]. */
const randomlyScaled = (seed: number) => (d: number[], i: number) => d.map((v, h) => v * (0.45 + 0.35 * noise(seed * 7 + h, i)));
/** An honest fall: the morning and evening activity gone, the standing load (0.3 kW) left running. */
const activityGone = (d: number[]) => d.map((v) => 0.3 + (v - 0.3) * 0.2);

describe('the whole day fell, standing load included', () => {
  for (const [history, days, change] of [
    ['a year of weeks', undefined, YEAR_CHANGE],
    ['a fortnight of days', 14, FORTNIGHT_CHANGE],
  ] as const) {
    it(`a scaled meter (h1) on ${history}: every hour and the quiet hours fell with the day`, () => {
      const ev = evidenceOf([unit(9, change, scaled(0.4)), unit(9, change, activityGone), honest(1, change), honest(2, change)], { days });
      const views = [0, 1].map((u) => unitView(ev, u));
      const [thief, habits] = views.map((view) => {
        const own = ownDrop(view)!;
        return baseDrop(view, own.drop, own.indicator.value)!;
      });
      expect(thief!.value).toBeGreaterThan(0.4);
      expect(thief!.details.hoursFell).toBe(24);
      expect(thief!.details.quietDropPercent).toBeGreaterThan(50);
      // The honest fall is as large a drop, but its quiet hours kept their load.
      expect(ownDrop(views[1]!)!.indicator.value).toBeGreaterThan(0.3);
      expect(habits!.details.quietDropPercent).toBeLessThan(10);
      expect(habits!.value).toBeLessThan(0.05);
    });
  }

  it('is 0 without a drop, and not computed without curves', () => {
    const ev = evidenceOf([honest(1, YEAR_CHANGE), { daily: () => 10 }]);
    expect(baseDrop(unitView(ev, 0), null, 0)!.value).toBe(0);
    expect(baseDrop(unitView(ev, 1), null, 0)).toBeNull();
  });

  it('counts the hours that fell beyond half of them', () => {
    const before = Float64Array.from({ length: 24 }, () => 1);
    expect(everyHourFell(before, before.map(() => 0.5))).toEqual({ hours: 24, drop: 0.5, value: 0.5 });
    // Half the hours fell (by 80 %), half rose: what chance would give.
    expect(everyHourFell(before, before.map((_, h) => (h % 2 === 0 ? 0.2 : 1.2))).value).toBe(0);
  });

  it('the quiet hours are the hours with the least energy', () => {
    const levels = Float64Array.from(householdDay(1, 0));
    const quiet = quietHours(levels);
    expect(quiet).toHaveLength(6);
    for (const h of quiet) expect(h < 7 || (h > 8 && h < 18) || h > 21).toBe(true);
  });
});

describe('scattered readings', () => {
  it('the median jump from one reading to the next', () => {
    const scratch = new Float64Array(8);
    expect(readingJitter(Float32Array.from([1, 1, 1, 1]), scratch)).toBe(0);
    expect(readingJitter(Float32Array.from([1, 2, 1, 2, 1]), scratch)).toBeCloseTo(Math.log(2), 10);
    // Zero readings leave too few pairs.
    expect(readingJitter(Float32Array.from([0, 0, 0, 1, 1]), scratch)).toBeNaN();
  });

  for (const [history, days, change] of [
    ['a year of weeks', undefined, YEAR_CHANGE],
    ['a fortnight of days', 14, FORTNIGHT_CHANGE],
  ] as const) {
    it(`each reading scaled by its own factor (h3) on ${history}; one factor (h1) and an honest fall are no scatter`, () => {
      const ev = evidenceOf([unit(9, change, randomlyScaled(3)), unit(9, change, scaled(0.4)), unit(9, change, activityGone), honest(1, change)], { days });
      const [random, constant, habits, steady] = [0, 1, 2, 3].map((u) => noisyReadings(unitView(ev, u))!);
      expect(random!.value).toBeGreaterThan(0.2);
      // Dated to the week on a year of weeks, to the day on a fortnight.
      expect(Math.abs(daysBetween(addDays(FIRST, change), random!.changeDay!))).toBeLessThanOrEqual(days === undefined ? 7 : 0);
      expect(random!.details.jumpAfterPercent).toBeGreaterThan(random!.details.jumpBeforePercent as number);
      for (const other of [constant, habits, steady]) expect(other!.value, other!.message).toBeLessThan(0.05);
    });
  }
});

describe('a drop the standing load did not follow counts half', () => {
  it('scores an honest fall below a scaled meter of the same drop', () => {
    const units = [unit(9, YEAR_CHANGE, scaled(0.4)), unit(9, YEAR_CHANGE, activityGone), ...Array.from({ length: 8 }, (_, s) => honest(20 + s, YEAR_CHANGE))];
    const ev = evidenceOf(units);
    const k = indicatorCodes.length;
    const features = new Float64Array(units.length * k);
    units.forEach((_, u) => features.set(featureVector(unitIndicators(unitView(ev, u)).indicators), u * k));
    const model = fitRobust(features, units.length);
    const row = (u: number) => features.subarray(u * k, (u + 1) * k);
    const score = (u: number, r = row(u)) => robustScore(contributions(model, r), r);
    expect(score(0)).toBeGreaterThan(score(1));
    // Without curves to tell (base_drop not computed), the honest fall's drop counts in full.
    const unknown = Float64Array.from(row(1));
    unknown[indicatorCodes.indexOf('base_drop')] = Number.NaN;
    expect(score(1, unknown)).toBeGreaterThan(score(1));
  });
});
