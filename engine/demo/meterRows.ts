// What a meter's data looks like in the store: daily frozen register readings (日冻结) turned
// into daily consumption, one row per meter-month, and 15-minute curves with the occasional
// gap of a collection system (a few missing points, now and then a whole missing day).
import { monthOf, type Day, type Month } from '../core/calendar.js';
import { DAYS_PER_MONTH_ROW, QUALITY_MISSING, SOURCE_READING, summariseCurve, toBlob } from '../store/series.js';
import type { Random } from './random.js';
import { POINTS } from './shapes.js';

export interface MonthRow {
  month: Month;
  kwh: Float64Array;
  source: Uint8Array;
  readings: Float64Array;
  days: number;
  total: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Runs the meter's registers over the period: `energy[i * registers + r]` is the energy of
 * day i on register r (total, then sharp, peak, flat, valley), NaN before the account opened.
 * The stored readings are what the meter shows at 00:00 (two decimals); the stored daily
 * consumption is the difference of two readings times the multiplier, as an import computes
 * it. Returns the month rows and, through `metered`, each day's energy so derived
 * (registers per day, like `energy`).
 */
export function readingRows(
  rng: Random,
  days: Day[],
  energy: Float64Array,
  registers: 1 | 5,
  multiplier: number,
  metered: Float64Array,
): MonthRow[] {
  const n = days.length;
  const register = new Float64Array(registers);
  const firstTotal = rng.uniform(100, 20_000);
  register[0] = firstTotal;
  for (let r = 1; r < registers; r++) register[r] = firstTotal * rng.uniform(0.1, 0.4);
  const rows = new Map<Month, MonthRow>();
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(energy[i * registers]!)) {
      for (let r = 0; r < registers; r++) metered[i * registers + r] = Number.NaN;
      continue;
    }
    const month = monthOf(days[i]!);
    let row = rows.get(month);
    if (!row) {
      row = {
        month,
        kwh: new Float64Array(DAYS_PER_MONTH_ROW).fill(Number.NaN),
        source: new Uint8Array(DAYS_PER_MONTH_ROW),
        readings: new Float64Array(DAYS_PER_MONTH_ROW * registers).fill(Number.NaN),
        days: 0,
        total: 0,
      };
      rows.set(month, row);
    }
    const slot = (days[i]! % 100) - 1;
    for (let r = 0; r < registers; r++) {
      const before = round2(register[r]!);
      register[r]! += energy[i * registers + r]! / multiplier;
      row.readings[slot * registers + r] = before;
      const kwh = round2((round2(register[r]!) - before) * multiplier);
      metered[i * registers + r] = kwh;
      if (r === 0) {
        row.kwh[slot] = kwh;
        row.source[slot] = SOURCE_READING;
        row.days++;
        row.total += kwh;
      }
    }
  }
  return [...rows.values()];
}

export function monthRowBlobs(row: MonthRow) {
  return { kwh: toBlob(row.kwh), source: toBlob(row.source), readings: toBlob(row.readings) };
}

const WHOLE_DAY_MISSING = 0.0015;
const GAP_IN_DAY = 0.003;

export interface CurveRow {
  points: number;
  kwh: number | null;
  peakKw: number | null;
  missing: number;
  kw: Buffer;
  quality: Buffer | null;
}

/** The stored row of a day's curve, or null when the collection system lost the whole day. */
export function curveRow(rng: Random, kw: Float32Array): CurveRow | null {
  if (rng.chance(WHOLE_DAY_MISSING)) return null;
  const values = Float32Array.from(kw, (v) => Math.round(v * 1000) / 1000);
  let quality: Uint8Array | null = null;
  if (rng.chance(GAP_IN_DAY)) {
    quality = new Uint8Array(POINTS);
    const length = rng.int(4, 24);
    const from = rng.int(0, POINTS - length);
    for (let q = from; q < from + length; q++) {
      values[q] = Number.NaN;
      quality[q] = QUALITY_MISSING;
    }
  }
  const summary = summariseCurve(values);
  return {
    points: POINTS,
    kwh: summary.kwh,
    peakKw: summary.peakKw,
    missing: summary.missing,
    kw: toBlob(values),
    quality: quality ? toBlob(quality) : null,
  };
}
