// Merging adjacent bins: the pool-adjacent-violators pass that makes the bad rate monotonic, and
// the merges that follow until every bin holds both classes and there are few enough bins. A
// cell carries the items it pools (numeric upper bounds, or categories) in order.
import { badRate, type ClassCounts } from './woe.js';

export interface Cell<T> extends ClassCounts {
  items: T[];
}

function joined<T>(a: Cell<T>, b: Cell<T>): Cell<T> {
  return { count: a.count + b.count, bads: a.bads + b.bads, items: [...a.items, ...b.items] };
}

/** Pools neighbours until the bad rate strictly rises (or falls) from cell to cell. */
export function monotonic<T>(cells: readonly Cell<T>[], direction: 'increasing' | 'decreasing'): Cell<T>[] {
  const stack: Cell<T>[] = [];
  for (const cell of cells) {
    stack.push(cell);
    while (stack.length >= 2) {
      const prev = stack[stack.length - 2]!;
      const last = stack[stack.length - 1]!;
      const ordered = direction === 'increasing' ? badRate(prev) < badRate(last) : badRate(prev) > badRate(last);
      if (ordered) break;
      stack.splice(stack.length - 2, 2, joined(prev, last));
    }
  }
  return stack;
}

/**
 * Pearson's chi-square of two neighbours' 2×2 table (bin × class): how different their bad rates
 * are given their sizes. The pair with the smallest is the cheapest to merge (ChiMerge).
 */
export function chiSquare(a: ClassCounts, b: ClassCounts): number {
  const n = a.count + b.count;
  const bads = a.bads + b.bads;
  const goods = n - bads;
  if (bads === 0 || goods === 0) return 0;
  let chi = 0;
  for (const cell of [a, b]) {
    const expectedBads = (cell.count * bads) / n;
    const expectedGoods = (cell.count * goods) / n;
    chi += (cell.bads - expectedBads) ** 2 / expectedBads + (cell.count - cell.bads - expectedGoods) ** 2 / expectedGoods;
  }
  return chi;
}

export interface MergeLimits {
  maxBins: number;
  /** Fewest rows a cell may hold. */
  minCount: number;
  /** Neighbours whose chi-square stays below this are merged (their bad rates do not differ enough to keep apart). */
  minChiSquare: number;
}

/**
 * Merges neighbours until every cell holds both classes and minCount rows, no neighbours are
 * alike (chi-square under the limit) and at most maxBins remain. A cell short of a class or of
 * rows joins the neighbour whose bad rate is closest; otherwise the most alike pair merges.
 * Merging neighbours keeps a monotonic run monotonic.
 */
export function mergeToLimits<T>(input: readonly Cell<T>[], limits: MergeLimits): Cell<T>[] {
  const cells = [...input];
  while (cells.length > 1) {
    const lacking = cells.findIndex((c) => c.bads === 0 || c.bads === c.count || c.count < limits.minCount);
    let at: number;
    if (lacking >= 0) {
      at = closerNeighbour(cells, lacking);
    } else {
      let best = -1;
      let bestChi = Infinity;
      for (let i = 0; i + 1 < cells.length; i++) {
        const chi = chiSquare(cells[i]!, cells[i + 1]!);
        if (chi < bestChi) {
          bestChi = chi;
          best = i;
        }
      }
      if (cells.length <= limits.maxBins && bestChi >= limits.minChiSquare) break;
      at = best;
    }
    cells.splice(at, 2, joined(cells[at]!, cells[at + 1]!));
  }
  return cells;
}

/** The index of the left cell of the pair to merge cell i into. */
function closerNeighbour<T>(cells: readonly Cell<T>[], i: number): number {
  if (i === 0) return 0;
  if (i === cells.length - 1) return i - 1;
  const rate = badRate(cells[i]!);
  return Math.abs(badRate(cells[i - 1]!) - rate) <= Math.abs(badRate(cells[i + 1]!) - rate) ? i - 1 : i;
}
