// Data checks before fitting, and the repairs they make to the load history:
//  - flat lines: a run of one repeated non-zero value longer than a day (a week at day
//    resolution) is a frozen meter, not load; its values are treated as missing. Runs of zeros
//    are outages or a customer off, which are load, and are left to the outlier check;
//  - outliers: a value far from the same step of the week on the ordinary days around it
//    (median and MAD over up to OUTLIER_WEEKS weeks either side) is replaced. Holidays, 调休
//    days and the Spring Festival period are neither tested nor used as reference: the calendar
//    models those;
//  - gaps: missing steps (and those removed above) are imputed: a run of up to an hour (a day
//    at day resolution) by linear interpolation, longer ones from the same step one week
//    earlier and later (then two, three, four weeks), then from the nearest day's same step;
//  - short history: less than some model needs (HISTORY_NEEDED_DAYS).
// Every imputed step is flagged, so that models and metrics can tell them.
import { fittedModels, type DataCheck, type DayType, type FittedModelId, type Resolution } from '../api/forecastTypes.js';
import { modelSpecs } from './models/index.js';

/**
 * Days of history each model needs to be fitted at all. They are the models' own
 * (ModelSpec.minHistoryDays, engine/forecast/models), read here so that what the checks say and
 * which models the run leaves out never disagree.
 */
export const HISTORY_NEEDED_DAYS: Readonly<Record<FittedModelId, number>> = Object.fromEntries(
  fittedModels.map((id) => [id, modelSpecs[id].minHistoryDays]),
) as Record<FittedModelId, number>;

/** Weeks either side whose same step of the week is the reference for outliers. */
const OUTLIER_WEEKS = 4;
/** Robust z-score (deviation / (1.4826 MAD)) beyond which a value is an outlier... */
const OUTLIER_Z = 8;
/** ...when it is also this far (relative) from the reference median: weather moves load by less. */
const OUTLIER_RELATIVE = 0.5;
const MIN_REFERENCE_VALUES = 4;

export interface CheckOptions {
  resolution: Resolution;
  /** Each day's type from the first day on (engine/forecast/calendar.ts); ordinary days are 'workday' and 'weekend'. */
  dayTypes?: readonly DayType[];
}

export interface RepairedLoad {
  load: Float64Array;
  /** 1 where the value was imputed (gap, flat line, outlier). */
  imputed: Uint8Array;
  checks: DataCheck[];
}

/** Checks and repairs a load history (NaN = missing). The input is not changed. */
export function checkAndRepair(input: Float64Array, stepsPerDay: number, options: CheckOptions): RepairedLoad {
  const load = new Float64Array(input);
  const n = load.length;
  const checks: DataCheck[] = [];
  const hours = (steps: number) => (steps * 24) / stepsPerDay;

  const missing = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (load[i] !== load[i]) missing[i] = 1;
  const gapRuns = runs(missing);

  const flat = flatLines(load, options.resolution === 'day' ? 7 : stepsPerDay);
  for (const run of flat) load.fill(Number.NaN, run.start, run.start + run.length);
  if (flat.length > 0) {
    const longest = flat.reduce((a, b) => (b.length > a.length ? b : a));
    const steps = flat.reduce((s, r) => s + r.length, 0);
    checks.push({
      code: 'flat_line',
      severity: 'warning',
      message: `${flat.length} run${flat.length === 1 ? '' : 's'} of one repeated value (${steps} steps, the longest ${formatHours(hours(longest.length))} from step ${longest.start}) look like a frozen meter and were treated as missing.`,
      details: { runs: flat.length, steps, longestSteps: longest.length, longestHours: hours(longest.length), longestStart: longest.start, value: input[longest.start]! },
    });
  }

  const outliers = findOutliers(load, stepsPerDay, options.dayTypes);
  for (const i of outliers) load[i] = Number.NaN;
  if (outliers.length > 0) {
    checks.push({
      code: 'outliers',
      severity: outliers.length > n * 0.01 ? 'warning' : 'info',
      message: `${outliers.length} value${outliers.length === 1 ? '' : 's'} far from the series' own pattern for the time of week were replaced.`,
      details: { steps: outliers.length, share: n === 0 ? 0 : outliers.length / n, first: outliers[0]! },
    });
  }

  const imputed = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (load[i] !== load[i]) imputed[i] = 1;
  impute(load, imputed, stepsPerDay, options.resolution === 'day' ? 1 : Math.max(1, stepsPerDay / 24));

  const missingSteps = gapRuns.reduce((s, r) => s + r.length, 0);
  if (missingSteps > 0) {
    const longest = gapRuns.reduce((a, b) => (b.length > a.length ? b : a));
    const share = missingSteps / n;
    checks.push({
      code: 'gaps',
      severity: share > 0.05 || hours(longest.length) > 7 * 24 ? 'warning' : 'info',
      message: `${missingSteps} of ${n} steps (${(share * 100).toFixed(1)}%) had no load in ${gapRuns.length} gap${gapRuns.length === 1 ? '' : 's'}, the longest ${formatHours(hours(longest.length))}; they were imputed from the same time a week before and after, or interpolated.`,
      details: { steps: missingSteps, share, gaps: gapRuns.length, longestSteps: longest.length, longestHours: hours(longest.length), longestStart: longest.start },
    });
  }
  return { load, imputed, checks };
}

/**
 * The 'short_history' check for a history of `historyDays`: which models it is too short for
 * and how much they need; null when every model can run.
 */
export function historyCheck(historyDays: number): DataCheck | null {
  const short = fittedModels.filter((m) => historyDays < HISTORY_NEEDED_DAYS[m]);
  if (short.length === 0) return null;
  const neededDays = Math.max(...short.map((m) => HISTORY_NEEDED_DAYS[m]));
  const have = Math.floor(historyDays);
  const list = short.map((m) => `${m} (${HISTORY_NEEDED_DAYS[m]} days)`).join(', ');
  return {
    code: 'short_history',
    severity: historyDays < HISTORY_NEEDED_DAYS.naive ? 'error' : 'warning',
    message: `The scope has ${have} days of load history; ${list} need${short.length === 1 ? 's' : ''} more, so ${short.length === 1 ? 'it is' : 'they are'} left out. ${neededDays} days let every model run.`,
    details: { haveDays: have, neededDays, models: short.join(',') },
  };
}

function formatHours(h: number): string {
  return h >= 48 ? `${(h / 24).toFixed(1)} days` : `${h} hours`;
}

interface Run {
  start: number;
  length: number;
}

function runs(flags: Uint8Array): Run[] {
  const found: Run[] = [];
  for (let i = 0; i < flags.length; ) {
    if (!flags[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < flags.length && flags[j]) j++;
    found.push({ start: i, length: j - i });
    i = j;
  }
  return found;
}

/** Runs of one repeated non-zero value longer than `minLength` steps. */
function flatLines(load: Float64Array, minLength: number): Run[] {
  const found: Run[] = [];
  let start = 0;
  for (let i = 1; i <= load.length; i++) {
    const v = load[start]!;
    if (i < load.length && same(load[i]!, v)) continue;
    const length = i - start;
    if (length > minLength && v === v && v !== 0) found.push({ start, length });
    start = i;
  }
  return found;
}

function same(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Steps far from the same step of the week on the ordinary days around them (see the file's comment). */
function findOutliers(load: Float64Array, stepsPerDay: number, dayTypes: readonly DayType[] | undefined): number[] {
  const week = stepsPerDay * 7;
  const ordinary = (i: number) => {
    const type = dayTypes?.[Math.floor(i / stepsPerDay)];
    return type === undefined || type === 'workday' || type === 'weekend';
  };
  const found: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < load.length; i++) {
    const v = load[i]!;
    if (v !== v || !ordinary(i)) continue;
    reference.length = 0;
    for (let k = -OUTLIER_WEEKS; k <= OUTLIER_WEEKS; k++) {
      const j = i + k * week;
      if (k === 0 || j < 0 || j >= load.length) continue;
      const r = load[j]!;
      if (r === r && ordinary(j)) reference.push(r);
    }
    if (reference.length < MIN_REFERENCE_VALUES) continue;
    const median = medianOf(reference);
    for (let r = 0; r < reference.length; r++) reference[r] = Math.abs(reference[r]! - median);
    const mad = medianOf(reference);
    const deviation = Math.abs(v - median);
    const scale = Math.max(1.4826 * mad, 1e-9);
    if (deviation / scale > OUTLIER_Z && deviation > OUTLIER_RELATIVE * Math.abs(median)) found.push(i);
  }
  return found;
}

function medianOf(values: number[]): number {
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/**
 * Fills the flagged steps in place: runs of at most `interpolateUpTo` steps linearly between
 * their neighbours, longer ones from the same step of the nearest weeks (averaging a week before
 * and after when both are known), then of the nearest days; a run at an end takes its neighbour.
 */
function impute(load: Float64Array, flagged: Uint8Array, stepsPerDay: number, interpolateUpTo: number): void {
  const n = load.length;
  const known = (j: number) => j >= 0 && j < n && flagged[j] === 0 && load[j] === load[j];
  for (const run of runs(flagged)) {
    const before = run.start - 1;
    const after = run.start + run.length;
    if (run.length <= interpolateUpTo && known(before) && known(after)) {
      for (let i = run.start; i < after; i++) {
        const w = (i - before) / (after - before);
        load[i] = load[before]! * (1 - w) + load[after]! * w;
      }
      continue;
    }
    for (let i = run.start; i < after; i++) load[i] = similarStep(load, known, i, stepsPerDay);
  }
  // Whatever found no similar step (a series shorter than a day) carries its neighbours.
  let last = Number.NaN;
  for (let i = 0; i < n; i++) {
    if (load[i] === load[i]) last = load[i]!;
    else load[i] = last;
  }
  last = Number.NaN;
  for (let i = n - 1; i >= 0; i--) {
    if (load[i] === load[i]) last = load[i]!;
    else load[i] = last;
  }
}

function similarStep(load: Float64Array, known: (j: number) => boolean, i: number, stepsPerDay: number): number {
  const week = stepsPerDay * 7;
  for (let k = 1; k <= 4; k++) {
    const a = i - k * week;
    const b = i + k * week;
    if (known(a) && known(b)) return (load[a]! + load[b]!) / 2;
    if (known(a)) return load[a]!;
    if (known(b)) return load[b]!;
  }
  for (let k = 1; k * stepsPerDay < load.length; k++) {
    if (known(i - k * stepsPerDay)) return load[i - k * stepsPerDay]!;
    if (known(i + k * stepsPerDay)) return load[i + k * stepsPerDay]!;
  }
  return Number.NaN;
}
