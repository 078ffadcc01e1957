// A value axis's range and ticks: round steps (1, 2 or 5 × 10^n) covering the data from zero,
// so that a printed chart reads off at a glance.

export interface ValueScale {
  min: number;
  max: number;
  ticks: number[];
}

/** Ticks from 0 (or the data's minimum, when negative) to at least `max`, about `count` of them. */
export function niceScale(values: Iterable<number | null>, count = 5): ValueScale {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi === lo) hi = lo + 1;
  const step = niceStep((hi - lo) / count);
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded so that 0.1 + 0.2 prints as 0.3.
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { min, max, ticks };
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}
