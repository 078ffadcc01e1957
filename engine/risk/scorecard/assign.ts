// Which bin a value falls in. Compiled once per binning (the intervals' upper bounds for a binary
// search, a Map of categories) so that scoring a million rows does no per-row work beyond the
// lookups. A value the training rows never showed (a new category, a missing value where none was
// missing in training) falls in the feature's largest bin: the typical customer's, neither
// rewarded nor punished for what the model cannot judge.
import type { FeatureBinning, FeatureColumn } from '../model/types.js';

export interface BinLookup {
  kind: 'numeric' | 'categorical';
  /** Numeric: the intervals' upper bounds, ascending (the last interval is unbounded). */
  uppers: Float64Array;
  /** Numeric: the bin index of each interval, in the same order. */
  intervalBins: Int32Array;
  categories: Map<string, number>;
  missingBin: number;
  fallbackBin: number;
}

const compiled = new WeakMap<FeatureBinning, BinLookup>();

export function binLookup(binning: FeatureBinning): BinLookup {
  const cached = compiled.get(binning);
  if (cached) return cached;
  const intervals: { upper: number; bin: number }[] = [];
  const categories = new Map<string, number>();
  let missingBin = -1;
  let fallbackBin = 0;
  binning.bins.forEach((bin, i) => {
    if (bin.count > binning.bins[fallbackBin]!.count) fallbackBin = i;
    if (bin.range.type === 'interval') intervals.push({ upper: bin.range.upper ?? Infinity, bin: i });
    else if (bin.range.type === 'categories') for (const value of bin.range.values) categories.set(value, i);
    else missingBin = i;
  });
  intervals.sort((a, b) => a.upper - b.upper);
  const lookup: BinLookup = {
    kind: binning.kind,
    uppers: Float64Array.from(intervals, (v) => v.upper),
    intervalBins: Int32Array.from(intervals, (v) => v.bin),
    categories,
    missingBin: missingBin >= 0 ? missingBin : fallbackBin,
    fallbackBin,
  };
  compiled.set(binning, lookup);
  return lookup;
}

/** The interval holding x: the first whose upper bound is at or above it. */
function intervalBin(lookup: BinLookup, x: number): number {
  let lo = 0;
  let hi = lookup.uppers.length - 1;
  if (hi < 0) return lookup.fallbackBin;
  if (x > lookup.uppers[hi]!) return lookup.intervalBins[hi]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lookup.uppers[mid]! >= x) hi = mid;
    else lo = mid + 1;
  }
  return lookup.intervalBins[lo]!;
}

function numericBin(lookup: BinLookup, x: number): number {
  return Number.isNaN(x) ? lookup.missingBin : intervalBin(lookup, x);
}

function categoryBin(lookup: BinLookup, value: string | null): number {
  return value === null ? lookup.missingBin : (lookup.categories.get(value) ?? lookup.fallbackBin);
}

/** Text read as a number the way a numeric column is ('' and words are missing). */
function asNumber(value: string | null): number {
  if (value === null || value.trim() === '') return NaN;
  const x = Number(value);
  return Number.isFinite(x) ? x : NaN;
}

export function binIndex(binning: FeatureBinning, value: number | string | null): number {
  const lookup = binLookup(binning);
  if (lookup.kind === 'numeric') return numericBin(lookup, typeof value === 'number' ? value : asNumber(value));
  return categoryBin(lookup, typeof value === 'number' ? (Number.isNaN(value) ? null : String(value)) : value);
}

/**
 * Each row's bin index for a whole column. A column read with the other kind (a category coded in
 * digits that a scoring file's reader took for numbers) is converted value by value.
 */
export function binColumn(binning: FeatureBinning, column: FeatureColumn): Int32Array {
  const lookup = binLookup(binning);
  const n = column.values.length;
  const out = new Int32Array(n);
  if (column.kind === 'numeric') {
    const values = column.values;
    if (lookup.kind === 'numeric') for (let i = 0; i < n; i++) out[i] = numericBin(lookup, values[i]!);
    else for (let i = 0; i < n; i++) out[i] = categoryBin(lookup, Number.isNaN(values[i]!) ? null : String(values[i]!));
  } else {
    const values = column.values;
    if (lookup.kind === 'categorical') for (let i = 0; i < n; i++) out[i] = categoryBin(lookup, values[i] ?? null);
    else for (let i = 0; i < n; i++) out[i] = numericBin(lookup, asNumber(values[i] ?? null));
  }
  return out;
}
