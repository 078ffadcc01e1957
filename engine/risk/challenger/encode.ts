// The challenger's view of a feature table: one number per feature and row. Numeric features
// pass through raw, a missing value becoming a sentinel below everything seen in training (so
// a tree can send it its own way). Categorical features are target-encoded on the training
// rows only: each level's bad rate, smoothed towards the overall rate by SMOOTHING rows; the
// training rows themselves get out-of-fold encodings (their own outcome never in their value),
// which keeps trees from trusting rare levels that merely remember their rows.
import type { FeatureColumn, FeatureTable } from '../model/types.js';
import { complement, stratifiedFolds } from '../validation/split.js';

const SMOOTHING = 20;
const OUT_OF_FOLD = 5;

export type FeatureEncoder =
  | { name: string; kind: 'numeric'; missing: number }
  | { name: string; kind: 'categorical'; prior: number; levels: Record<string, number>; missing: number };

/** Key of a missing category among the levels (a cell is never this after trimming). */
const MISSING = '\u0000missing';

function levelOf(value: string | null): string {
  return value === null ? MISSING : value;
}

/** Smoothed bad rate of each level over `rows`. */
function levelRates(values: (string | null)[], target: Uint8Array, rows: ArrayLike<number>, prior: number): Map<string, number> {
  const counts = new Map<string, { n: number; bads: number }>();
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const key = levelOf(values[i]!);
    const c = counts.get(key) ?? { n: 0, bads: 0 };
    c.n++;
    c.bads += target[i]!;
    counts.set(key, c);
  }
  const rates = new Map<string, number>();
  for (const [key, c] of counts) rates.set(key, (c.bads + SMOOTHING * prior) / (c.n + SMOOTHING));
  return rates;
}

function badRate(target: Uint8Array, rows: ArrayLike<number>): number {
  let bads = 0;
  for (let k = 0; k < rows.length; k++) bads += target[rows[k]!]!;
  return rows.length ? bads / rows.length : 0;
}

export function fitEncoders(table: FeatureTable, target: Uint8Array, rows: Uint32Array): FeatureEncoder[] {
  const prior = badRate(target, rows);
  return table.columns.map((column): FeatureEncoder => {
    if (column.kind === 'numeric') {
      let min = Infinity;
      for (let k = 0; k < rows.length; k++) {
        const v = column.values[rows[k]!]!;
        if (v < min) min = v;
      }
      return { name: column.name, kind: 'numeric', missing: Number.isFinite(min) ? min - 1 - Math.abs(min) : -1 };
    }
    const rates = levelRates(column.values, target, rows, prior);
    const levels: Record<string, number> = {};
    for (const [key, rate] of rates) if (key !== MISSING) levels[key] = rate;
    return { name: column.name, kind: 'categorical', prior, levels, missing: rates.get(MISSING) ?? prior };
  });
}

/** The encoded values of `rows` (every row when null), in that order. */
function encodeColumn(encoder: FeatureEncoder, column: FeatureColumn, rows: Uint32Array | null): Float64Array {
  const n = rows ? rows.length : column.values.length;
  const out = new Float64Array(n);
  if (encoder.kind === 'numeric') {
    if (column.kind !== 'numeric') throw new Error(`The column ${encoder.name} must be numeric: the challenger model was trained on numbers there.`);
    for (let k = 0; k < n; k++) {
      const v = column.values[rows ? rows[k]! : k]!;
      out[k] = v === v ? v : encoder.missing;
    }
    return out;
  }
  // A numeric column where the model saw categories: its numbers are read as category text.
  const levels = new Map(Object.entries(encoder.levels));
  const values = column.values;
  for (let k = 0; k < n; k++) {
    const v = values[rows ? rows[k]! : k];
    out[k] = v === null || (typeof v === 'number' && v !== v) ? encoder.missing : (levels.get(String(v)) ?? encoder.prior);
  }
  return out;
}

function columnFor(table: FeatureTable, name: string): FeatureColumn {
  const column = table.columns.find((c) => c.name === name);
  if (!column) throw new Error(`The table has no column ${name}, which the challenger model reads.`);
  return column;
}

/** Every row of `table` encoded for scoring: columns[f][i]. */
export function encodeTable(encoders: FeatureEncoder[], table: FeatureTable): Float64Array[] {
  return encoders.map((e) => encodeColumn(e, columnFor(table, e.name), null));
}

/**
 * The training rows encoded for training: numeric as for scoring, categorical out of fold
 * (each fold's rows by the rates of the other folds). columns[f][k] is row rows[k].
 */
export function encodeTraining(encoders: FeatureEncoder[], table: FeatureTable, target: Uint8Array, rows: Uint32Array, seed: number): Float64Array[] {
  const local = new Uint8Array(rows.length);
  for (let k = 0; k < rows.length; k++) local[k] = target[rows[k]!]!;
  const folds = rows.length >= 2 * OUT_OF_FOLD ? stratifiedFolds(local, OUT_OF_FOLD, seed) : [];
  return encoders.map((encoder) => {
    const column = columnFor(table, encoder.name);
    const encoded = encodeColumn(encoder, column, rows);
    if (encoder.kind === 'numeric' || column.kind !== 'categorical') return encoded;
    for (const fold of folds) {
      const others = complement(rows.length, fold);
      const otherRows = Array.from(others, (k) => rows[k]!);
      const prior = badRate(target, otherRows);
      const rates = levelRates(column.values, target, otherRows, prior);
      for (let j = 0; j < fold.length; j++) {
        const k = fold[j]!;
        encoded[k] = rates.get(levelOf(column.values[rows[k]!]!)) ?? prior;
      }
    }
    return encoded;
  });
}
