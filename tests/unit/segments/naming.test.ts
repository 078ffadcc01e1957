// The naming rules on hand-made centroids (hourly values, any scale: the rules use shares).
import { describe, expect, it } from 'vitest';
import { clusterName, shapeFacts } from '../../../engine/segments/naming.js';
import { bump } from './synthetic.js';

const hours = (f: (h: number) => number) => Array.from({ length: 24 }, (_, h) => f(h));

describe('clusterName', () => {
  it.each([
    ['flat', hours(() => 5)],
    ['flat', hours((h) => (h % 2 === 0 ? 1.1 : 0.9))],
    ['night_load', hours((h) => (h >= 22 || h < 6 ? 3 : 1))],
    ['daytime_flat', hours((h) => (h >= 8 && h < 18 ? 3 : 1))],
    ['extended_hours', hours((h) => (h >= 8 && h < 22 ? 3 : 0.5))],
    ['evening_peak', bump(20)],
    ['morning_peak', bump(7)],
    ['double_peak', hours((_h) => 1).map((v, h) => v + bump(7, 2)[h]! + bump(19, 2.2)[h]! - 2)],
    ['evening_peak', hours((_h) => 1).map((v, h) => v + bump(7, 0.6)[h]! + bump(19, 3)[h]! - 2)],
    ['night_load', bump(2)],
  ])('names %s', (name, centroid) => {
    expect(clusterName(centroid)).toBe(name);
  });

  it('states the facts it names by', () => {
    const facts = shapeFacts(hours((h) => (h === 19 ? 25 : 1)));
    expect(facts.peakHour).toBe(19);
    expect(facts.peakToMean).toBeCloseTo((25 * 24) / 48, 10);
    expect(facts.dayShare).toBeCloseTo(10 / 48, 10);
    expect(facts.nightShare).toBeCloseTo(8 / 48, 10);
  });
});
