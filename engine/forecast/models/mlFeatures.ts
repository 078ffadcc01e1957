// The features of the gradient-boosted model for target step t forecast from origin o (the
// direct strategy: one model for every lead). Load enters only through values before o, as
// ratios to the level of the week before o, which is also what the model predicts: the ratio
// carries over between seasons and years better than kW.
import { dayTypes } from '../../api/forecastTypes.js';
import type { Frame } from '../types.js';
import { similarStep } from './naive.js';
import { trailingMean } from './temperatureFeatures.js';

export const LEVEL_DAYS = 7;
const NO_OFFSET = -100;

export const loadFeatureNames = [
  'hour',
  'weekday',
  'dayType',
  'dayOfYear',
  'springFestivalOffset',
  'leadHours',
  'sameStepLastDay',
  'sameStepLastWeek',
  'similarDay',
  'lastValue',
  'last24h',
] as const;
export const temperatureFeatureNames = ['temperature', 'temperatureMean24h', 'temperatureLag2h', 'vsLastDay', 'vsSimilarDay'] as const;

/** Reads features of (origin, target) pairs of one frame, using load before `loadLimit` only. */
export class FeatureReader {
  readonly count: number;
  private readonly prefix: Float64Array;
  private readonly temperatureMean: Float64Array | null;
  private readonly spd: number;

  constructor(
    private readonly frame: Frame,
    loadLimit: number,
  ) {
    this.spd = frame.stepsPerDay;
    const limit = Math.min(loadLimit, frame.loadEnd);
    this.prefix = new Float64Array(limit + 1);
    for (let t = 0; t < limit; t++) this.prefix[t + 1] = this.prefix[t]! + frame.load[t]!;
    this.temperatureMean = frame.temperature ? trailingMean(frame.temperature, this.spd) : null;
    this.count = loadFeatureNames.length + (frame.temperature ? temperatureFeatureNames.length : 0);
  }

  /** Mean load of [from, to), both before the limit. */
  private mean(from: number, to: number): number {
    const lo = Math.max(0, from);
    return to > lo ? (this.prefix[to]! - this.prefix[lo]!) / (to - lo) : 0;
  }

  /** The scale of load at an origin: mean of the week before it (1 when that is not positive). */
  level(origin: number): number {
    const level = this.mean(origin - LEVEL_DAYS * this.spd, origin);
    return level > 0 ? level : 1;
  }

  /** Writes the features of target t from origin o into row (length `count`). */
  write(origin: number, t: number, level: number, row: Float64Array): void {
    const { frame, spd } = this;
    const slot = t % spd;
    const day = frame.days[Math.floor(t / spd)]!;
    const load = frame.load;
    // The same step on the last day wholly before the origin, and in the latest week before it.
    const lastDay = (Math.floor(origin / spd) - 1) * spd + slot;
    const week = 7 * spd;
    const lastWeek = t - week * Math.max(1, Math.ceil((t - origin + 1) / week));
    const similar = similarStep(frame, origin, t);
    const at = (step: number) => load[Math.max(0, step)]! / level;
    row[0] = (slot * 24) / spd;
    row[1] = day.weekday;
    row[2] = dayTypes.indexOf(day.type);
    row[3] = day.dayOfYear;
    row[4] = day.springFestivalOffset ?? NO_OFFSET;
    row[5] = ((t - origin) * 24) / spd;
    row[6] = at(lastDay);
    row[7] = at(lastWeek);
    row[8] = at(similar);
    row[9] = at(origin - 1);
    row[10] = this.mean(origin - spd, origin) / level;
    const temperature = frame.temperature;
    if (temperature && this.temperatureMean) {
      const k = loadFeatureNames.length;
      row[k] = temperature[t]!;
      row[k + 1] = this.temperatureMean[t]!;
      row[k + 2] = temperature[Math.max(0, t - Math.max(1, spd / 12))]!;
      row[k + 3] = temperature[t]! - temperature[Math.max(0, lastDay)]!;
      row[k + 4] = temperature[t]! - temperature[similar]!;
    }
  }
}
