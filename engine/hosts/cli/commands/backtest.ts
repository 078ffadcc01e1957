// workbench backtest --workspace <file> --scope <selector> [--start ...] [--horizon <hours>]
//   [--resolution ...] [--model ...] [--origins N]
// Runs forecast.run (unsaved) with N rolling origins before the start and prints the backtest
// as one JSON object: {scope, resolution, horizonHours, origins, station, chosen, metrics}.
// A stable interface. Exit code 0 printed, 1 failed, 2 bad usage.
import { parseArgs } from 'node:util';
import { backtestUsage, UsageError } from '../usage.js';
import { runArgs, runThroughEngine, scopeOptions } from './forecast.js';

export async function backtestCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { ...scopeOptions, origins: { type: 'string' } } });
  const args = runArgs(values, backtestUsage, { start: false, horizon: false });
  if (values.origins !== undefined && !/^\d+$/.test(values.origins)) throw new UsageError(`--origins takes a whole number, not '${values.origins}'.`, backtestUsage);
  const run = await runThroughEngine(values.workspace!, { ...args, ...(values.origins !== undefined ? { origins: Number(values.origins) } : {}) });
  const chosen = run.metrics.find((m) => m.model === run.chosen);
  const report = {
    scope: run.scope,
    resolution: run.resolution,
    horizonHours: run.horizonHours,
    origins: chosen?.origins ?? 0,
    station: run.station?.used ?? null,
    chosen: run.chosen,
    metrics: run.metrics,
  };
  process.stdout.write(JSON.stringify(report) + '\n');
  return 0;
}
