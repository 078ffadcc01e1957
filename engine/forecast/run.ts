// forecast.run without the saving: prepare the scope's series, keep the models that can run on
// it (and say why the others cannot), choose the weather station, backtest at rolling origins
// before the start, forecast from the start, and describe it all as a ForecastRun. Used by the
// job (engine/services/forecast.ts), the batch's worker threads and the CLI alike.
import path from 'node:path';
import type { Args } from '../api/contract.js';
import { EngineError } from '../api/errors.js';
import {
  fittedModels,
  type DataCheck,
  type FittedModelId,
  type ForecastPoint,
  type ForecastRun,
  type ModelChoice,
  type ReportedModel,
} from '../api/forecastTypes.js';
import { addDays, formatStamp, parseIsoDay, stampFromParts, type Stamp } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { forecastFrom, rollingBacktest, type Backtest } from './backtest.js';
import { modelSpecs } from './models/index.js';
import { prepareSeries } from './prepare.js';
import { chooseStation } from './stations.js';
import { readTemperatureFile } from './temperatureFile.js';
import type { Frame, ModelSpec } from './types.js';
import { STEPS_PER_DAY } from './types.js';

export type ForecastRunArgs = Args<'forecast.run'>;

/** What a run needs of its job: the job context, or a batch worker's stand-in. */
export interface RunJob {
  progress(fraction: number, message: string): void;
  log(line: string): void;
  throwIfCancelled(): void;
}

/** Progress bar shares of the run's stages. */
const SHARE = { prepare: 0.15, station: 0.15, backtest: 0.55, forecast: 0.15 };

export async function runForecast(db: Db, args: ForecastRunArgs, job: RunJob): Promise<ForecastRun> {
  const stepsPerDay = STEPS_PER_DAY[args.resolution];
  const horizon = horizonSteps(args.horizonHours, stepsPerDay);
  const start = args.start === undefined ? undefined : parseStart(args.start, stepsPerDay);

  job.progress(0, 'Reading the load');
  const file = args.scenario?.temperatureFile;
  const scenarioTemperatures = file === undefined ? undefined : await readTemperatureFile(file);
  if (scenarioTemperatures) {
    job.log(`temperature file ${path.basename(file!)}: ${scenarioTemperatures.values.size} times read, ${scenarioTemperatures.skipped} rows skipped`);
  }
  const shift = args.scenario?.shift;
  const prepared = prepareSeries(db, {
    scope: args.scope,
    resolution: args.resolution,
    start,
    horizonSteps: horizon,
    station: args.station,
    ...(shift !== undefined || scenarioTemperatures
      ? { temperatureOverride: { ...(shift !== undefined ? { shift } : {}), ...(scenarioTemperatures ? { values: scenarioTemperatures.values } : {}) } }
      : {}),
  });
  job.throwIfCancelled();
  const checks: DataCheck[] = [...prepared.checks];
  const { startStep } = prepared;
  let frame: Frame = prepared.frame;
  const startStamp = stepStamp(frame, startStep);
  job.log(`${prepared.scopeLabel} (${args.scope}): ${(frame.loadEnd / stepsPerDay).toFixed(0)} days of history at ${args.resolution}, forecast from ${formatStamp(startStamp)} for ${horizon} steps`);
  for (const check of prepared.checks) job.log(`check ${check.code} (${check.severity}): ${check.message}`);

  const models = runnableModels(frame, args, prepared.scopeLabel, checks, job);
  const choice = modelChoice(args.model, models, checks, job);
  const origins = backtestOrigins(frame, startStep, horizon, args.origins, args.originStepDays, models, checks, job);
  job.progress(SHARE.prepare, 'Choosing the weather station');

  let station: ForecastRun['station'] = null;
  if (frame.temperature) {
    const candidates = args.station === undefined ? prepared.candidates : [];
    const chosen = chooseStation(
      frame,
      candidates.map((c) => ({ station: c.station, temperature: c.temperature })),
      modelSpecs.vanilla,
      origins,
      horizon,
      (f, specs, at, h) => rollingBacktest(f, { models: specs, origins: at, horizon: h }),
      (index, name) => {
        job.throwIfCancelled();
        job.progress(SHARE.prepare + (SHARE.station * index) / candidates.length, `Backtesting station ${name}`);
      },
    );
    if (chosen) {
      frame = { ...frame, temperature: chosen.temperature };
      station = { used: chosen.used, candidates: chosen.candidates };
      const scores = chosen.candidates.map((c) => `${c.station || 'region'} ${c.mape === null ? '-' : `${c.mape.toFixed(2)}%`}`).join(', ');
      job.log(`temperature from ${chosen.used || 'the region'}, the best of ${chosen.candidates.length} by the vanilla model's backtest MAPE: ${scores}`);
    } else {
      station = { used: prepared.station, candidates: [] };
      job.log(`temperature from ${prepared.station || 'the region'}${args.station ? ' (asked for)' : ''}`);
    }
  }
  job.throwIfCancelled();

  const backtestStart = SHARE.prepare + SHARE.station;
  let backtest: Backtest | null = null;
  if (origins.length > 0) {
    job.progress(backtestStart, `Backtesting ${models.length} models at ${origins.length} origins`);
    backtest = rollingBacktest(frame, {
      models,
      origins,
      horizon,
      onProgress: (fraction, message) => {
        job.throwIfCancelled();
        job.progress(backtestStart + SHARE.backtest * fraction, message);
      },
    });
  }
  job.throwIfCancelled();

  const forecastStart = backtestStart + SHARE.backtest;
  job.progress(forecastStart, 'Fitting and forecasting');
  const forecast = forecastFrom(frame, startStep, horizon, models, choice, backtest, (fraction, message) => {
    job.throwIfCancelled();
    job.progress(forecastStart + SHARE.forecast * fraction, message);
  });
  const metrics = backtest?.metrics ?? [];
  const mape = metrics.find((m) => m.model === forecast.chosen)?.mape ?? null;
  job.log(`chosen model: ${forecast.chosen}${choice === 'auto' ? ' (auto: the lowest backtest error)' : ''}; backtest MAPE ${mape === null ? '-' : `${mape.toFixed(2)}%`}`);

  const points: ForecastPoint[] = [];
  for (let i = 0; i < horizon; i++) {
    const modelValues: Partial<Record<ReportedModel, number>> = {};
    for (const [id, values] of forecast.models) modelValues[id] = values[i]!;
    const temperature = frame.temperature?.[startStep + i];
    const effect = forecast.temperatureEffect?.[i];
    const actual = prepared.actuals[i];
    points.push({
      ts: formatStamp(stepStamp(frame, startStep + i)),
      forecast: forecast.values[i]!,
      p10: forecast.p10[i]!,
      p50: forecast.p50[i]!,
      p90: forecast.p90[i]!,
      models: modelValues,
      temperature: temperature === undefined || Number.isNaN(temperature) ? null : temperature,
      temperatureEffect: effect === undefined || Number.isNaN(effect) ? null : effect,
      actual: actual === undefined || Number.isNaN(actual) ? null : actual,
      override: null,
    });
  }
  job.progress(1, 'Done');

  return {
    runId: null,
    name: args.name ?? `${prepared.scopeLabel} ${formatStamp(startStamp)} +${args.horizonHours}h`,
    createdAt: new Date().toISOString(),
    scope: args.scope,
    scopeLabel: prepared.scopeLabel,
    resolution: args.resolution,
    start: formatStamp(startStamp),
    horizonHours: args.horizonHours,
    unit: prepared.unit,
    model: args.model,
    chosen: forecast.chosen,
    mape,
    scenario: args.scenario
      ? { shift: args.scenario.shift ?? null, file: file === undefined ? null : path.basename(file), baseRunId: args.scenario.baseRunId ?? null }
      : null,
    batchId: null,
    weights: backtest?.weights ?? {},
    station,
    checks,
    metrics,
    errorHeatmap: backtest ? backtest.heatmap(forecast.chosen) : [],
    history: history(frame, startStep, horizon),
    points,
  };
}

/** Steps of the horizon: hours at the resolution, whole days at 'day' (a part day counts as a day). */
export function horizonSteps(hours: number, stepsPerDay: number): number {
  return stepsPerDay === 1 ? Math.ceil(hours / 24) : (hours * stepsPerDay) / 24;
}

/** 'YYYY-MM-DDTHH:mm' -> Stamp; the start must be the start of an interval of the resolution. */
function parseStart(text: string, stepsPerDay: number): Stamp {
  const hour = Number(text.slice(11, 13));
  const minute = Number(text.slice(14, 16));
  const stepMinutes = 1440 / stepsPerDay;
  if ((hour * 60 + minute) % stepMinutes !== 0) {
    const what = stepsPerDay === 1 ? 'a day, at 00:00' : `an interval of ${stepMinutes} minutes`;
    throw new EngineError('validation', `The start ${text} is not the start of ${what}.`, { field: 'start' });
  }
  return stampFromParts(parseIsoDay(text.slice(0, 10)), hour, minute);
}

/** The local time at which step `step` of the frame starts. */
export function stepStamp(frame: Pick<Frame, 'firstDay' | 'stepsPerDay'>, step: number): Stamp {
  const day = addDays(frame.firstDay, Math.floor(step / frame.stepsPerDay));
  const minute = (step % frame.stepsPerDay) * (1440 / frame.stepsPerDay);
  return stampFromParts(day, Math.floor(minute / 60), minute % 60);
}

/**
 * The fitted models asked for (all by default, and the one chosen) that can run on this frame;
 * each that cannot is named in a 'fallback' check. When none can, the naive model, which needs
 * the least, stands in; when even it cannot, the run fails as short_history.
 */
function runnableModels(frame: Frame, args: ForecastRunArgs, scopeLabel: string, checks: DataCheck[], job: RunJob): ModelSpec[] {
  const wanted = new Set<FittedModelId>(args.models ?? fittedModels);
  if (isFitted(args.model)) wanted.add(args.model);
  const historyDays = frame.loadEnd / frame.stepsPerDay;
  const why = (spec: ModelSpec): string | null => {
    if (spec.needsTemperature && frame.temperature === null) return 'the scope has no temperature data';
    if (historyDays < spec.minHistoryDays) return `it needs ${spec.minHistoryDays} days of history and the scope has ${Math.floor(historyDays)}`;
    return null;
  };
  const runnable: ModelSpec[] = [];
  for (const id of fittedModels) {
    if (!wanted.has(id)) continue;
    const spec = modelSpecs[id];
    const reason = why(spec);
    if (reason === null) {
      runnable.push(spec);
      continue;
    }
    const message = `The ${id} model was left out: ${reason}.`;
    checks.push({ code: 'fallback', severity: 'warning', message, details: { model: id, neededDays: spec.minHistoryDays, historyDays: Math.floor(historyDays), temperature: frame.temperature !== null } });
    job.log(message);
  }
  if (runnable.length > 0) return runnable;
  const naive = modelSpecs.naive;
  const reason = why(naive);
  if (reason !== null) {
    throw new EngineError('forecast.short_history', `Too little history to forecast: ${reason}.`, {
      scope: scopeLabel,
      haveDays: Math.floor(historyDays),
      neededDays: naive.minHistoryDays,
    });
  }
  const message = 'None of the models asked for can run on this series: the seasonal naive model is used instead.';
  checks.push({ code: 'fallback', severity: 'warning', message, details: { model: 'naive', neededDays: naive.minHistoryDays, historyDays: Math.floor(historyDays), temperature: frame.temperature !== null } });
  job.log(message);
  return [naive];
}

/** The model asked for, or auto among those that run when it cannot run itself. */
function modelChoice(asked: ModelChoice, models: ModelSpec[], checks: DataCheck[], job: RunJob): ModelChoice {
  if (!isFitted(asked) || models.some((m) => m.id === asked)) return asked;
  const instead: ModelChoice = models.length === 1 ? models[0]!.id : 'auto';
  const message = `The ${asked} model cannot run on this series: ${instead === 'auto' ? 'the best of the others by backtest' : `the ${instead} model`} is used instead.`;
  checks.push({ code: 'fallback', severity: 'warning', message, details: { model: asked, instead } });
  job.log(message);
  return instead;
}

export function isFitted(choice: ModelChoice): choice is FittedModelId {
  return (fittedModels as readonly string[]).includes(choice);
}

/**
 * Backtest origins, ascending: `count` origins every `stepDays` days, the last one ending its
 * horizon just before the start; an origin where some model would lack its history is left
 * out (and said so).
 */
function backtestOrigins(
  frame: Frame,
  startStep: number,
  horizon: number,
  count: number,
  stepDays: number,
  models: ModelSpec[],
  checks: DataCheck[],
  job: RunJob,
): number[] {
  const neededDays = Math.max(...models.map((m) => m.minHistoryDays));
  const earliest = neededDays * frame.stepsPerDay;
  const origins: number[] = [];
  for (let k = 0; k < count; k++) {
    const origin = startStep - horizon - k * stepDays * frame.stepsPerDay;
    if (origin < earliest) break;
    origins.unshift(origin);
  }
  if (origins.length < count) {
    const message = `Only ${origins.length} of ${count} backtest origins have the ${neededDays} days of history the models need before them${origins.length === 0 ? ': the models are not backtested and the ensemble weighs them equally' : ''}.`;
    checks.push({ code: 'short_history', severity: origins.length === 0 ? 'warning' : 'info', message, details: { origins: origins.length, requested: count, neededDays } });
    job.log(message);
  }
  return origins;
}

/** The load before the start for the chart: the last max(7 days, 3 horizons); imputed steps are left blank. */
function history(frame: Frame, startStep: number, horizon: number): ForecastRun['history'] {
  const from = Math.max(0, startStep - Math.max(7 * frame.stepsPerDay, 3 * horizon));
  const values: (number | null)[] = [];
  for (let i = from; i < startStep; i++) values.push(frame.imputed[i] ? null : frame.load[i]!);
  return { from: formatStamp(stepStamp(frame, from)), values };
}
