// 100,000 synthetic load profiles for the segmentation benchmark: each drawn from one of the
// demo's six day patterns (engine/demo/shapes.ts: home, leisure, office, works, process, farm),
// its working or rest day, blended with up to 30 % cooling or heating load as the demo blends
// them, with 10 % multiplicative noise per hour, as 24 hourly shares summing to 1.
import { Random } from '../../../engine/demo/random.js';
import { POINTS, shapes } from '../../../engine/demo/shapes.js';
import type { DayPattern } from '../../../engine/demo/region.js';

export const HOURS = 24;
export const patterns = Object.keys(shapes) as DayPattern[];

function hourly(quarters: Float64Array): number[] {
  const out = new Array<number>(HOURS).fill(0);
  for (let q = 0; q < POINTS; q++) out[Math.floor(q / 4)]! += quarters[q]!;
  return out;
}

export function syntheticProfiles(n: number, seed: number): { values: Float32Array; truth: Int32Array } {
  const rng = new Random(seed);
  const values = new Float32Array(n * HOURS);
  const truth = new Int32Array(n);
  const sets = patterns.map((p) => {
    const s = shapes[p];
    return { working: hourly(s.working), rest: hourly(s.rest), cooling: hourly(s.cooling), heating: hourly(s.heating) };
  });
  const row = new Float64Array(HOURS);
  for (let i = 0; i < n; i++) {
    const p = rng.int(0, patterns.length - 1);
    truth[i] = p;
    const set = sets[p]!;
    const base = rng.chance(0.8) ? set.working : set.rest;
    const extra = rng.chance(0.5) ? set.cooling : set.heating;
    const share = rng.uniform(0, 0.3);
    let total = 0;
    for (let h = 0; h < HOURS; h++) {
      const v = ((1 - share) * base[h]! + share * extra[h]!) * Math.max(0.05, 1 + rng.normal(0, 0.1));
      row[h] = v;
      total += v;
    }
    for (let h = 0; h < HOURS; h++) values[i * HOURS + h] = row[h]! / total;
  }
  return { values, truth };
}

/** The adjusted Rand index (Hubert & Arabie 1985) of two labellings: 1 identical partitions, about 0 chance agreement. */
export function adjustedRand(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const table = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]},${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  const pairs = (x: number) => (x * (x - 1)) / 2;
  let index = 0;
  for (const v of table.values()) index += pairs(v);
  let sumRows = 0;
  for (const v of rows.values()) sumRows += pairs(v);
  let sumCols = 0;
  for (const v of cols.values()) sumCols += pairs(v);
  const expected = (sumRows * sumCols) / pairs(n);
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
