// A scope's series ready for modelling: its load before the start (checked and repaired), the
// calendar and temperatures over history and horizon, and the load the workspace already holds
// for the horizon (a forecast of the past), with the checks that say what was found.
//
// The frame starts at 00:00 of the scope's first day with load, at most MAX_HISTORY_DAYS before
// the start. The start is the interval after the scope's last load unless given. The horizon's
// temperatures come from the workspace (the ex-post setting), then a scenario's file and shift.
import { EngineError } from '../api/errors.js';
import type { DataCheck, Resolution } from '../api/forecastTypes.js';
import { addDays, daysBetween, formatStamp, stampDay, stampFromParts, stampMinuteOfDay, type Day, type Stamp } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { calendarDays } from './calendar.js';
import { HISTORY_NEEDED_DAYS, checkAndRepair, historyCheck } from './checks.js';
import { workspaceHolidayCalendar } from './holidayTable.js';
import { resolveScope, type ResolvedScope } from './scope.js';
import { readScopeLoad } from './series.js';
import { MEAN_OF_STATIONS, temperatureCandidates, temperatureSeries, temperaturesAtSteps, type TemperatureSeries } from './temperature.js';
import { STEPS_PER_DAY, type PreparedSeries } from './types.js';

/** History read before the start: four years (and a leap day). */
export const MAX_HISTORY_DAYS = 4 * 365 + 1;
/** The longest stretch without load before the start that gaps may fill; beyond it the scope has no recent load. */
export const MAX_TRAILING_GAP_DAYS = 28;

export interface PrepareOptions {
  scope: string;
  resolution: Resolution;
  /** The first forecast interval's start; default: the interval after the scope's last load. */
  start?: Stamp | undefined;
  horizonSteps: number;
  /** Use this station's temperatures (no candidates are offered). */
  station?: string | undefined;
  /** A scenario: the horizon's temperatures from a file (where it reaches), then shifted. */
  temperatureOverride?: { shift?: number; values?: ReadonlyMap<Stamp, number> } | undefined;
}

export interface PreparedScopeSeries extends PreparedSeries {
  /** Each station with enough coverage, and their mean when several (empty when a station was asked for). */
  candidates: { station: string; temperature: Float64Array }[];
  /** The first forecast step: the frame's loadEnd. */
  startStep: number;
  /** Load at the horizon's steps, NaN where unknown (for display beside the forecast). */
  actuals: Float64Array;
}

export function prepareSeries(db: Db, options: PrepareOptions): PreparedScopeSeries {
  const { resolution, horizonSteps } = options;
  const stepsPerDay = STEPS_PER_DAY[resolution];
  const stepMinutes = 1440 / stepsPerDay;
  const scope = resolveScope(db, options.scope);
  const span = loadSpan(db, scope, resolution);
  if (!span) throw noData(scope, options.start, resolution);

  // Read from up to four years before the start to the horizon's end.
  const start = options.start;
  if (start !== undefined && stampMinuteOfDay(start) % stepMinutes !== 0) {
    throw new EngineError('validation', `The start ${formatStamp(start)} is not the start of a ${resolution} interval.`, { start: formatStamp(start), resolution });
  }
  const anchorDay = start === undefined ? addDays(span.lastDay, 1) : stampDay(start);
  const readFrom = maxDay(span.firstDay, addDays(anchorDay, -MAX_HISTORY_DAYS));
  const readTo = start === undefined ? anchorDay : addDays(anchorDay, Math.ceil((stampMinuteOfDay(start) / stepMinutes + horizonSteps) / stepsPerDay));
  // The history is read up to the start's day and the horizon on its own, for display: a
  // missing meter's share (series.ts) is weighed by the meters' mean load over the read, which
  // must not see load at or after the start (a start within a day still lets that day's later
  // steps into the means).
  const source = { meters: scope.kind === 'all' ? ('all' as const) : scope.meterIds };
  const historyTo = start === undefined ? readTo : addDays(stampDay(start), stampMinuteOfDay(start) > 0 ? 1 : 0);
  const values = readScopeLoad(db, source, resolution, readFrom, maxDay(historyTo, addDays(readFrom, 1))).values;

  // Steps relative to readFrom.
  let startAt: number;
  if (start === undefined) {
    startAt = lastKnown(values, values.length) + 1;
    if (startAt === 0) throw noData(scope, undefined, resolution);
  } else {
    startAt = daysBetween(readFrom, stampDay(start)) * stepsPerDay + stampMinuteOfDay(start) / stepMinutes;
  }
  const firstKnown = values.findIndex((v, i) => i < startAt && v === v);
  if (firstKnown < 0 || startAt <= 0) throw noData(scope, start, resolution);
  const lastBefore = lastKnown(values, Math.min(startAt, values.length));
  if (startAt - lastBefore > MAX_TRAILING_GAP_DAYS * stepsPerDay) {
    const lastStamp = stepStamp(readFrom, lastBefore, stepsPerDay);
    throw new EngineError(
      'forecast.no_data',
      `${scope.label} has no load in the ${MAX_TRAILING_GAP_DAYS} days before ${formatStamp(stepStamp(readFrom, startAt, stepsPerDay))}: its last load is at ${formatStamp(lastStamp)}.`,
      { scope: scope.label, start: formatStamp(stepStamp(readFrom, startAt, stepsPerDay)), lastLoad: formatStamp(lastStamp) },
    );
  }

  // The frame: from 00:00 of the first day with load.
  const offset = Math.floor(firstKnown / stepsPerDay) * stepsPerDay;
  const firstDay = addDays(readFrom, offset / stepsPerDay);
  const loadEnd = startAt - offset;
  const steps = loadEnd + horizonSteps;
  const dayCount = Math.ceil(steps / stepsPerDay);
  const historyDays = loadEnd / stepsPerDay;
  const needed = HISTORY_NEEDED_DAYS.naive;
  if (historyDays < needed) {
    throw new EngineError(
      'forecast.short_history',
      `${scope.label} has ${Math.floor(historyDays)} days of load before the start; at least ${needed} are needed to forecast it.`,
      { scope: scope.label, haveDays: Math.floor(historyDays), neededDays: needed },
    );
  }

  const days = calendarDays(firstDay, dayCount, workspaceHolidayCalendar(db));
  const history = values.subarray(offset, startAt);
  const repaired = checkAndRepair(history, stepsPerDay, { resolution, dayTypes: days.map((d) => d.type) });
  const checks: DataCheck[] = [];
  const short = historyCheck(historyDays);
  if (short) checks.push(short);
  checks.push(...repaired.checks);
  const partial = partialScopeCheck(db, scope, resolution);
  if (partial) checks.push(partial);

  const actuals = new Float64Array(horizonSteps).fill(Number.NaN);
  if (start !== undefined) {
    const later = readScopeLoad(db, source, resolution, stampDay(start), maxDay(readTo, addDays(stampDay(start), 1))).values;
    const first = stampMinuteOfDay(start) / stepMinutes;
    for (let h = 0; h < horizonSteps && first + h < later.length; h++) actuals[h] = later[first + h]!;
  }

  const temperature = frameTemperature(db, options, firstDay, dayCount, steps, loadEnd, stepsPerDay, checks);
  return {
    frame: {
      resolution,
      stepsPerDay,
      firstDay,
      steps,
      load: repaired.load,
      loadEnd,
      imputed: repaired.imputed,
      temperature: temperature.chosen?.values ?? null,
      days,
    },
    checks,
    unit: resolution === 'day' ? 'kWh' : 'kW',
    scopeLabel: scope.label,
    station: temperature.chosen?.station ?? '',
    candidates: temperature.candidates.map((c) => ({ station: c.station, temperature: c.values })),
    startStep: loadEnd,
    actuals,
  };
}

function maxDay(a: Day, b: Day): Day {
  return a > b ? a : b;
}

function lastKnown(values: Float64Array, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (values[i] === values[i]) return i;
  return -1;
}

function stepStamp(firstDay: Day, step: number, stepsPerDay: number): Stamp {
  const minute = (step % stepsPerDay) * (1440 / stepsPerDay);
  return stampFromParts(addDays(firstDay, Math.floor(step / stepsPerDay)), Math.floor(minute / 60), minute % 60);
}

function noData(scope: ResolvedScope, start: Stamp | undefined, resolution: Resolution): EngineError {
  const what = resolution === 'day' ? 'daily consumption or interval load' : 'interval load (curves)';
  const when = start === undefined ? '' : ` before ${formatStamp(start)}`;
  const hint = resolution === 'day' ? '' : ' Forecast it at day resolution if it has daily consumption.';
  // Without a start the scope has no load at all: the renderer words that case apart (variant).
  const details = start === undefined ? { scope: scope.label, variant: 'never' } : { scope: scope.label, start: formatStamp(start) };
  return new EngineError('forecast.no_data', `${scope.label} has no ${what}${when}.${hint}`, details);
}

/** The first and last day any meter of the scope has load of the kind the resolution reads, from the catalog ledger. */
function loadSpan(db: Db, scope: ResolvedScope, resolution: Resolution): { firstDay: Day; lastDay: Day } | null {
  const kind = resolution === 'day' ? 'daily' : 'interval';
  const row = (
    scope.kind === 'all'
      ? db.prepare('SELECT MIN(first_day), MAX(last_day) FROM catalog_ledger_entities WHERE kind = ?').raw(true).get(kind)
      : db
          .prepare('SELECT MIN(first_day), MAX(last_day) FROM catalog_ledger_entities WHERE kind = ? AND entity IN (SELECT value FROM json_each(?))')
          .raw(true)
          .get(kind, JSON.stringify(scope.meterIds))
  ) as [Day | null, Day | null];
  return row[0] === null || row[1] === null ? null : { firstDay: row[0], lastDay: row[1] };
}

/** At 15min and hour, the meters of the scope with daily consumption but no curve are not in the sum. */
function partialScopeCheck(db: Db, scope: ResolvedScope, resolution: Resolution): DataCheck | null {
  if (resolution === 'day') return null;
  const withLoad = (
    scope.kind === 'all'
      ? db.prepare(`SELECT COUNT(DISTINCT entity) FROM catalog_ledger_entities WHERE kind IN ('interval', 'daily')`).pluck().get()
      : db
          .prepare(`SELECT COUNT(DISTINCT entity) FROM catalog_ledger_entities WHERE kind IN ('interval', 'daily') AND entity IN (SELECT value FROM json_each(?))`)
          .pluck()
          .get(JSON.stringify(scope.meterIds))
  ) as number;
  if (scope.intervalMeters >= withLoad) return null;
  return {
    code: 'partial_scope',
    severity: 'warning',
    message: `Only ${scope.intervalMeters} of the ${withLoad} meters with load in ${scope.label} have interval load; the ${resolution} series is theirs alone (the day resolution counts every meter).`,
    details: { meters: withLoad, intervalMeters: scope.intervalMeters },
  };
}

interface FrameTemperature {
  chosen: { station: string; values: Float64Array } | null;
  candidates: { station: string; values: Float64Array }[];
}

/**
 * The candidates' temperatures and the frame's: the station asked for, else the only candidate
 * or the mean of several (the run backtests each candidate and may choose another). Adds the
 * temperature checks of the series chosen; a scenario changes every candidate's horizon.
 */
function frameTemperature(
  db: Db,
  options: PrepareOptions,
  firstDay: Day,
  dayCount: number,
  steps: number,
  loadEnd: number,
  stepsPerDay: number,
  checks: DataCheck[],
): FrameTemperature {
  const historyDays = Math.ceil(loadEnd / stepsPerDay);
  const asked = options.station;
  const series: (TemperatureSeries & { station: string })[] =
    asked === undefined
      ? temperatureCandidates(db, firstDay, dayCount, options.resolution, historyDays)
      : [temperatureSeries(db, asked, firstDay, dayCount, options.resolution, historyDays)].flatMap((s) => (s ? [{ station: asked, ...s }] : []));
  const chosen = series.length === 1 ? series[0]! : series.find((s) => s.station === MEAN_OF_STATIONS);
  if (!chosen) {
    checks.push({
      code: 'no_temperature',
      severity: 'warning',
      message:
        asked === undefined
          ? 'No weather station observes temperature on at least half of the history\'s days: the models that need temperature are left out.'
          : `Station '${asked}' has no temperature for this period: the models that need temperature are left out.`,
      details: { station: asked ?? null },
    });
    return { chosen: null, candidates: [] };
  }

  let historyGaps = 0;
  let horizonGaps = 0;
  for (let i = 0; i < steps; i++) {
    if (!chosen.filled[i]) continue;
    if (i < loadEnd) historyGaps++;
    else horizonGaps++;
  }
  const scenario = options.temperatureOverride;
  const fromFile = scenario?.values ? temperaturesAtSteps(scenario.values, firstDay, dayCount, options.resolution) : null;
  if (fromFile) {
    let uncovered = 0;
    horizonGaps = 0;
    for (let i = loadEnd; i < steps; i++) {
      if (fromFile[i] !== fromFile[i]) {
        uncovered++;
        if (chosen.filled[i]) horizonGaps++;
      }
    }
    if (uncovered > 0) {
      checks.push({
        code: 'no_future_temperature',
        severity: 'warning',
        message: `The temperature file does not cover ${uncovered} of the horizon's ${steps - loadEnd} steps: the workspace's temperatures were used there.`,
        details: { steps: uncovered, horizon: steps - loadEnd, file: true },
      });
    }
  }
  if (historyGaps > 0) {
    checks.push({
      code: 'temperature_gaps',
      severity: historyGaps > loadEnd * 0.05 ? 'warning' : 'info',
      message: `${historyGaps} of the history's ${loadEnd} steps had no temperature from ${stationName(chosen.station)} within reach: filled with the mean of the same time on the nearest days.`,
      details: { station: chosen.station, steps: historyGaps, share: historyGaps / loadEnd },
    });
  }
  if (horizonGaps > 0) {
    checks.push({
      code: 'no_future_temperature',
      severity: 'info',
      message: `${horizonGaps} of the horizon's ${steps - loadEnd} steps have no temperature from ${stationName(chosen.station)} (the forecast runs past the weather data): they take the mean of the same time over the last days observed.`,
      details: { station: chosen.station, steps: horizonGaps, horizon: steps - loadEnd, file: false },
    });
  }

  const candidates = series.map((s) => ({ station: s.station, values: applyScenario(s.values, loadEnd, steps, fromFile, scenario?.shift) }));
  return { chosen: candidates.find((c) => c.station === chosen.station)!, candidates: asked === undefined ? candidates : [] };
}

function stationName(station: string): string {
  if (station === MEAN_OF_STATIONS) return 'the mean of the stations';
  return station === '' ? 'the region' : `station ${station}`;
}

/** The horizon's temperatures replaced by the file's where it has them, then shifted. */
function applyScenario(values: Float64Array, loadEnd: number, steps: number, fromFile: Float64Array | null, shift: number | undefined): Float64Array {
  const out = values.slice(0, steps);
  for (let i = loadEnd; i < steps; i++) {
    const given = fromFile?.[i];
    if (given !== undefined && given === given) out[i] = given;
    if (shift !== undefined) out[i]! += shift;
  }
  return out;
}
