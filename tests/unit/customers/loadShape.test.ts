import { describe, expect, it } from 'vitest';
import { hourlyKw } from '../../../engine/customers/loadShape.js';

describe('hourly kW of a meter-day', () => {
  it('averages each hour’s points, missing ones left out', () => {
    const kw = Float32Array.from({ length: 96 }, (_, i) => Math.floor(i / 4));
    kw[1] = Number.NaN;
    const hours = hourlyKw(kw)!;
    expect(hours[0]).toBe(0);
    expect(hours[23]).toBe(23);
    const half = Float32Array.from({ length: 48 }, (_, i) => (i % 2 === 0 ? 1 : 3));
    expect([...hourlyKw(half)!]).toEqual(Array(24).fill(2));
  });

  it('gives no hours when an hour has no value or the points do not divide into hours', () => {
    const kw = new Float32Array(24).fill(1);
    kw[5] = Number.NaN;
    expect(hourlyKw(kw)).toBeNull();
    expect(hourlyKw(new Float32Array(30))).toBeNull();
  });
});
