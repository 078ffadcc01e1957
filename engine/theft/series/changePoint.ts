// A robust change point: the run of weeks [start, end) whose level is lowest against the weeks
// outside it, by the two-sample t statistic on weekly medians. `end` is the series' length when
// the low level lasts to the end (a theft still going on); earlier when it came back (a theft
// that stopped, e.g. after an inspection replaced the meter). Needs enough weeks on each side.
// Every (start, end) pair is tried from prefix sums: O(W²) additions, no allocation.

export interface LowSegment {
  /** First week of the low run. */
  start: number;
  /** Week after its last (= weeks when it lasts to the end). */
  end: number;
  /** Mean weekly level before the run (the baseline). */
  before: number;
  /** Mean weekly level outside the run. */
  outside: number;
  inside: number;
  /** 1 - inside / outside. */
  drop: number;
  t: number;
}

export interface ChangePointOptions {
  /** Fewest known weeks before the run. */
  minBefore: number;
  /** Fewest known weeks inside it. */
  minInside: number;
}

export const defaultChangePoint: ChangePointOptions = { minBefore: 6, minInside: 3 };

export function lowestSegment(series: Float64Array, weeks: number, options: ChangePointOptions = defaultChangePoint): LowSegment | null {
  const count = new Float64Array(weeks + 1);
  const sum = new Float64Array(weeks + 1);
  const squares = new Float64Array(weeks + 1);
  for (let w = 0; w < weeks; w++) {
    const v = series[w]!;
    const known = !Number.isNaN(v);
    count[w + 1] = count[w]! + (known ? 1 : 0);
    sum[w + 1] = sum[w]! + (known ? v : 0);
    squares[w + 1] = squares[w]! + (known ? v * v : 0);
  }
  const total = count[weeks]!;
  const totalSum = sum[weeks]!;
  const totalSquares = squares[weeks]!;
  if (total < options.minBefore + options.minInside) return null;
  let best: LowSegment | null = null;
  for (let s = 1; s < weeks; s++) {
    const nBefore = count[s]!;
    if (nBefore < options.minBefore || Number.isNaN(series[s]!)) continue;
    for (let e = s + 1; e <= weeks; e++) {
      const nIn = count[e]! - nBefore;
      if (nIn < options.minInside) continue;
      // A run that ends before the last week must leave two known weeks after it, and start
      // and end on known weeks, so that a gap never passes for a return.
      if (e < weeks && (total - count[e]! < 2 || Number.isNaN(series[e - 1]!))) continue;
      const nOut = total - nIn;
      const sIn = sum[e]! - sum[s]!;
      const sOut = totalSum - sIn;
      const mIn = sIn / nIn;
      const mOut = sOut / nOut;
      if (mOut <= 0 || mIn >= mOut) continue;
      const qIn = squares[e]! - squares[s]! - sIn * mIn;
      const qOut = totalSquares - (squares[e]! - squares[s]!) - sOut * mOut;
      // A floor on the spread: a perfectly steady series must not make any small step infinite.
      const variance = Math.max(0, qIn + qOut) / Math.max(1, total - 2) + (0.03 * mOut) ** 2;
      const t = (mOut - mIn) / Math.sqrt(variance * (1 / nIn + 1 / nOut));
      if (best === null || t > best.t) {
        best = { start: s, end: e, before: sum[s]! / nBefore, outside: mOut, inside: mIn, drop: 1 - mIn / mOut, t };
      }
    }
  }
  return best;
}

/** How much a t statistic is trusted, in [0, 1]: nothing below 2, fully from 5. */
export function significance(t: number): number {
  return Math.min(1, Math.max(0, (t - 2) / 3));
}
