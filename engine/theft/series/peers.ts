// Peers of a unit: the units of the same category, industry and transformer area, backing off
// to category and area, category and industry, then category alone while a group has fewer than
// MIN_PEERS members (units without an archive entry are each other's peers). A group's weekly
// level is the median of its members' weekly medians.
import type { ScoredUnit } from '../types.js';
import { median } from './stats.js';

export const MIN_PEERS = 8;

export interface PeerGroups {
  /** Per unit, its group's index. */
  groupOf: Int32Array;
  /** Per group, a description ('category=residential, area=TQ001'). */
  names: string[];
  sizes: number[];
  /** Per group, the weekly median level: group g, week w at g * weeks + w. */
  levels: Float64Array;
}

type KeyOf = (u: ScoredUnit) => string;
const keys: KeyOf[] = [
  (u) => `category=${u.category}, industry=${u.industry ?? ''}, area=${u.areaId ?? ''}`,
  (u) => `category=${u.category}, area=${u.areaId ?? ''}`,
  (u) => `category=${u.category}, industry=${u.industry ?? ''}`,
  (u) => `category=${u.category}`,
];

export function peerGroups(units: ScoredUnit[], weekly: Float64Array, weeks: number): PeerGroups {
  const counts = keys.map((key) => {
    const count = new Map<string, number>();
    for (const u of units) if (u.kind === 'customer') count.set(key(u), (count.get(key(u)) ?? 0) + 1);
    return count;
  });
  const index = new Map<string, number>();
  const names: string[] = [];
  const groupOf = new Int32Array(units.length);
  units.forEach((u, i) => {
    let name = 'meters without a customer';
    if (u.kind === 'customer') {
      const level = keys.findIndex((key, k) => counts[k]!.get(key(u))! >= MIN_PEERS);
      name = level >= 0 ? keys[level]!(u) : 'all customers';
    }
    let g = index.get(name);
    if (g === undefined) {
      index.set(name, (g = names.length));
      names.push(name);
    }
    groupOf[i] = g;
  });
  const members: number[][] = names.map(() => []);
  groupOf.forEach((g, i) => members[g]!.push(i));
  const levels = new Float64Array(names.length * weeks);
  const column = new Float64Array(units.length);
  members.forEach((list, g) => {
    for (let w = 0; w < weeks; w++) {
      let n = 0;
      for (const u of list) {
        const v = weekly[u * weeks + w]!;
        if (!Number.isNaN(v)) column[n++] = v;
      }
      levels[g * weeks + w] = n >= Math.min(3, list.length) && n > 0 ? median(column, n) : Number.NaN;
    }
  });
  return { groupOf, names, sizes: members.map((m) => m.length), levels };
}
