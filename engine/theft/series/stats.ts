// Small robust statistics on typed arrays.

/** Median of the first n values (reorders them). */
export function median(values: Float64Array, n = values.length): number {
  if (n === 0) return Number.NaN;
  const part = values.subarray(0, n).sort();
  return n % 2 === 1 ? part[(n - 1) / 2]! : (part[n / 2 - 1]! + part[n / 2]!) / 2;
}

/** Median of the known (non-NaN) values of a range of an array. */
export function medianOfKnown(values: ArrayLike<number>, from: number, to: number): number {
  const known = new Float64Array(Math.max(0, to - from));
  let n = 0;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) known[n++] = v;
  }
  return median(known, n);
}

/** Mean of the known values of a range (NaN when none). */
export function meanOfKnown(values: ArrayLike<number>, from: number, to: number): number {
  let sum = 0;
  let n = 0;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    sum += v;
    n++;
  }
  return n === 0 ? Number.NaN : sum / n;
}

/** Pearson correlation over the positions where both are known (NaN under `minPairs` pairs or without spread). */
export function correlation(a: ArrayLike<number>, b: ArrayLike<number>, from: number, to: number, minPairs = 3): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = from; i < to; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (Number.isNaN(x) || Number.isNaN(y)) continue;
    n++;
    sa += x;
    sb += y;
    saa += x * x;
    sbb += y * y;
    sab += x * y;
  }
  if (n < minPairs) return Number.NaN;
  const cov = sab - (sa * sb) / n;
  const va = saa - (sa * sa) / n;
  const vb = sbb - (sb * sb) / n;
  return va <= 1e-12 || vb <= 1e-12 ? Number.NaN : cov / Math.sqrt(va * vb);
}

/** Median and scaled median absolute deviation (a robust mean and standard deviation). */
export function medianAndMad(values: Float64Array): { median: number; mad: number } {
  const copy = Float64Array.from(values);
  const m = median(copy);
  for (let i = 0; i < copy.length; i++) copy[i] = Math.abs(values[i]! - m);
  return { median: m, mad: 1.4826 * median(copy) };
}
