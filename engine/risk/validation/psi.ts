// Population stability index between two periods' distributions over the same bins:
// PSI = Σ (actual − expected) · ln(actual / expected). Shares are floored so that a bin empty
// in one period adds a large but finite term instead of infinity.

const SHARE_FLOOR = 1e-4;

export type StabilityLevel = 'stable' | 'watch' | 'shifted';

export function psi(expectedShares: number[], actualShares: number[]): number {
  if (expectedShares.length !== actualShares.length) {
    throw new RangeError(`PSI needs the same bins in both periods (${expectedShares.length} vs ${actualShares.length})`);
  }
  let total = 0;
  for (let b = 0; b < expectedShares.length; b++) {
    const e = Math.max(expectedShares[b]!, SHARE_FLOOR);
    const a = Math.max(actualShares[b]!, SHARE_FLOOR);
    total += (a - e) * Math.log(a / e);
  }
  return total;
}

/** Counts per bin as shares of their total (all zeros when the total is zero). */
export function shares(counts: ArrayLike<number>): number[] {
  let total = 0;
  for (let b = 0; b < counts.length; b++) total += counts[b]!;
  return Array.from(counts, (c) => (total > 0 ? c / total : 0));
}

/** The usual reading: below 0.1 stable, below 0.25 worth watching, above that shifted. */
export function stabilityLevel(value: number): StabilityLevel {
  if (value < 0.1) return 'stable';
  if (value < 0.25) return 'watch';
  return 'shifted';
}
