// Stratified, seeded row splits: every part keeps the whole table's bad rate (each class is
// shuffled and dealt out on its own), and the same seed gives the same rows on every machine.
import { Random } from '../../demo/random.js';

/** Row indices of each class (0, then 1), shuffled by `random`. */
function shuffledClasses(target: Uint8Array, random: Random): [number[], number[]] {
  const classes: [number[], number[]] = [[], []];
  for (let i = 0; i < target.length; i++) classes[target[i] === 1 ? 1 : 0].push(i);
  for (const rows of classes) {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
  }
  return classes;
}

function sorted(rows: number[]): Uint32Array {
  return Uint32Array.from(rows).sort();
}

/** Holds out round(share × class size) rows of each class for validation. */
export function stratifiedSplit(target: Uint8Array, validationShare: number, seed: number): { train: Uint32Array; validation: Uint32Array } {
  if (!(validationShare >= 0 && validationShare < 1)) throw new RangeError(`validationShare must be in [0, 1), not ${validationShare}`);
  const train: number[] = [];
  const validation: number[] = [];
  for (const rows of shuffledClasses(target, new Random(seed))) {
    const held = Math.round(rows.length * validationShare);
    validation.push(...rows.slice(0, held));
    train.push(...rows.slice(held));
  }
  return { train: sorted(train), validation: sorted(validation) };
}

/**
 * k folds' validation rows (each row in exactly one fold). Classes are dealt round-robin, the
 * bads continuing where the goods stopped, so fold sizes differ by at most one.
 */
export function stratifiedFolds(target: Uint8Array, k: number, seed: number): Uint32Array[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be an integer >= 2, not ${k}`);
  const folds: number[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const rows of shuffledClasses(target, new Random(seed))) {
    for (const row of rows) {
      folds[next]!.push(row);
      next = (next + 1) % k;
    }
  }
  return folds.map(sorted);
}

/** The rows of 0..n-1 not in `held` (sorted): a fold's training rows. */
export function complement(n: number, held: Uint32Array): Uint32Array {
  const out = new Uint32Array(n - held.length);
  let h = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    if (h < held.length && held[h] === i) h++;
    else out[o++] = i;
  }
  return out;
}
