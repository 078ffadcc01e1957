import { describe, expect, it } from 'vitest';
import { relativeToGroup } from '../../../../engine/risk/workspace/features/seasonal.js';

describe('bill against history, relative to the category', () => {
  it('divides each ratio by its category median, so a season every customer shares cancels out', () => {
    const winter = Float64Array.from([1.4, 1.5, 1.6, 3.0, 0.9, 1.0, NaN]);
    relativeToGroup(winter, ['residential', 'residential', 'residential', 'residential', 'commercial', 'commercial', 'residential']);
    // residential median of 1.4, 1.5, 1.6, 3.0 is 1.55; commercial median 0.95
    expect(winter[0]).toBeCloseTo(1.4 / 1.55, 10);
    expect(winter[3]).toBeCloseTo(3.0 / 1.55, 10);
    expect(winter[4]).toBeCloseTo(0.9 / 0.95, 10);
    expect(winter[6]).toBeNaN();
  });

  it('groups customers without a category together and leaves a group whose median is not positive as it is', () => {
    const values = Float64Array.from([2, 4, 0, 0, 0]);
    relativeToGroup(values, [null, null, 'x', 'x', 'x']);
    expect([...values]).toEqual([2 / 3, 4 / 3, 0, 0, 0]);
  });
});
