// Peer comparison, as the home energy reports do it ("you use more than 80 % of similar
// neighbours"): a customer's daily kWh placed among similar customers'. Similar: the same load
// shape cluster where a segmentation ran, else the same category in the same area, else the
// same category; a group counts only with MIN_PEERS others in it.
export const MIN_PEERS = 5;

export type PeerGroup = 'segment' | 'category_area' | 'category';

export interface PeerUnit {
  customerId: string;
  category: string;
  areaId: string | null;
  segment: string | null;
  dailyKwh: number;
}

export interface PeerPlace {
  percentile: number | null;
  group: PeerGroup | null;
  peers: number;
}

/** Percentile (0..100) of a value among others: the share below it, ties counted half. */
export function percentileAmong(value: number, others: number[]): number {
  let below = 0;
  let equal = 0;
  for (const v of others) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return (100 * (below + equal / 2)) / others.length;
}

/** The first index in sorted values whose value is not below (strict: not at or below) the value. */
function bound(sorted: Float64Array, value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value || (strict && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every unit's place among its peers (itself left out of them). */
export function peerPlaces(units: PeerUnit[]): Map<string, PeerPlace> {
  const lists = new Map<string, number[]>();
  const keysOf = (u: PeerUnit): [PeerGroup, string][] => {
    const keys: [PeerGroup, string][] = [];
    if (u.segment !== null) keys.push(['segment', `s|${u.category}|${u.segment}`]);
    if (u.areaId !== null) keys.push(['category_area', `a|${u.category}|${u.areaId}`]);
    keys.push(['category', `c|${u.category}`]);
    return keys;
  };
  for (const u of units) {
    for (const [, key] of keysOf(u)) {
      let values = lists.get(key);
      if (!values) lists.set(key, (values = []));
      values.push(u.dailyKwh);
    }
  }
  const sorted = new Map([...lists].map(([key, values]) => [key, Float64Array.from(values).sort()]));
  const places = new Map<string, PeerPlace>();
  for (const u of units) {
    let place: PeerPlace = { percentile: null, group: null, peers: 0 };
    for (const [group, key] of keysOf(u)) {
      const values = sorted.get(key)!;
      const peers = values.length - 1;
      if (peers < MIN_PEERS) continue;
      const below = bound(values, u.dailyKwh, false);
      const equal = bound(values, u.dailyKwh, true) - below - 1;
      place = { percentile: (100 * (below + equal / 2)) / peers, group, peers };
      break;
    }
    places.set(u.customerId, place);
  }
  return places;
}
