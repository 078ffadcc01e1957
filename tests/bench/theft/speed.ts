// Part 3: scoring 100,000 customers with a year of daily consumption and nothing else (no
// archive, curves, events or areas): a daily CSV per 10,000 meters, imported into a fresh
// workspace that is kept in the OS temp folder for later runs. Measured: the `theft score`
// process from start to exit (it saves no run: the kept workspace stays as it was).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addDays, formatDay, parseIsoDay, weekday } from '../../../engine/core/calendar.js';
import { streamFor } from '../../../engine/demo/random.js';
import type { Engine } from '../../../engine/host/engine.js';
import { scoreWorkspace, type ScoreRun } from './score.js';
import { CsvWriter } from './workspaces.js';

const METERS = 100_000;
const DAYS = 365;
const FIRST_DAY = parseIsoDay('2025-01-01');
const METERS_PER_FILE = 10_000;

export interface SpeedResult extends ScoreRun {
  meters: number;
  days: number;
  /** Seconds to write and import the workspace, when this run built it. */
  builtSeconds: number | null;
}

export async function speedBenchmark(engine: Engine, work: string, seed: number): Promise<SpeedResult> {
  const workspace = path.join(os.tmpdir(), `workbench-bench-theft-daily-${seed}-${METERS}x${DAYS}.workbench`);
  let builtSeconds: number | null = null;
  if (!fs.existsSync(workspace)) {
    const t0 = Date.now();
    await buildDailyWorkspace(engine, workspace, work, seed);
    builtSeconds = (Date.now() - t0) / 1000;
  }
  const run = await scoreWorkspace(workspace, path.join(work, 'speed-scores.csv'));
  if (run.scores.size !== METERS) throw new Error(`theft score wrote ${run.scores.size} rows for ${METERS} meters`);
  return { ...run, meters: METERS, days: DAYS, builtSeconds };
}

/**
 * Daily kWh of households and small businesses: a level per meter (log-normal around 8 kWh),
 * summer and winter peaks, a weekly rhythm for one meter in four, 15 % day-to-day noise.
 */
async function buildDailyWorkspace(engine: Engine, workspace: string, work: string, seed: number): Promise<void> {
  const partial = `${workspace}.partial`;
  fs.rmSync(partial, { force: true });
  await engine.call('workspace.create', { path: partial });
  const days = Array.from({ length: DAYS }, (_, d) => addDays(FIRST_DAY, d));
  const dates = days.map(formatDay);
  const season = Array.from({ length: DAYS }, (_, d) => 1 + 0.25 * Math.cos((2 * Math.PI * (d - 200)) / 182.5));
  for (let from = 0; from < METERS; from += METERS_PER_FILE) {
    const csv = new CsvWriter(path.join(work, `daily-${from}.csv`), ['meter', 'date', 'consumption']);
    for (let m = from; m < from + METERS_PER_FILE; m++) {
      const rng = streamFor(seed, 'daily', m);
      const level = rng.logNormal(8, 0.8);
      const business = rng.chance(0.25);
      const meter = `D${String(m + 1).padStart(6, '0')}`;
      for (let d = 0; d < DAYS; d++) {
        const week = business && weekday(days[d]!) >= 5 ? 0.4 : 1;
        csv.row([meter, dates[d]!, Math.max(0, level * season[d]! * week * (1 + 0.15 * rng.normal())).toFixed(2)]);
      }
    }
    csv.close();
    await engine.runJob('import.run', { path: csv.file, kind: 'daily', mapping: { fields: { meter: 'meter', date: 'date', consumption: 'consumption' } } });
    fs.rmSync(csv.file);
  }
  await engine.closeWorkspace();
  fs.renameSync(partial, workspace);
}
