// Stratified k-fold assignment: each label's texts dealt round the folds in a seeded random
// order, so every fold holds each label in about the same share.
import { Random } from '../demo/random.js';

export function stratifiedFolds(y: Int32Array, k: number, seed: number): Int32Array {
  const rng = new Random(seed);
  const fold = new Int32Array(y.length);
  const byLabel = new Map<number, number[]>();
  y.forEach((l, i) => {
    const list = byLabel.get(l) ?? [];
    list.push(i);
    byLabel.set(l, list);
  });
  let start = 0;
  for (const rows of byLabel.values()) {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    // Continue dealing where the previous label stopped, so small labels do not all start at fold 0.
    rows.forEach((row, r) => (fold[row] = (start + r) % k));
    start = (start + rows.length) % k;
  }
  return fold;
}

export function pick<T>(items: T[], rows: number[]): T[] {
  return rows.map((r) => items[r]);
}
