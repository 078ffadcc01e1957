// Temperature series derived for the regressions and the trees: standardised values, lags and
// trailing moving averages, over the whole frame (history and horizon; temperature is known
// everywhere, only load stops at the origin).

/** (T - 20) / 10: keeps T³ of the order of 1-10 so that the normal equations stay well conditioned. */
export function standardised(celsius: number): number {
  return (celsius - 20) / 10;
}

/** temperature[t - lag], clamped at the first step. */
export function lagged(temperature: Float64Array, lag: number): Float64Array {
  const out = new Float64Array(temperature.length);
  for (let t = 0; t < out.length; t++) out[t] = temperature[Math.max(0, t - lag)]!;
  return out;
}

/**
 * Mean of temperature over the `window` steps [t - end - window, t - end), shortened at the
 * start of the frame (the first step uses its own value).
 */
export function trailingMean(temperature: Float64Array, window: number, end = 0): Float64Array {
  const n = temperature.length;
  const prefix = new Float64Array(n + 1);
  for (let t = 0; t < n; t++) prefix[t + 1] = prefix[t]! + temperature[t]!;
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const hi = Math.max(0, t - end);
    const lo = Math.max(0, hi - window);
    out[t] = hi > lo ? (prefix[hi]! - prefix[lo]!) / (hi - lo) : temperature[t]!;
  }
  return out;
}
