// workbench forecast --workspace <file> --scope <selector> --start <YYYY-MM-DDTHH:mm> --horizon <hours>
//   [--resolution 15min|hour|day] [--model auto|...] [--temperature <file>] --out <file.csv>
// Runs forecast.run through the engine without saving the run, and writes a CSV with exactly the
// columns timestamp,forecast,p10,p50,p90 (the start of each interval, local time). A stable
// interface: automated checks read the file. Exit code 0 written, 1 failed, 2 bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArgsIn } from '../../../api/contract.js';
import { fittedModels, type FittedModelId, type ForecastRun } from '../../../api/forecastTypes.js';
import { withEngine } from '../cliEngine.js';
import { progressBar } from '../progressBar.js';
import { forecastUsage, UsageError } from '../usage.js';

/** The options forecast and backtest share: the workspace, the scope and the run's settings. */
export const scopeOptions = {
  workspace: { type: 'string' },
  scope: { type: 'string' },
  start: { type: 'string' },
  horizon: { type: 'string' },
  resolution: { type: 'string' },
  model: { type: 'string' },
  temperature: { type: 'string' },
} as const;

type ScopeValues = { [K in keyof typeof scopeOptions]?: string };

/** forecast.run's arguments from the shared options; the engine validates the values themselves (bad ones are bad usage). */
export function runArgs(values: ScopeValues, usage: string, required: { start: boolean; horizon: boolean }): ArgsIn<'forecast.run'> {
  if (!values.workspace) throw new UsageError('--workspace <file> is required.', usage);
  if (!values.scope) throw new UsageError('--scope <selector> is required.', usage);
  if (required.start && !values.start) throw new UsageError('--start <YYYY-MM-DDTHH:mm> is required.', usage);
  if (required.horizon && !values.horizon) throw new UsageError('--horizon <hours> is required.', usage);
  if (values.horizon !== undefined && !/^\d+$/.test(values.horizon)) throw new UsageError(`--horizon takes whole hours, not '${values.horizon}'.`, usage);
  return {
    scope: values.scope,
    ...(values.start !== undefined ? { start: values.start } : {}),
    ...(values.horizon !== undefined ? { horizonHours: Number(values.horizon) } : {}),
    ...(values.resolution !== undefined ? { resolution: values.resolution as never } : {}),
    // A model named on the command line is the only one fitted: its backtest gives its intervals.
    ...(values.model !== undefined ? { model: values.model as never } : {}),
    ...(values.model !== undefined && (fittedModels as readonly string[]).includes(values.model) ? { models: [values.model as FittedModelId] } : {}),
    ...(values.temperature !== undefined ? { scenario: { temperatureFile: path.resolve(values.temperature) } } : {}),
    save: false,
  };
}

/** Opens the workspace (upgrading an older schema, as the app does) and runs the forecast. */
export function runThroughEngine(workspace: string, args: ArgsIn<'forecast.run'>): Promise<ForecastRun> {
  return withEngine(async (engine) => {
    await engine.call('workspace.open', { path: workspace });
    const bar = progressBar(process.stderr, args.scope);
    try {
      return await engine.runJob('forecast.run', args, (p) => bar.update(p));
    } finally {
      bar.end();
    }
  });
}

export async function forecastCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { ...scopeOptions, out: { type: 'string' } } });
  const args = runArgs(values, forecastUsage, { start: true, horizon: true });
  if (!values.out) throw new UsageError('--out <file.csv> is required.', forecastUsage);
  const out = path.resolve(values.out);
  const run = await runThroughEngine(values.workspace!, args);
  fs.writeFileSync(out, forecastCsv(run));
  for (const check of run.checks) if (check.severity !== 'info') process.stderr.write(`${check.code}: ${check.message}\n`);
  const mape = run.mape === null ? '' : `, backtest MAPE ${run.mape.toFixed(2)}%`;
  process.stdout.write(`${run.points.length} intervals of ${run.scopeLabel} from ${run.start} written to ${out} (model ${run.chosen}${mape})\n`);
  return 0;
}

/** timestamp,forecast,p10,p50,p90: one line per interval, values to 3 decimals. */
export function forecastCsv(run: ForecastRun): string {
  const lines = ['timestamp,forecast,p10,p50,p90'];
  for (const p of run.points) lines.push([p.ts, ...[p.forecast, p.p10, p.p50, p.p90].map(decimals)].join(','));
  return lines.join('\n') + '\n';
}

function decimals(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
