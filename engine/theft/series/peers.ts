// Peers of a unit: the units of the same category, industry and transformer area, backing off
// to category and area, category and industry, then category alone while a group has fewer than
// MIN_PEERS members (units without an archive entry are each other's peers). A group's weekly
// level is the median of its members' weekly medians; on a history too short for weeks, its
// daily level is the median of its members' days.
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
  /** Per group, the daily median level (group g, day i at g * days + i), when daily values were given. */
  dayLevels: Float64Array | null;
}

type KeyOf = (u: ScoredUnit) => string;
const keys: KeyOf[] = [
  (u) => `category=${u.category}, industry=${u.industry ?? ''}, area=${u.areaId ?? ''}`,
  (u) => `category=${u.category}, area=${u.areaId ?? ''}`,
  (u) => `category=${u.category}, industry=${u.industry ?? ''}`,
  (u) => `category=${u.category}`,
];

/** `daily` (units x days, as evidence/daily.ts reads it): also the groups' daily levels. */
export function peerGroups(units: ScoredUnit[], weekly: Float64Array, weeks: number, daily?: { values: Float32Array; days: number }): PeerGroups {
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
  const levels = groupMedians(members, weekly, weeks);
  const dayLevels = daily ? groupMedians(members, daily.values, daily.days) : null;
  return { groupOf, names, sizes: members.map((m) => m.length), levels, dayLevels };
}

/** Per group and period, the median of its members' known values (NaN with fewer than 3 known, or than all of a smaller group). */
function groupMedians(members: number[][], values: ArrayLike<number>, periods: number): Float64Array {
  const levels = new Float64Array(members.length * periods);
  const column = new Float64Array(Math.max(0, ...members.map((m) => m.length)));
  members.forEach((list, g) => {
    for (let p = 0; p < periods; p++) {
      let n = 0;
      for (const u of list) {
        const v = values[u * periods + p]!;
        if (!Number.isNaN(v)) column[n++] = v;
      }
      levels[g * periods + p] = n >= Math.min(3, list.length) && n > 0 ? median(column, n) : Number.NaN;
    }
  });
  return levels;
}
