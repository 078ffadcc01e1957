// Normal temperatures: for each step, the mean of the history's temperatures at the same step of
// the day within ±15 days of the same day of the year, across all years of history before the
// origin. A history shorter than a year may lack the window: it widens (30, 60, 182 days) until
// some day falls in it.
import type { Frame } from './types.js';

/** Half-widths in days; 182 covers the whole year, so any history has a normal. */
const WINDOWS = [15, 30, 60, 182];

function circularDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 365;
  return Math.min(d, 365 - d);
}

/** Normal temperature for steps [from, to), from the temperatures of the whole days before `historyEnd`; null without such a day. */
export function temperatureNormals(frame: Frame, historyEnd: number, from: number, to: number): Float64Array | null {
  const temperature = frame.temperature;
  const spd = frame.stepsPerDay;
  const historyDays = Math.floor(historyEnd / spd);
  if (!temperature || historyDays === 0) return null;
  const out = new Float64Array(to - from);
  const cache = new Map<number, Float64Array>(); // day of year -> normal per slot
  for (let t = from; t < to; t++) {
    const dayOfYear = frame.days[Math.floor(t / spd)]!.dayOfYear;
    let normal = cache.get(dayOfYear);
    if (!normal) {
      normal = normalDay(frame, temperature, historyDays, dayOfYear);
      cache.set(dayOfYear, normal);
    }
    out[t - from] = normal[t % spd]!;
  }
  return out;
}

function normalDay(frame: Frame, temperature: Float64Array, historyDays: number, dayOfYear: number): Float64Array {
  const spd = frame.stepsPerDay;
  const sums = new Float64Array(spd);
  for (const window of WINDOWS) {
    let days = 0;
    for (let d = 0; d < historyDays; d++) {
      if (circularDistance(frame.days[d]!.dayOfYear, dayOfYear) > window) continue;
      for (let s = 0; s < spd; s++) sums[s] += temperature[d * spd + s]!;
      days++;
    }
    if (days > 0) return sums.map((v) => v / days);
  }
  throw new Error('unreachable: the widest window holds every day of history');
}
