// Small statistics over plain arrays; NaN where a figure cannot be formed.

export function mean(values: number[]): number {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Least-squares slope of y on x; NaN with fewer than `minPoints` points or no spread in x. */
export function slope(x: number[], y: number[], minPoints = 3): number {
  const n = x.length;
  if (n < minPoints) return NaN;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  return sxx === 0 ? NaN : sxy / sxx;
}

/** Coefficient of variation (population standard deviation over the mean); NaN when the mean is not positive. */
export function coefficientOfVariation(values: number[]): number {
  const m = mean(values);
  if (!(m > 0)) return NaN;
  let ss = 0;
  for (const v of values) ss += (v - m) ** 2;
  return Math.sqrt(ss / values.length) / m;
}
