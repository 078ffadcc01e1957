// Temperatures for a frame: a station's observations (hourly, 3-hourly or daily; station '' is
// the region's weather from a file without a station column) brought to the frame's steps.
//
// A step takes the temperature at its start, interpolated linearly between the observations
// around it when they are at most `maxGap` apart (6 hours, or 2.5 times the station's usual
// spacing when that is longer); at day resolution it takes the day's mean. A daily observation
// (stamped 00:00) is the day's mean and stands at noon. Steps out of the observations' reach
// (a long gap, the future) are filled with the mean of the same step of day over the nearest
// days that have one, and counted as gaps.
import type { Resolution } from '../api/forecastTypes.js';
import { addDays, daysBetween, stampDay, stampMinuteOfDay, type Day, type Stamp } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { STEPS_PER_DAY } from './types.js';

/** 'mean': the mean of every station with enough coverage. */
export const MEAN_OF_STATIONS = 'mean';
/** The share of the history's days a station must observe to be a candidate. */
export const MIN_STATION_COVERAGE = 0.5;
const MIN_INTERPOLATED_GAP_MINUTES = 6 * 60;
/** Days either side searched for the same step of day when filling a gap. */
const FILL_NEAR_DAYS = 7;
const FILL_FAR_DAYS = 28;

export interface TemperatureSeries {
  /** °C per step from 00:00 of the first day, never NaN. */
  values: Float64Array;
  /** Steps filled from other days (out of the observations' reach). */
  gaps: number;
  /** 1 where the step was filled. */
  filled: Uint8Array;
}

export interface TemperatureCandidate extends TemperatureSeries {
  station: string;
}

/**
 * The stations observing temperature on at least MIN_STATION_COVERAGE of the days [firstDay,
 * firstDay + days), counted on the daily weather aggregate (a row per station and day).
 */
export function coveredStations(db: Db, firstDay: Day, days: number): string[] {
  const rows = db
    .prepare('SELECT station, COUNT(temperature_mean) FROM agg_weather_daily WHERE day BETWEEN ? AND ? GROUP BY station ORDER BY station')
    .raw(true)
    .all(firstDay, addDays(firstDay, days - 1)) as [string, number][];
  return rows.filter(([, observed]) => observed >= MIN_STATION_COVERAGE * days).map(([station]) => station);
}

/**
 * A station's temperatures (or MEAN_OF_STATIONS) over `days` days from `firstDay`; null when it
 * has no observation within reach of them.
 */
export function temperatureSeries(db: Db, station: string, firstDay: Day, days: number, resolution: Resolution, historyDays = days): TemperatureSeries | null {
  if (station === MEAN_OF_STATIONS) {
    const stations = coveredStations(db, firstDay, historyDays);
    const series = stations.map((s) => stationSeries(db, s, firstDay, days, resolution)).filter((s) => s !== null);
    return meanSeries(series);
  }
  return stationSeries(db, station, firstDay, days, resolution);
}

/**
 * Each station with enough coverage of the history's days (the first `historyDays`), and their
 * mean when there are several: the run backtests each and keeps the best.
 */
export function temperatureCandidates(db: Db, firstDay: Day, days: number, resolution: Resolution, historyDays = days): TemperatureCandidate[] {
  const candidates: TemperatureCandidate[] = [];
  for (const station of coveredStations(db, firstDay, historyDays)) {
    const series = stationSeries(db, station, firstDay, days, resolution);
    if (series) candidates.push({ station, ...series });
  }
  if (candidates.length > 1) candidates.push({ station: MEAN_OF_STATIONS, ...meanSeries(candidates)! });
  return candidates;
}

/** Step by step, the mean of the stations observed there (of all of them where none was). */
function meanSeries(series: TemperatureSeries[]): TemperatureSeries | null {
  const first = series[0];
  if (!first) return null;
  const n = first.values.length;
  const values = new Float64Array(n);
  const filled = new Uint8Array(n);
  let gaps = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let count = 0;
    let all = 0;
    for (const s of series) {
      all += s.values[i]!;
      if (s.filled[i] === 0) {
        sum += s.values[i]!;
        count++;
      }
    }
    if (count > 0) values[i] = sum / count;
    else {
      values[i] = all / series.length;
      filled[i] = 1;
      gaps++;
    }
  }
  return { values, gaps, filled };
}

interface Observations {
  /** Minutes from 00:00 of the window's first day, increasing. */
  at: Float64Array;
  temperature: Float64Array;
  /** Every observation stamped 00:00: daily means. */
  daily: boolean;
}

/** Observations from a day before the window to a day after it, so that its ends interpolate. */
function readObservations(db: Db, station: string, firstDay: Day, days: number): Observations {
  const from = addDays(firstDay, -2);
  const to = addDays(firstDay, days + 1);
  const dayIndex = new Map<Day, number>();
  for (let d = -2; d <= days + 1; d++) dayIndex.set(addDays(firstDay, d), d);
  const rows = db
    .prepare('SELECT ts, temperature FROM weather WHERE station = ? AND ts BETWEEN ? AND ? AND temperature IS NOT NULL ORDER BY ts')
    .raw(true)
    .all(station, from * 10_000, to * 10_000 + 2359) as [number, number][];
  const daily = rows.length > 0 && rows.every(([ts]) => ts % 10_000 === 0);
  const at = new Float64Array(rows.length);
  const temperature = new Float64Array(rows.length);
  rows.forEach(([ts, t], k) => {
    at[k] = dayIndex.get(stampDay(ts))! * 1440 + (daily ? 720 : stampMinuteOfDay(ts));
    temperature[k] = t;
  });
  return { at, temperature, daily };
}

/**
 * Temperatures a scenario gives (a forecast file's times and °C) at the steps of `days` days
 * from `firstDay`, the same way as a station's; NaN where the file does not reach.
 */
export function temperaturesAtSteps(given: ReadonlyMap<Stamp, number>, firstDay: Day, days: number, resolution: Resolution): Float64Array {
  const sorted = [...given.entries()].filter(([, t]) => Number.isFinite(t)).sort((a, b) => a[0] - b[0]);
  const obs: Observations = {
    at: Float64Array.from(sorted, ([ts]) => daysBetween(firstDay, stampDay(ts)) * 1440 + stampMinuteOfDay(ts)),
    temperature: Float64Array.from(sorted, ([, t]) => t),
    daily: sorted.length > 0 && sorted.every(([ts]) => ts % 10_000 === 0),
  };
  if (obs.daily) for (let k = 0; k < obs.at.length; k++) obs.at[k]! += 720;
  if (obs.at.length === 0) return new Float64Array(days * STEPS_PER_DAY[resolution]).fill(Number.NaN);
  return stepValues(obs, days, resolution);
}

function stationSeries(db: Db, station: string, firstDay: Day, days: number, resolution: Resolution): TemperatureSeries | null {
  const obs = readObservations(db, station, firstDay, days);
  if (obs.at.length === 0) return null;
  const values = stepValues(obs, days, resolution);
  if (!values.some((v) => !Number.isNaN(v))) return null;
  return fillFromNearbyDays(values, STEPS_PER_DAY[resolution]);
}

/** The observations at the steps (NaN out of their reach). */
function stepValues(obs: Observations, days: number, resolution: Resolution): Float64Array {
  const maxGap = Math.max(MIN_INTERPOLATED_GAP_MINUTES, 2.5 * medianSpacing(obs.at));
  if (resolution !== 'day') {
    const stepMinutes = 1440 / STEPS_PER_DAY[resolution];
    return interpolateAt(obs, maxGap, days * STEPS_PER_DAY[resolution], (i) => i * stepMinutes);
  }
  if (obs.daily) return interpolateAt(obs, maxGap, days, (d) => d * 1440 + 720);
  return dailyMeans(interpolateAt(obs, maxGap, days * 24, (h) => h * 60));
}

function medianSpacing(at: Float64Array): number {
  if (at.length < 2) return 1440;
  const spacing = Array.from({ length: at.length - 1 }, (_, k) => at[k + 1]! - at[k]!).sort((a, b) => a - b);
  return spacing[Math.floor(spacing.length / 2)]!;
}

/** The temperature at each of `count` instants (minutes, increasing), NaN out of the observations' reach. */
function interpolateAt(obs: Observations, maxGap: number, count: number, minuteOf: (i: number) => number): Float64Array {
  const { at, temperature } = obs;
  const values = new Float64Array(count).fill(Number.NaN);
  let k = 0; // at[k] <= x < at[k + 1] once advanced
  for (let i = 0; i < count; i++) {
    const x = minuteOf(i);
    while (k + 1 < at.length && at[k + 1]! <= x) k++;
    const left = at[k]!;
    if (x < left) {
      if (left - x <= maxGap / 2) values[i] = temperature[k]!; // before the first observation
      continue;
    }
    if (x === left || k + 1 >= at.length) {
      if (x - left <= maxGap / 2) values[i] = temperature[k]!; // at it, or after the last
      continue;
    }
    const right = at[k + 1]!;
    if (right - left > maxGap) continue;
    const w = (x - left) / (right - left);
    values[i] = temperature[k]! * (1 - w) + temperature[k + 1]! * w;
  }
  return values;
}

/** Hourly values to the mean of each day (NaN when fewer than 18 of its hours are known). */
function dailyMeans(hourly: Float64Array): Float64Array {
  const days = hourly.length / 24;
  const means = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    let sum = 0;
    let n = 0;
    for (let h = 0; h < 24; h++) {
      const v = hourly[d * 24 + h]!;
      if (v === v) {
        sum += v;
        n++;
      }
    }
    means[d] = n >= 18 ? sum / n : Number.NaN;
  }
  return means;
}

/**
 * Fills NaN steps with the mean of the same step of day on the nearest days that have one:
 * within a week either side, else within four weeks, else the nearest such day at all.
 */
function fillFromNearbyDays(values: Float64Array, stepsPerDay: number): TemperatureSeries {
  const n = values.length;
  const filled = new Uint8Array(n);
  const out = new Float64Array(values);
  let gaps = 0;
  for (let i = 0; i < n; i++) {
    if (values[i] === values[i]) continue;
    filled[i] = 1;
    gaps++;
    out[i] = sameStepMean(values, i, stepsPerDay, FILL_NEAR_DAYS) ?? sameStepMean(values, i, stepsPerDay, FILL_FAR_DAYS) ?? nearestSameStep(values, i, stepsPerDay);
  }
  return { values: out, gaps, filled };
}

function sameStepMean(values: Float64Array, i: number, stepsPerDay: number, reach: number): number | null {
  let sum = 0;
  let count = 0;
  for (let k = -reach; k <= reach; k++) {
    const j = i + k * stepsPerDay;
    if (k === 0 || j < 0 || j >= values.length) continue;
    const v = values[j]!;
    if (v === v) {
      sum += v;
      count++;
    }
  }
  return count > 0 ? sum / count : null;
}

/** The same step of the nearest day that has it, or the nearest value at all (some value exists). */
function nearestSameStep(values: Float64Array, i: number, stepsPerDay: number): number {
  for (let k = 1; k * stepsPerDay < values.length; k++) {
    for (const j of [i - k * stepsPerDay, i + k * stepsPerDay]) if (j >= 0 && j < values.length && values[j] === values[j]) return values[j]!;
  }
  for (let k = 1; k < values.length; k++) {
    for (const j of [i - k, i + k]) if (j >= 0 && j < values.length && values[j] === values[j]) return values[j]!;
  }
  return Number.NaN;
}
