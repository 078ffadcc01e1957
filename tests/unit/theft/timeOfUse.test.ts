// Valuing load moved between time-of-use periods (Jokar's h5/h6 keep the day's kWh): the
// tariff table, who is on time-of-use, and the loss of a flattened or reversed day against
// what its hours cost before the change.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { unitIndicators } from '../../../engine/theft/indicators/index.js';
import { unitView } from '../../../engine/theft/indicators/view.js';
import { estimateLoss } from '../../../engine/theft/loss.js';
import { categoryTou, namesTimeOfUse, timeOfUseUnits } from '../../../engine/theft/touTariff.js';
import { touShift } from '../../../engine/theft/touShift.js';
import { evidenceOf, householdDay, type FixtureUnit } from './scoreFixture.js';

const CHANGE = 220;
const flattened = (d: number[]) => d.map(() => d.reduce((s, v) => s + v, 0) / d.length);
const reversed = (d: number[]) => [...d].reverse();

function unit(seed: number, after: (day: number[]) => number[], category = 'commercial'): FixtureUnit {
  const curve = (i: number) => (i >= CHANGE ? after(householdDay(seed, i)) : householdDay(seed, i));
  return { daily: (i) => curve(i).reduce((s, v) => s + v, 0), curve, category };
}

/** The view with its change day found, as scoring sees it. */
function scored(units: FixtureUnit[], u: number) {
  const view = unitView(evidenceOf(units), u);
  const { drop } = unitIndicators(view);
  return { view, drop };
}

describe('time-of-use tariffs', () => {
  it('prices each hour of the day by its period', () => {
    const tou = categoryTou('commercial');
    expect(tou.hourPrice[19]).toBe(1.0155); // peak
    expect(tou.hourPrice[12]).toBe(0.6533); // flat
    expect(tou.hourPrice[3]).toBe(0.2911); // valley
    expect(tou.gap).toBeCloseTo(1.0155 - 0.2911, 10);
    expect(categoryTou('no such category').category).toBe('other');
  });

  it('a tariff on file decides, else the category', () => {
    expect(namesTimeOfUse('一般工商业分时电价')).toBe(true);
    expect(namesTimeOfUse('居民峰谷电价')).toBe(true);
    expect(namesTimeOfUse('居民生活阶梯电价')).toBe(false);
    const db = new Database(':memory:');
    db.exec('CREATE TABLE customers (customer_id TEXT, tariff TEXT)');
    db.prepare('INSERT INTO customers VALUES (?, ?)').run('C1', '居民峰谷电价');
    db.prepare('INSERT INTO customers VALUES (?, ?)').run('C2', '一般工商业单一制电价');
    const units = evidenceOf([{ daily: () => 1, category: 'residential' }]).units;
    const base = units[0]!;
    const on = timeOfUseUnits(db, [
      { ...base, id: 'C1', category: 'residential' }, // residential, but its tariff is peak-valley
      { ...base, id: 'C2', category: 'commercial' }, // commercial on a single-rate tariff
      { ...base, id: 'C3', category: 'commercial' }, // no tariff on file: commercial is on time-of-use
      { ...base, id: 'C4', category: 'residential' }, // no tariff on file: residential is not
      { ...base, id: 'M1', kind: 'meter', category: null },
    ]);
    expect(on).toEqual([true, false, true, false, true]);
    db.close();
  });
});

describe('load moved between periods', () => {
  it("values a flattened day at the gap between its hours' prices, before and after", () => {
    const { view } = scored([unit(9, flattened), unit(1, (d) => d)], 0);
    const tou = categoryTou('commercial');
    const shift = touShift(view, tou)!;
    // The household day without its noise: 0.3 kW, +0.6 at 7-8 h, +1.2 at 18-21 h.
    const day = Array.from({ length: 24 }, (_, h) => 0.3 + (h >= 7 && h <= 8 ? 0.6 : 0) + (h >= 18 && h <= 21 ? 1.2 : 0));
    const mean = day.reduce((s, v) => s + v, 0) / 24;
    const perDay = day.reduce((s, v, h) => s + (v - mean) * tou.hourPrice[h]!, 0);
    const peakPerDay = day.reduce((s, v, h) => s + (tou.peakHour[h] ? v - mean : 0), 0);
    expect(shift.yuan / shift.days).toBeCloseTo(perDay, 1);
    expect(shift.movedKwh / shift.days).toBeCloseTo(peakPerDay, 1);
    expect(shift.equivalentKwh).toBeCloseTo(shift.yuan / tou.flat, 6);
    // From the week of the change to the end of the year.
    expect(shift.days).toBeGreaterThanOrEqual(364 - CHANGE - 7);
    expect(shift.days).toBeLessThanOrEqual(364 - CHANGE + 7);
  });

  it('the loss counts the shift in yuan and as kWh at the flat price, and says so', () => {
    const { view, drop } = scored([unit(9, reversed), unit(1, (d) => d)], 0);
    const tou = categoryTou('commercial');
    const without = estimateLoss(view, drop, null);
    const loss = estimateLoss(view, drop, tou);
    expect(without.timeOfUse).toBeNull();
    expect(loss.timeOfUse!.yuan).toBeGreaterThan(50);
    expect(loss.yuan).toBeCloseTo(without.yuan! + loss.timeOfUse!.yuan, 6);
    expect(loss.kwh).toBeCloseTo(without.kwh + loss.timeOfUse!.equivalentKwh, 6);
    expect(loss.message).toMatch(/time-of-use shift/);
  });

  it('nothing for a steady day, or for load moved into dearer hours', () => {
    const tou = categoryTou('commercial');
    const steady = scored([unit(1, (d) => d), unit(2, (d) => d)], 0);
    expect(estimateLoss(steady.view, steady.drop, tou).timeOfUse).toBeNull();
    // A night load (valley hours) moved into the day: the customer now pays more.
    const night = Array.from({ length: 24 }, (_, h) => (h < 6 ? 2 : 0.3));
    const dayTime = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 15 ? 2 : 0.3));
    const curve = (i: number) => (i >= CHANGE ? dayTime : night);
    const units = [{ daily: (i: number) => curve(i).reduce((s, v) => s + v, 0), curve, category: 'commercial' }, unit(2, (d) => d)];
    const dearer = scored(units, 0);
    expect(dearer.view.changeDay).not.toBeNull();
    expect(estimateLoss(dearer.view, dearer.drop, tou).timeOfUse).toBeNull();
  });

  it('a meter without an archive has kWh to rank by but no yuan', () => {
    const { view, drop } = scored([unit(9, flattened), unit(1, (d) => d)], 0);
    view.unit = { ...view.unit, kind: 'meter', category: null };
    const loss = estimateLoss(view, drop, categoryTou(null));
    expect(loss.yuan).toBeNull();
    expect(loss.timeOfUse!.equivalentKwh).toBeGreaterThan(0);
    expect(loss.kwh).toBeGreaterThanOrEqual(loss.timeOfUse!.equivalentKwh);
  });
});
