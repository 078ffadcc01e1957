// Synthetic profiles for the segmentation tests: rows of 24 hourly shares drawn around given
// shapes with Gaussian noise, each row renormalised to sum 1, and the shape each came from.
import { Random } from '../../../engine/demo/random.js';

export const HOURS = 24;

/** A shape with a bump of `height` × the base around `hour` (hours wrap round midnight). */
export function bump(hour: number, height = 3, width = 2): number[] {
  return Array.from({ length: HOURS }, (_, h) => {
    const dist = Math.min(Math.abs(h - hour), HOURS - Math.abs(h - hour));
    return 1 + height * Math.exp(-(dist * dist) / (2 * width * width));
  });
}

export function normalised(values: number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  return values.map((v) => v / total);
}

export function drawProfiles(shapes: number[][], perShape: number, noise: number, seed = 7): { data: Float32Array; truth: Int32Array } {
  const rng = new Random(seed);
  const n = shapes.length * perShape;
  const data = new Float32Array(n * HOURS);
  const truth = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = i % shapes.length;
    truth[i] = s;
    const row = normalised(shapes[s]!.map((v) => Math.max(0.01, v * (1 + rng.normal(0, noise)))));
    data.set(row, i * HOURS);
  }
  return { data, truth };
}

/** Whether two labellings are the same partition (equal up to renaming the clusters). */
export function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((ab.get(a[i]!) ?? b[i]) !== b[i] || (ba.get(b[i]!) ?? a[i]) !== a[i]) return false;
    ab.set(a[i]!, b[i]!);
    ba.set(b[i]!, a[i]!);
  }
  return true;
}
