// Optimal monotonic binning of a numeric feature on the training rows: fine quantile bins (ties
// kept together, each at least minShare of the rows), pooled until the bad rate runs one way,
// then merged to the limits; of the increasing and decreasing runs, the one keeping more IV wins.
import { mergeToLimits, monotonic, type Cell } from './merge.js';
import type { BinningSettings } from './settings.js';
import { woeIv } from './woe.js';

/** Cells of upper bounds: each cell's last item is the largest value it holds. */
export interface NumericCells {
  cells: Cell<number>[];
  trend: 'increasing' | 'decreasing' | 'none';
}

export function fineCells(values: Float64Array, target: Uint8Array, rows: Uint32Array, settings: BinningSettings): Cell<number>[] {
  // The values of all rows and of the bad rows, each sorted natively (typed arrays: no
  // comparator calls); a bin's bads are then the bad values up to its upper bound.
  let n = 0;
  let badCount = 0;
  for (const row of rows) {
    if (Number.isNaN(values[row]!)) continue;
    n++;
    badCount += target[row]!;
  }
  const sorted = new Float64Array(n);
  const badValues = new Float64Array(badCount);
  let k = 0;
  let b = 0;
  for (const row of rows) {
    const value = values[row]!;
    if (Number.isNaN(value)) continue;
    sorted[k++] = value;
    if (target[row]) badValues[b++] = value;
  }
  sorted.sort();
  badValues.sort();
  const size = Math.max(Math.ceil(n / settings.fineBins), Math.ceil(n * settings.minShare), 1);
  const cells: Cell<number>[] = [];
  let start = 0;
  let badsBefore = 0;
  for (let i = 0; i < n; i++) {
    const value = sorted[i]!;
    // A bin closes once full, but never between equal values.
    if (i + 1 < n && (i + 1 - start < size || sorted[i + 1] === value)) continue;
    let badsUpTo = badsBefore;
    while (badsUpTo < badCount && badValues[badsUpTo]! <= value) badsUpTo++;
    cells.push({ count: i + 1 - start, bads: badsUpTo - badsBefore, items: [value] });
    start = i + 1;
    badsBefore = badsUpTo;
  }
  const last = cells[cells.length - 1];
  if (last && cells.length > 1 && last.count < size) {
    const prev = cells[cells.length - 2]!;
    cells.splice(cells.length - 2, 2, { count: prev.count + last.count, bads: prev.bads + last.bads, items: [...prev.items, ...last.items] });
  }
  return cells;
}

export function monotonicCells(fine: Cell<number>[], settings: BinningSettings, rowsWithValue: number): NumericCells {
  const limits = { maxBins: settings.maxBins, minCount: Math.ceil(rowsWithValue * settings.minShare), minChiSquare: settings.minChiSquare };
  let best: NumericCells = { cells: fine.length > 0 ? mergeToLimits(fine, { ...limits, maxBins: 1 }) : [], trend: 'none' };
  let bestIv = -1;
  for (const direction of ['increasing', 'decreasing'] as const) {
    const cells = mergeToLimits(monotonic(fine, direction), limits);
    const iv = woeIv(cells).total;
    if (cells.length > 1 && iv > bestIv) {
      best = { cells, trend: direction };
      bestIv = iv;
    }
  }
  return best;
}

/** The analyst's cut points (upper bounds, ascending) as cells over the training rows. */
export function cutCells(values: Float64Array, target: Uint8Array, rows: Uint32Array, cuts: number[]): Cell<number>[] {
  const uppers = [...new Set(cuts)].sort((a, b) => a - b);
  const cells: Cell<number>[] = [...uppers, Infinity].map((u) => ({ count: 0, bads: 0, items: [u] }));
  for (const row of rows) {
    const value = values[row]!;
    if (Number.isNaN(value)) continue;
    let i = 0;
    while (i < uppers.length && value > uppers[i]!) i++;
    cells[i]!.count++;
    cells[i]!.bads += target[row]!;
  }
  return cells;
}
