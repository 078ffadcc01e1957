// Time-of-use savings and demand-response potential on hand-made load shapes, with prices whose
// arithmetic can be followed by hand: peak 1.0 (hours 8-20), valley 0.3 (0-8), flat 0.6 (20-24).
import { describe, expect, it } from 'vitest';
import type { TouPrices } from '../../../engine/api/customersTypes.js';
import { demandResponse } from '../../../engine/customers/demandResponse.js';
import { defaultPrices, hourKinds } from '../../../engine/customers/prices.js';
import { touSavings } from '../../../engine/customers/savings.js';

const prices: TouPrices = { peak: 1, flat: 0.6, valley: 0.3, peakHours: [[8, 20]], valleyHours: [[0, 8]] };
const shape = (kw: (h: number) => number) => Array.from({ length: 24 }, (_, h) => kw(h));

describe('time-of-use savings', () => {
  it('prices each hour as the ranges say', () => {
    const kinds = hourKinds(prices);
    expect([kinds[0], kinds[7], kinds[8], kinds[19], kinds[20], kinds[23]]).toEqual(['valley', 'valley', 'peak', 'peak', 'flat', 'flat']);
  });

  it('a night load saves on time-of-use, a day load pays more', () => {
    const night = touSavings(shape((h) => (h < 8 ? 2 : 0)), prices, 0);
    expect(night.dailyKwh).toBeCloseTo(16);
    expect(night.flatYuan).toBeCloseTo(16 * 0.6 * 365);
    expect(night.touYuan).toBeCloseTo(16 * 0.3 * 365);
    expect(night.savingYuan).toBeCloseTo(16 * 0.3 * 365);
    const day = touSavings(shape((h) => (h >= 8 && h < 20 ? 1 : 0)), prices, 0);
    expect(day.peakKwh).toBeCloseTo(12);
    expect(day.savingYuan).toBeCloseTo(-12 * 0.4 * 365);
  });

  it('the shift scenario moves its share of peak energy to the valley price', () => {
    const flat = shape(() => 1);
    const none = touSavings(flat, prices, 0);
    const fifth = touSavings(flat, prices, 0.2);
    // 24 kWh a day: 8 valley, 12 peak, 4 flat; 20 % of 12 peak kWh moved saves 0.7 yuan each.
    expect(none.touYuan).toBeCloseTo((8 * 0.3 + 12 * 1 + 4 * 0.6) * 365);
    expect(none.touYuan - fifth.shiftedYuan).toBeCloseTo(0.2 * 12 * 0.7 * 365);
    expect(fifth.savingYuan - none.savingYuan).toBeCloseTo(0.2 * 12 * 0.7 * 365);
  });

  it('moves nothing when no valley hours are declared', () => {
    const noValley = { ...prices, valleyHours: [] };
    const r = touSavings(shape(() => 1), noValley, 0.5);
    expect(r.shiftedYuan).toBeCloseTo(r.touYuan);
  });

  it('reads each category’s prices and hours from prices.json', () => {
    const residential = defaultPrices('residential');
    expect(residential.peakHours).toEqual([[8, 22]]);
    expect(residential.valley).toBeLessThan(residential.peak);
    expect(defaultPrices('no such category')).toEqual(defaultPrices('other'));
  });
});

describe('demand-response potential', () => {
  it('is the peak-hour load above the quietest hours’ base', () => {
    // Base 0.5 kW all day, 3 kW more from 17 to 20 (peak hours 17, 18, 19).
    const evening = shape((h) => 0.5 + (h >= 17 && h < 20 ? 3 : 0));
    const r = demandResponse(evening, prices);
    expect(r.baseKw).toBeCloseTo(0.5);
    expect(r.drKw).toBeCloseTo(3);
    expect(r.drKwhPerDay).toBeCloseTo(9);
  });

  it('counts no potential in a flat load or one outside peak hours', () => {
    expect(demandResponse(shape(() => 2), prices).drKw).toBe(0);
    const lateEvening = demandResponse(shape((h) => (h >= 20 ? 5 : 1)), prices);
    expect(lateEvening.drKwhPerDay).toBe(0);
  });
});
