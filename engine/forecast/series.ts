// A scope's load over a span of days as one regular series: the sum of its meters.
//   15min, hour: average kW per step from interval_load. A curve of 96, 48 or 24 points is
//     brought to the step: the mean of the points present within a step when the curve is finer,
//     each point spread over the steps it covers when coarser.
//   day: kWh per day from daily_energy (which holds readings, given consumption and curve sums).
//
// A meter missing at a step must not make the scope's total look like a drop. Each meter is
// expected over its own span of data in the window (first to last day it has any value; a meter
// whose data stops within LAGGING_DAYS of the scope's last day is expected until that day, since
// its last import is late rather than the meter gone). At each step the meters expected but
// missing weigh their mean load over the window: when they weigh at most MAX_SCALED_SHARE of the
// expected meters, the sum of the meters present is scaled up by that share; beyond it the step
// is NaN, left to the checks to impute and flag. A meter before its first or after its last day
// is not missing: the customer had not joined, or has left.
import { addDays, daysBetween, daysInMonth, firstDayOf, type Day } from '../core/calendar.js';
import type { Resolution } from '../api/forecastTypes.js';
import type { Db } from '../store/database.js';
import { float32FromBlob, float64FromBlob } from '../store/series.js';
import { rangeScan } from '../aggregates/access.js';
import { STEPS_PER_DAY } from './types.js';

/** The largest share of a step's expected load that missing meters may hold for the step to be scaled up rather than left missing. */
export const MAX_SCALED_SHARE = 0.1;
/** A meter whose data ends this few days before the scope's last day is late, not gone. */
export const LAGGING_DAYS = 7;

export interface LoadSource {
  /** Every meter ('all' reads the whole table in one pass) or these meters. */
  meters: 'all' | readonly string[];
}

export interface ScopeLoad {
  /** Per step from 00:00 of `firstDay`; NaN where unknown. kW (15min, hour) or kWh per day (day). */
  values: Float64Array;
  stepsPerDay: number;
  firstDay: Day;
  /** Meters with a value in the window. */
  meters: number;
  /** Steps scaled up for missing meters, and steps left NaN because too many were missing. */
  scaledSteps: number;
  droppedSteps: number;
}

/** Reads the load of days [from, to). */
export function readScopeLoad(db: Db, source: LoadSource, resolution: Resolution, from: Day, to: Day): ScopeLoad {
  const days = Math.max(0, daysBetween(from, to));
  const stepsPerDay = STEPS_PER_DAY[resolution];
  const sums = new MeterSums(days, stepsPerDay);
  if (days > 0) {
    if (resolution === 'day') readDaily(db, source, from, to, sums);
    else readIntervals(db, source, from, to, sums);
  }
  return { ...sums.total(), stepsPerDay, firstDay: from };
}

/** Day index within the window of each day, without date arithmetic per row. */
function dayIndexer(from: Day, days: number): Map<Day, number> {
  const index = new Map<Day, number>();
  for (let d = 0; d < days; d++) index.set(addDays(from, d), d);
  return index;
}

/** The rows of `table` for the source's meters within [low, high] of its period column. */
function scopeRows(db: Db, source: LoadSource, table: 'interval_load' | 'daily_energy', columns: string, low: number, high: number): Iterable<unknown[]> {
  const column = table === 'interval_load' ? 'day' : 'month';
  if (source.meters === 'all') {
    const scan = rangeScan(db, table === 'interval_load' ? { table, column: 'day' } : { table, column: 'month' }, { from: low, to: high }, 't');
    return db.prepare(`SELECT ${columns} FROM ${scan.from} WHERE ${scan.where}`).raw(true).iterate(low, high) as Iterable<unknown[]>;
  }
  // One statement over the primary key, meter by meter: json_each hands SQLite the list.
  return db
    .prepare(`SELECT ${columns} FROM ${table} AS t WHERE t.meter_id IN (SELECT value FROM json_each(?)) AND t.${column} BETWEEN ? AND ?`)
    .raw(true)
    .iterate(JSON.stringify(source.meters), low, high) as Iterable<unknown[]>;
}

function readIntervals(db: Db, source: LoadSource, from: Day, to: Day, sums: MeterSums): void {
  const index = dayIndexer(from, sums.days);
  const S = sums.stepsPerDay;
  const stepSum = new Float64Array(S);
  const stepCount = new Uint16Array(S);
  const rows = scopeRows(db, source, 'interval_load', 't.meter_id, t.day, t.points, t.kw', from, addDays(to, -1)) as Iterable<[string, Day, number, Uint8Array]>;
  for (const [meterId, day, points, blob] of rows) {
    const d = index.get(day);
    if (d === undefined) continue;
    const kw = float32FromBlob(blob);
    stepSum.fill(0);
    stepCount.fill(0);
    if (points >= S) {
      // Finer curve: the mean of the points present within each step.
      for (let p = 0; p < points; p++) {
        const v = kw[p]!;
        if (v !== v) continue; // NaN
        const s = Math.floor((p * S) / points);
        stepSum[s]! += v;
        stepCount[s]!++;
      }
    } else {
      // Coarser curve: an average kW holds for every step of its interval.
      for (let s = 0; s < S; s++) {
        const v = kw[Math.floor((s * points) / S)]!;
        if (v !== v) continue;
        stepSum[s] = v;
        stepCount[s] = 1;
      }
    }
    sums.addDay(meterId, d, stepSum, stepCount);
  }
}

function readDaily(db: Db, source: LoadSource, from: Day, to: Day, sums: MeterSums): void {
  const value = new Float64Array(1);
  const present = new Uint16Array(1);
  const last = addDays(to, -1);
  const rows = scopeRows(db, source, 'daily_energy', 't.meter_id, t.month, t.kwh', Math.floor(from / 100), Math.floor(last / 100)) as Iterable<
    [string, number, Uint8Array]
  >;
  for (const [meterId, month, blob] of rows) {
    const kwh = float64FromBlob(blob);
    const length = daysInMonth(Math.floor(month / 100), month % 100);
    let d = daysBetween(from, firstDayOf(month));
    for (let i = 0; i < length; i++, d++) {
      if (d < 0) continue;
      if (d >= sums.days) break;
      const v = kwh[i]!;
      if (v !== v) continue;
      value[0] = v;
      present[0] = 1;
      sums.addDay(meterId, d, value, present);
    }
  }
}

/** What one meter brought to the window. */
interface MeterTrack {
  firstDay: number;
  lastDay: number;
  sum: number;
  count: number;
  /** A bit per day of the window: every step of the day present. */
  fullDays: Uint32Array;
}

/** The scope's sums, and what is needed to tell a missing meter from one not yet (or no longer) there. */
class MeterSums {
  private readonly values: Float64Array;
  private readonly meters = new Map<string, MeterTrack>();
  /** Steps present of the days a meter had only in part, by meter and day. */
  private readonly partialDays = new Map<MeterTrack, Map<number, Uint8Array>>();

  constructor(
    readonly days: number,
    readonly stepsPerDay: number,
  ) {
    this.values = new Float64Array(days * stepsPerDay);
  }

  /** Adds a meter's day: stepValue[s] where stepCount[s] > 0 (a mean, when several points made the step). */
  addDay(meterId: string, d: number, stepSum: Float64Array, stepCount: Uint16Array): void {
    const S = this.stepsPerDay;
    let track = this.meters.get(meterId);
    if (!track) {
      track = { firstDay: d, lastDay: d, sum: 0, count: 0, fullDays: new Uint32Array(Math.ceil(this.days / 32)) };
      this.meters.set(meterId, track);
    }
    let present = 0;
    const base = d * S;
    for (let s = 0; s < S; s++) {
      const n = stepCount[s]!;
      if (n === 0) continue;
      const v = n === 1 ? stepSum[s]! : stepSum[s]! / n;
      this.values[base + s]! += v;
      track.sum += v;
      present++;
    }
    if (present === 0) return;
    track.count += present;
    if (d < track.firstDay) track.firstDay = d;
    if (d > track.lastDay) track.lastDay = d;
    if (present === S) {
      track.fullDays[d >>> 5]! |= 1 << (d & 31);
      return;
    }
    let partial = this.partialDays.get(track);
    if (!partial) this.partialDays.set(track, (partial = new Map()));
    const mask = new Uint8Array(S);
    for (let s = 0; s < S; s++) mask[s] = stepCount[s]! > 0 ? 1 : 0;
    partial.set(d, mask);
  }

  /** The sums with missing meters accounted for (see the file's comment). */
  total(): { values: Float64Array; meters: number; scaledSteps: number; droppedSteps: number } {
    const S = this.stepsPerDay;
    const tracks = [...this.meters.values()].filter((t) => t.count > 0);
    const values = this.values;
    // Per day, as differences: the weight of the meters expected, and how many they are.
    const expected = new Float64Array(this.days + 1);
    const expectedMeters = new Int32Array(this.days + 1);
    const missing = new Float64Array(values.length);
    let lastDay = -1;
    for (const t of tracks) if (t.lastDay > lastDay) lastDay = t.lastDay;
    for (const t of tracks) {
      // A meter that only ever read zero still counts (as a meter, not by its load).
      const weight = Math.abs(t.sum / t.count) + 1e-9;
      const until = t.lastDay >= lastDay - LAGGING_DAYS ? lastDay : t.lastDay;
      expected[t.firstDay]! += weight;
      expected[until + 1]! -= weight;
      expectedMeters[t.firstDay]!++;
      expectedMeters[until + 1]!--;
      const partial = this.partialDays.get(t);
      for (let d = t.firstDay; d <= until; d++) {
        if (t.fullDays[d >>> 5]! & (1 << (d & 31))) continue;
        const mask = partial?.get(d);
        for (let s = 0; s < S; s++) if (!mask || mask[s] === 0) missing[d * S + s]! += weight;
      }
    }
    let scaledSteps = 0;
    let droppedSteps = 0;
    let expectedWeight = 0;
    let metersExpected = 0;
    for (let d = 0; d < this.days; d++) {
      expectedWeight += expected[d]!;
      metersExpected += expectedMeters[d]!;
      for (let s = 0; s < S; s++) {
        const i = d * S + s;
        if (metersExpected === 0) {
          values[i] = Number.NaN; // before the scope's first data or after its last
          continue;
        }
        const share = missing[i]! / expectedWeight;
        if (share <= 1e-9) continue;
        if (share <= MAX_SCALED_SHARE) {
          values[i] = values[i]! / (1 - share);
          scaledSteps++;
        } else {
          values[i] = Number.NaN;
          droppedSteps++;
        }
      }
    }
    return { values, meters: tracks.length, scaledSteps, droppedSteps };
  }
}
