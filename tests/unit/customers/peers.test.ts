import { describe, expect, it } from 'vitest';
import { MIN_PEERS, peerPlaces, percentileAmong, type PeerUnit } from '../../../engine/customers/peers.js';

const unit = (customerId: string, dailyKwh: number, extra: Partial<PeerUnit> = {}): PeerUnit => ({
  customerId,
  category: 'residential',
  areaId: 'A1',
  segment: null,
  dailyKwh,
  ...extra,
});

describe('peer percentiles', () => {
  it('counts the share below, ties half', () => {
    expect(percentileAmong(5, [1, 2, 3, 4])).toBe(100);
    expect(percentileAmong(0, [1, 2, 3, 4])).toBe(0);
    expect(percentileAmong(3, [1, 3, 5, 7])).toBe(37.5);
  });

  it('places a customer among its area’s customers of its category, itself left out', () => {
    const units = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((kwh) => unit(`C${kwh}`, kwh));
    const places = peerPlaces(units);
    expect(places.get('C10')).toEqual({ percentile: 100, group: 'category_area', peers: 9 });
    expect(places.get('C1')!.percentile).toBe(0);
    expect(places.get('C9')!.percentile).toBeCloseTo((100 * 8) / 9);
  });

  it('prefers the segment, and falls back to the category when a group is too small', () => {
    const units = [
      ...Array.from({ length: MIN_PEERS + 1 }, (_, i) => unit(`S${i}`, 10 + i, { segment: 'evening_peak', areaId: `X${i}` })),
      unit('LONE', 3, { areaId: 'ALONE' }),
    ];
    const places = peerPlaces(units);
    expect(places.get('S0')).toMatchObject({ group: 'segment', peers: MIN_PEERS, percentile: 0 });
    expect(places.get('LONE')).toMatchObject({ group: 'category', peers: MIN_PEERS + 1, percentile: 0 });
  });

  it('gives no percentile with too few peers', () => {
    const places = peerPlaces([unit('A', 1), unit('B', 2), unit('C', 3)]);
    expect(places.get('A')).toEqual({ percentile: null, group: null, peers: 0 });
  });
});
