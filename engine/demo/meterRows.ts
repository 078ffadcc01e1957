// What a meter's data looks like in the store: daily frozen register readings (日冻结) with the
// daily consumption they give, one row per meter-month, and 15-minute curves with the occasional
// gap of a collection system (a few missing points, now and then a whole missing day). Both are
// encoded by store/series.ts, exactly as importing the same readings and curves would store them.
import { monthOf, type Day, type Month } from '../core/calendar.js';
import {
  consumptionFromReadings,
  DAYS_PER_MONTH_ROW,
  emptyMonth,
  encodeCurve,
  encodeMonth,
  SOURCE_READING,
  type CurveColumns,
  type MonthColumns,
  type MonthSeries,
} from '../store/series.js';
import type { Random } from './random.js';
import { POINTS } from './shapes.js';

/** A meter-month of readings and consumption in its stored form. */
export interface ReadingMonth {
  month: Month;
  columns: MonthColumns;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Runs the meter's registers over the period: `energy[i * registers + r]` is the energy of
 * day i on register r (total, then sharp, peak, flat, valley), NaN before the account opened.
 * The stored readings are what the meter shows at 00:00 (two decimals); the stored daily
 * consumption is the difference of two readings times the multiplier. Returns the month rows
 * and, through `metered`, each day's energy so derived (registers per day, like `energy`).
 */
export function readingRows(
  rng: Random,
  days: Day[],
  energy: Float64Array,
  registers: 1 | 5,
  multiplier: number,
  metered: Float64Array,
): ReadingMonth[] {
  const n = days.length;
  const register = new Float64Array(registers);
  const firstTotal = rng.uniform(100, 20_000);
  register[0] = firstTotal;
  for (let r = 1; r < registers; r++) register[r] = firstTotal * rng.uniform(0.1, 0.4);
  const months = new Map<Month, MonthSeries & { readings: Float64Array }>();
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(energy[i * registers]!)) {
      for (let r = 0; r < registers; r++) metered[i * registers + r] = Number.NaN;
      continue;
    }
    const month = monthOf(days[i]!);
    let series = months.get(month);
    if (!series) {
      series = { ...emptyMonth(), registers, readings: new Float64Array(DAYS_PER_MONTH_ROW * registers).fill(Number.NaN), multiplier };
      months.set(month, series);
    }
    const slot = (days[i]! % 100) - 1;
    for (let r = 0; r < registers; r++) {
      const before = round2(register[r]!);
      register[r]! += energy[i * registers + r]! / multiplier;
      series.readings[slot * registers + r] = before;
      const kwh = consumptionFromReadings(before, round2(register[r]!), multiplier);
      metered[i * registers + r] = kwh;
      if (r === 0) {
        series.kwh[slot] = kwh;
        series.source[slot] = SOURCE_READING;
      }
    }
  }
  return Array.from(months, ([month, series]) => ({ month, columns: encodeMonth(series) }));
}

const WHOLE_DAY_MISSING = 0.0015;
const GAP_IN_DAY = 0.003;

/** The stored row of a day's curve, or null when the collection system lost the whole day. */
export function curveRow(rng: Random, kw: Float32Array): CurveColumns | null {
  if (rng.chance(WHOLE_DAY_MISSING)) return null;
  const values = Float32Array.from(kw, (v) => Math.round(v * 1000) / 1000);
  if (rng.chance(GAP_IN_DAY)) {
    const length = rng.int(4, 24);
    const from = rng.int(0, POINTS - length);
    values.fill(Number.NaN, from, from + length);
  }
  return encodeCurve(values);
}
