// Grouping a categorical feature's values on the training rows: categories under minShare of the
// rows are pooled into one group, the groups are ordered by bad rate and neighbours merged to the
// limits (each holding both classes, at most maxBins, alike neighbours together).
import { mergeToLimits, type Cell } from './merge.js';
import type { BinningSettings } from './settings.js';
import { badRate } from './woe.js';

function categoryCounts(values: (string | null)[], target: Uint8Array, rows: Uint32Array): Map<string, Cell<string>> {
  const counts = new Map<string, Cell<string>>();
  for (const row of rows) {
    const value = values[row];
    if (value === null || value === undefined) continue;
    let cell = counts.get(value);
    if (!cell) counts.set(value, (cell = { count: 0, bads: 0, items: [value] }));
    cell.count++;
    cell.bads += target[row]!;
  }
  return counts;
}

export function categoryCells(values: (string | null)[], target: Uint8Array, rows: Uint32Array, settings: BinningSettings): Cell<string>[] {
  const counts = categoryCounts(values, target, rows);
  const total = [...counts.values()].reduce((s, c) => s + c.count, 0);
  const minCount = Math.ceil(total * settings.minCategoryShare);
  const cells: Cell<string>[] = [];
  const rare: Cell<string> = { count: 0, bads: 0, items: [] };
  for (const cell of [...counts.values()].sort((a, b) => (a.items[0]! < b.items[0]! ? -1 : 1))) {
    if (cell.count >= minCount) cells.push(cell);
    else {
      rare.count += cell.count;
      rare.bads += cell.bads;
      rare.items.push(...cell.items);
    }
  }
  if (rare.count > 0) cells.push(rare);
  cells.sort((a, b) => badRate(a) - badRate(b) || b.count - a.count);
  return mergeToLimits(cells, { maxBins: settings.maxBins, minCount, minChiSquare: settings.minChiSquare });
}

/** The analyst's groups over the training rows; categories seen but in no group form one more. */
export function groupCells(values: (string | null)[], target: Uint8Array, rows: Uint32Array, groups: string[][]): Cell<string>[] {
  const counts = categoryCounts(values, target, rows);
  const cells: Cell<string>[] = [];
  const grouped = new Set<string>();
  for (const group of groups) {
    const cell: Cell<string> = { count: 0, bads: 0, items: [] };
    for (const value of group) {
      if (grouped.has(value)) continue;
      grouped.add(value);
      cell.items.push(value);
      cell.count += counts.get(value)?.count ?? 0;
      cell.bads += counts.get(value)?.bads ?? 0;
    }
    if (cell.items.length > 0) cells.push(cell);
  }
  const rest: Cell<string> = { count: 0, bads: 0, items: [] };
  for (const [value, cell] of counts) {
    if (grouped.has(value)) continue;
    rest.items.push(value);
    rest.count += cell.count;
    rest.bads += cell.bads;
  }
  rest.items.sort();
  if (rest.items.length > 0) cells.push(rest);
  return cells;
}
