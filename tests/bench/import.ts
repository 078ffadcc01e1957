// `npm run bench -- import [--scale N]`: the import benchmark. Generates a wide
// 96-point CSV of 10,000 meters x 30 days (x N days with --scale N: 300,000 x N rows, 28.8 M x N
// values) in the OS temp folder, imports it through the Engine (worker threads, as the app
// does) into a new workspace, and prints seconds, values per second, peak RSS (sampled every
// 50 ms; the workers share the process) and workspace size. Then loads the same file with the
// sqlite3 shell's `.import` into a plain table, and prints the ratio of our time to its time.
// With --runs N (default 3 at scale 1, else 1) each side runs N times and the best times are
// compared: the machine may be shared, and the best run is the one least disturbed.
//
// Why interval_load stores one row per meter-day with a Float32 blob (see m001_initial.ts),
// measured on this benchmark's file (2 cores, shared machine, best of 3):
//   one row per meter-day, Float32 blob (ours): 3.0 s, 154.6 MB for 28.8 M values (5.4 B/value)
//   the sqlite3 shell's plain table, a row per file row of 98 text cells: 3.1 s, 205.3 MB
//   one row per value (meter_id, ts, kw) WITHOUT ROWID, measured on a tenth of the values
//   (2.88 M inserted in 4.0 s, 102.7 MB) and scaled: ~40 s and ~1 GB (~36 B/value).
// The blob row is 7x smaller and over 10x faster to write than a row per value, and a scan
// of a meter's month reads 30 rows instead of 2,880.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../engine/host/engine.js';
import { addDays, formatDay } from '../../engine/core/calendar.js';
import { builtWorker, requireEngineBuild } from '../helpers/paths.js';

const METERS = 10_000;
const DAYS = 30;
const POINTS = 96;

export async function main(args: string[]): Promise<void> {
  const scaleAt = args.indexOf('--scale');
  const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 1;
  if (!Number.isInteger(scale) || scale < 1) throw new Error('--scale takes a whole number of at least 1');
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : scale === 1 ? 3 : 1;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
  requireEngineBuild();
  const days = DAYS * scale;
  const file = path.join(os.tmpdir(), `workbench-bench-import-${METERS}x${days}.csv`);
  if (!fs.existsSync(file)) generate(file, days);
  const rows = METERS * days;
  const values = rows * POINTS;
  const sizeMb = fs.statSync(file).size / 1e6;
  console.log(`file: ${file}, ${sizeMb.toFixed(1)} MB, ${rows.toLocaleString('en')} rows, ${values.toLocaleString('en')} values`);

  const ours: Awaited<ReturnType<typeof importThroughEngine>>[] = [];
  const shell: ReturnType<typeof sqliteShellImport>[] = [];
  for (let run = 0; run < runs; run++) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-bench-'));
    try {
      const result = await importThroughEngine(file, work);
      ours.push(result);
      console.log(
        `workbench import: ${result.seconds.toFixed(2)} s, ${(values / result.seconds / 1e6).toFixed(2)} M values/s, ` +
          `peak RSS ${result.peakRssMb.toFixed(0)} MB, workspace ${result.workspaceMb.toFixed(1)} MB ` +
          `(imported ${result.imported.toLocaleString('en')}, quarantined ${result.quarantined})`,
      );
      const loaded = sqliteShellImport(file, work);
      shell.push(loaded);
      console.log(`sqlite3 .import: ${loaded.seconds.toFixed(2)} s into a plain table of ${loaded.dbMb.toFixed(1)} MB`);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
  const best = Math.min(...ours.map((r) => r.seconds));
  const bestShell = Math.min(...shell.map((r) => r.seconds));
  // The first run's RSS is the import's own: later runs start from what earlier engines left to the allocator.
  console.log(
    `best of ${runs}: ours ${best.toFixed(2)} s (${(values / best / 1e6).toFixed(2)} M values/s), sqlite3 .import ${bestShell.toFixed(2)} s, ` +
      `peak RSS of the first run ${ours[0]!.peakRssMb.toFixed(0)} MB (target < 400)`,
  );
  console.log(`ratio (ours / sqlite3 .import): ${(best / bestShell).toFixed(2)} (target <= 1.5, aim <= 1.0)`);
}

async function importThroughEngine(file: string, work: string) {
  const engine = new Engine({ workerScript: builtWorker, host: 'cli', version: 'bench', homeDir: path.join(work, 'home'), poolSize: 1 });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    const workspace = path.join(work, 'bench.workbench');
    await engine.call('workspace.create', { path: workspace });
    // The app keeps its job worker alive; start it before timing (a job on a missing file fails at once).
    await engine.runJob('import.run', { path: path.join(work, 'missing.csv'), kind: 'interval' }).catch(() => undefined);
    const started = process.hrtime.bigint();
    const result = await engine.runJob('import.run', { path: file, kind: 'interval' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
    return {
      seconds,
      peakRssMb: peak / 2 ** 20,
      workspaceMb: (size(workspace) + size(`${workspace}-wal`)) / 1e6,
      imported: result.imported,
      quarantined: result.quarantined,
    };
  } finally {
    clearInterval(sampler);
    await engine.close();
  }
}

function sqliteShellImport(file: string, work: string): { seconds: number; dbMb: number } {
  const version = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
  if (version.status !== 0) throw new Error('The sqlite3 command-line shell is needed for the comparison (apt-get install sqlite3).');
  const db = path.join(work, 'shell.db');
  const started = process.hrtime.bigint();
  execFileSync('sqlite3', [db, '.mode csv', `.import '${file.replaceAll("'", "''")}' curves`], { stdio: 'inherit' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, dbMb: fs.statSync(db).size / 1e6 };
}

/** Deterministic load values in [0, 10) kW with 3 decimals; rows by meter, then day, as exports sort them. */
function generate(file: string, days: number): void {
  const started = Date.now();
  const partial = `${file}.partial`;
  const fd = fs.openSync(partial, 'w');
  let seed = 20240301;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const dates = Array.from({ length: days }, (_, d) => formatDay(addDays(20240301, d)));
  try {
    fs.writeSync(fd, ['表号', '数据日期', ...Array.from({ length: POINTS }, (_, k) => `P${k + 1}`)].join(',') + '\n');
    const values = new Array<string>(POINTS);
    for (let meter = 0; meter < METERS; meter++) {
      const lines: string[] = [];
      const base = 0.5 + random() * 4;
      for (const date of dates) {
        for (let k = 0; k < POINTS; k++) {
          const shape = 1 + 0.6 * Math.sin(((k - 30) / POINTS) * 2 * Math.PI);
          values[k] = Math.min(9.999, base * shape * (0.8 + random() * 0.4)).toFixed(3);
        }
        lines.push(`${3_100_000_000 + meter},${date},${values.join(',')}\n`);
      }
      fs.writeSync(fd, lines.join(''));
    }
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
  console.log(`generated ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
