// `npm run bench -- backup [--size-gb N] [--clean]`: the backup benchmark. Builds once,
// and keeps in the OS temp folder, a workspace of about N GB (default 2): a demo workspace grown
// with copies of its interval curves under other meter numbers (INSERT…SELECT, the quick way to
// a large file). Then, through a real Engine, backs it up (backup.create: SQLite's online backup,
// then the verification: SHA-256 and SQLite's integrity check) while a query loop keeps calling
// overview.kpis on the query worker, and prints the backup's and the verification's seconds and
// MB/s, and the query loop's p50/p95 latency before and during the backup. The backup is deleted
// afterwards; --clean also deletes the cached workspace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../engine/host/engine.js';
import { manifestPath } from '../../engine/backup/folders.js';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { builtWorker, requireEngineBuild } from '../helpers/paths.js';

function sizeOption(args: string[]): number {
  const at = args.indexOf('--size-gb');
  if (at < 0) return 2;
  const value = Number(args[at + 1]);
  if (!(value > 0 && value <= 100)) throw new Error('--size-gb takes a number of gigabytes, e.g. 0.5 or 2');
  return value;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const mb = (bytes: number) => bytes / 1e6;

/** A demo workspace grown to `bytes` with copies of its curves (meter numbers suffixed ~1, ~2, ...). */
async function buildWorkspace(engine: Engine, file: string, bytes: number): Promise<void> {
  const started = performance.now();
  await engine.runJob('demo.create', { path: file, seed: 1, customers: 1000, days: 365, open: false });
  const db = openWorkspaceDb(file);
  try {
    db.pragma('synchronous = OFF'); // a workspace made for the benchmark: a crash while growing it only costs a rebuild
    const base = db.prepare('SELECT count(*) FROM interval_load').pluck().get() as number;
    const grow = db.prepare(
      `INSERT INTO interval_load (meter_id, day, points, kwh, peak_kw, missing, kw, quality, import_id)
       SELECT meter_id || '~' || ?, day, points, kwh, peak_kw, missing, kw, quality, import_id FROM interval_load WHERE instr(meter_id, '~') = 0`,
    );
    for (let copy = 1; fs.statSync(file).size < bytes; copy++) {
      db.transaction(() => grow.run(copy))();
      db.pragma('wal_checkpoint(TRUNCATE)');
      console.log(`  copy ${copy} of ${base.toLocaleString('en')} meter-days: ${mb(fs.statSync(file).size).toFixed(0)} MB`);
    }
  } finally {
    db.close();
  }
  console.log(`built ${file}: ${mb(fs.statSync(file).size).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** Calls overview.kpis one after another until `until` settles; each call's milliseconds. */
async function queryLoop(engine: Engine, until: Promise<unknown> | null, count: number): Promise<number[]> {
  let done = false;
  until?.then(
    () => (done = true),
    () => (done = true),
  );
  const times: number[] = [];
  while (until ? !done : times.length < count) {
    const started = performance.now();
    await engine.call('overview.kpis', {});
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const latency = (times: number[]) =>
  `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms (${times.length} calls)`;

export async function main(args: string[]): Promise<void> {
  requireEngineBuild();
  const sizeGb = sizeOption(args);
  const folder = path.join(os.tmpdir(), 'workbench-bench-backup');
  const workspace = path.join(folder, `grown-${sizeGb}gb.workbench`);
  const backup = path.join(folder, 'bench.workbench-backup');
  fs.mkdirSync(folder, { recursive: true });
  for (const f of [backup, manifestPath(backup), `${backup}.partial`]) fs.rmSync(f, { force: true });
  const engine = new Engine({ workerScript: builtWorker, host: 'cli', version: 'bench', homeDir: path.join(folder, 'home'), poolSize: 1 });
  try {
    if (fs.existsSync(workspace)) console.log(`reusing ${workspace} (${mb(fs.statSync(workspace).size).toFixed(0)} MB); --clean deletes it after the run`);
    else await buildWorkspace(engine, workspace, sizeGb * 1e9);
    await engine.openWorkspace(workspace);
    console.log(`load: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores`);

    const before = await queryLoop(engine, null, 40);
    console.log(`overview.kpis before the backup: ${latency(before)}`);
    const job = engine.runJob('backup.create', { path: backup, trigger: 'cli' });
    const during = await queryLoop(engine, job, 0);
    const result = await job;
    const bytes = result.manifest.bytes;
    console.log(`backup: ${mb(bytes).toFixed(0)} MB copied in ${result.copySeconds.toFixed(1)} s (${(mb(bytes) / result.copySeconds).toFixed(0)} MB/s)`);
    console.log(`verify: SHA-256 and integrity check in ${result.verifySeconds.toFixed(1)} s (${(mb(bytes) / result.verifySeconds).toFixed(0)} MB/s)`);
    console.log(`overview.kpis during the backup: ${latency(during)}`);
  } finally {
    await engine.close();
    for (const f of [backup, manifestPath(backup)]) fs.rmSync(f, { force: true });
    if (args.includes('--clean')) fs.rmSync(folder, { recursive: true, force: true });
  }
}
