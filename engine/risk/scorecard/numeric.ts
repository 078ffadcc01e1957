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
  const present = Array.from(rows).filter((r) => !Number.isNaN(values[r]!));
  present.sort((a, b) => values[a]! - values[b]!);
  const n = present.length;
  const size = Math.max(Math.ceil(n / settings.fineBins), Math.ceil(n * settings.minShare), 1);
  const cells: Cell<number>[] = [];
  let count = 0;
  let bads = 0;
  for (let i = 0; i < n; i++) {
    const row = present[i]!;
    count++;
    bads += target[row]!;
    const value = values[row]!;
    // A bin closes once full, but never between equal values.
    if ((count >= size && (i + 1 === n || values[present[i + 1]!]! !== value)) || i + 1 === n) {
      cells.push({ count, bads, items: [value] });
      count = 0;
      bads = 0;
    }
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
