// Robust bounds of a meter's days: median ± k × MAD (scaled to a standard deviation by 1.4826),
// which a few wild days cannot drag along as they would a mean and standard deviation.

/** The median of values (sorted in place). */
export function median(values: Float64Array): number {
  values.sort();
  const n = values.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

export interface RobustBounds {
  median: number;
  low: number;
  high: number;
}

/**
 * The bounds, or null when the days do not spread enough to judge (fewer than `minDays`, or a
 * MAD of zero: a meter that reads the same most days has no scale to measure a day against).
 */
export function robustBounds(values: Float64Array, k: number, minDays = 14): RobustBounds | null {
  if (values.length < minDays) return null;
  const copy = Float64Array.from(values);
  const centre = median(copy);
  for (let i = 0; i < copy.length; i++) copy[i] = Math.abs(copy[i]! - centre);
  const mad = median(copy) * 1.4826;
  if (!(mad > 0)) return null;
  return { median: centre, low: centre - k * mad, high: centre + k * mad };
}
