// `npm run bench -- forecast [--skip-accuracy] [--skip-speed] [--skip-batch]`: the forecasting benchmark of issue 3.
//
// Accuracy, on real data (../shared/data): Victoria's half-hourly demand with Melbourne's
// temperature (vic_elec, 2012-2014) and the Irish smart-meter aggregate with temperature
// (irish_agg, 2010). Each file is imported through the normal import path (import.run with a
// mapping: the demand as one meter's curve, the temperature as the region's weather), the
// workspace's holiday table is set from the file's own holiday column (forecast.saveCalendar),
// and forecast.run backtests every model at hourly resolution at rolling origins every 7 days
// (00:00) over the last year of data (from where 8 weeks of history exist, for the Irish
// year), horizons 24 h and 168 h. Prints MAPE per model and auto / vanilla (target <= 0.85).
//
// Speed: one hourly series with four years of history (a demo workspace of 300 customers over
// 1,461 days, scope 'all'), fit and forecast by forecast.run on the one job thread; and
// forecast.batch of every transformer area of the default demo workspace (5,000 customers,
// 730 days) on all cores. Demo workspaces are generated once into the OS temp folder and reused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArgsIn } from '../../engine/api/contract.js';
import type { ForecastRun, ModelMetrics } from '../../engine/api/forecastTypes.js';
import { Engine } from '../../engine/host/engine.js';
import { builtWorker, requireEngineBuild, sharedDataDir } from '../helpers/paths.js';
import { cachedDemo } from './demoWorkspace.js';

interface Dataset {
  name: string;
  file: string;
  timestamp: string;
  demand: string;
  temperature: string;
  holiday: string;
}

const datasets: Dataset[] = [
  { name: 'vic_elec', file: path.join(sharedDataDir, 'vic_elec', 'vic_elec.csv'), timestamp: 'Time', demand: 'Demand', temperature: 'Temperature', holiday: 'Holiday' },
  { name: 'irish_agg', file: path.join(sharedDataDir, 'irish_agg', 'IrishAgg.csv'), timestamp: 'dateTime', demand: 'dem', temperature: 'temp', holiday: 'holy' },
];

const HORIZONS_HOURS = [24, 168];
const ORIGIN_STEP_DAYS = 7;
const YEAR_ORIGINS = 52;
/** History before the first origin: about 8 weeks. */
const FIRST_ORIGIN_DAYS = 56;
const REPORTED: ModelMetrics['model'][] = ['naive', 'vanilla', 'recency', 'ml', 'ensemble', 'auto'];

export async function main(args: string[]): Promise<void> {
  requireEngineBuild();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-bench-forecast-'));
  const engine = new Engine({ workerScript: builtWorker, host: 'cli', version: 'bench', homeDir: path.join(work, 'home'), poolSize: 1 });
  try {
    if (!args.includes('--skip-accuracy')) for (const dataset of datasets) await accuracy(engine, dataset, work);
    if (!args.includes('--skip-speed')) await speed(engine);
    if (!args.includes('--skip-batch')) await batch(engine);
  } finally {
    await engine.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function accuracy(engine: Engine, dataset: Dataset, work: string): Promise<void> {
  const workspace = path.join(work, `${dataset.name}.workbench`);
  await engine.call('workspace.create', { path: workspace });
  const started = Date.now();
  // The files have no meter column: the whole file is one meter's curve (options.meter).
  await engine.runJob('import.run', {
    path: dataset.file,
    kind: 'interval',
    mapping: { fields: { timestamp: dataset.timestamp, value: dataset.demand }, options: { meter: dataset.name, unit: 'kW', timeLabel: 'start' } },
  });
  await engine.runJob('import.run', {
    path: dataset.file,
    kind: 'weather',
    mapping: { fields: { timestamp: dataset.timestamp, temperature: dataset.temperature } },
  });
  const holidays = holidayDays(dataset);
  await engine.runJob('forecast.saveCalendar', { entries: holidays.map((day) => ({ day, type: 'holiday' as const, festival: '' })) });
  const range = await engine.call('forecast.dataRange', {});
  console.log(`${dataset.name}: imported ${range.firstStamp} .. ${range.lastStamp}, ${holidays.length} holidays, ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Origins at 00:00 every 7 days, the last ending its horizon at the end of the data.
  const lastDay = range.lastStamp!.slice(0, 10);
  const historyDays = daysBetween(range.firstStamp!.slice(0, 10), lastDay) + 1;
  const start = `${lastDay}T00:00`; // the last whole day is forecast by the run itself, after the backtest
  for (const hours of HORIZONS_HOURS) {
    const horizonDays = hours / 24;
    const origins = Math.min(YEAR_ORIGINS, Math.floor((historyDays - 1 - horizonDays - FIRST_ORIGIN_DAYS) / ORIGIN_STEP_DAYS) + 1);
    const t0 = Date.now();
    const run = await engine.runJob('forecast.run', {
      scope: 'all',
      resolution: 'hour',
      start,
      horizonHours: hours,
      origins,
      originStepDays: ORIGIN_STEP_DAYS,
      save: false,
    });
    const seconds = (Date.now() - t0) / 1000;
    const mape = (model: ModelMetrics['model']) => run.metrics.find((m) => m.model === model)?.mape ?? null;
    const cells = REPORTED.map((m) => `${m} ${format(mape(m))}`).join(', ');
    const auto = mape('auto');
    const vanilla = mape('vanilla');
    const ratio = auto !== null && vanilla !== null ? (auto / vanilla).toFixed(3) : '-';
    console.log(`  ${hours} h, ${run.metrics[0]?.origins ?? 0} origins (${seconds.toFixed(1)} s): MAPE % ${cells}`);
    console.log(`  ${hours} h: auto / vanilla = ${ratio} (target <= 0.85); auto picked ${run.chosen} for the run; P10-P90 coverage of auto ${format(coverage(run))}`);
  }
  await engine.closeWorkspace();
}

/** The days the file's holiday column marks, as 'YYYY-MM-DD'. */
function holidayDays(dataset: Dataset): string[] {
  const lines = fs.readFileSync(dataset.file, 'utf8').split(/\r?\n/);
  const header = lines[0]!.split(',').map((h) => h.replaceAll('"', ''));
  const at = header.indexOf(dataset.holiday);
  const time = header.indexOf(dataset.timestamp);
  const days = new Set<string>();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    if (cells[at] === 'TRUE') days.add(cells[time]!.replaceAll('"', '').slice(0, 10));
  }
  return [...days].sort();
}

async function speed(engine: Engine): Promise<void> {
  const workspace = cachedDemo({ seed: 3, customers: 300, days: 1461 });
  await engine.openWorkspace(workspace);
  const args: ArgsIn<'forecast.run'> = { scope: 'all', resolution: 'hour', horizonHours: 168, origins: 1, save: false };
  await engine.runJob('forecast.run', { ...args, models: ['naive'], model: 'naive' }); // warms the job thread and the page cache
  const stages: [string, number][] = [];
  const t0 = Date.now();
  const run = await engine.runJob('forecast.run', args, (p) => {
    if (stages.at(-1)?.[0] !== stageOf(p.message)) stages.push([stageOf(p.message), (Date.now() - t0) / 1000]);
  });
  const seconds = (Date.now() - t0) / 1000;
  const at = (stage: string) => stages.find(([s]) => s === stage)?.[1] ?? seconds;
  console.log(
    `speed: one hourly series with 4 years of history (${run.scopeLabel}, forecast from ${run.start}), forecast.run with every model ` +
      `and a one-origin backtest on one thread: ${seconds.toFixed(1)} s; of which fit + forecast of the four models from the start ` +
      `${(at('done') - at('forecast')).toFixed(1)} s (target < 10 s)`,
  );
  console.log(
    `  stages: prepare ${at('station').toFixed(1)} s, station choice ${(at('backtest') - at('station')).toFixed(1)} s, ` +
      `backtest ${(at('forecast') - at('backtest')).toFixed(1)} s, fit + forecast ${(at('done') - at('forecast')).toFixed(1)} s`,
  );
  await engine.closeWorkspace();
}

/** The run's stage by its progress message (engine/forecast/run.ts). */
function stageOf(message: string): string {
  if (message === 'Done') return 'done';
  if (message.startsWith('Choosing') || message.startsWith('Backtesting station')) return 'station';
  if (message.startsWith('Backtest')) return 'backtest';
  if (message.startsWith('Fitting') || message.startsWith('Forecast by')) return 'forecast';
  return 'prepare';
}

async function batch(engine: Engine): Promise<void> {
  const workspace = cachedDemo();
  await engine.openWorkspace(workspace);
  const t0 = Date.now();
  const result = await engine.runJob('forecast.batch', { level: 'area', horizonHours: 24, origins: 4 });
  const seconds = (Date.now() - t0) / 1000;
  const failed = result.runs.filter((r) => r.failed !== null);
  console.log(
    `batch: ${result.runs.length} transformer areas of the default demo in ${seconds.toFixed(1)} s on ${result.workers} threads ` +
      `(${os.availableParallelism()} cores; ${failed.length} failed${failed[0] ? `, e.g. ${failed[0].scope}: ${failed[0].failed}` : ''})`,
  );
  // The batch's runs stay in the reused demo file otherwise.
  for (const run of result.runs) if (run.runId !== null) await engine.runJob('forecast.edit', { action: 'delete', runId: run.runId });
  await engine.closeWorkspace();
}


function coverage(run: ForecastRun): number | null {
  const c = run.metrics.find((m) => m.model === 'auto')?.coverage ?? null;
  return c === null ? null : c * 100;
}

function format(value: number | null): string {
  return value === null ? '-' : value.toFixed(2);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
