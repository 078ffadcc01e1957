// `npm run bench -- overview [--customers N] [--runs N] [--fresh]`: the overview
// benchmark. Generates a demo workspace of 50,000 customers (two years) once into the OS temp
// folder through the Engine's demo.create job, as the app does (--fresh regenerates it), and
// prints the generation time and the workspace size. Then, through a real Engine and its
// query worker, calls catalog.summary and each overview method N times (default 30) with the
// default period and prints p50 / p95 / max per method (target p95 <= 200 ms), plus a few
// data-browser pages, deep in the largest tables.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../engine/host/engine.js';
import type { MethodName } from '../../engine/api/contract.js';
import { builtWorker, requireEngineBuild } from '../helpers/paths.js';

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number of at least 1`);
  return value;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const fileSize = (file: string) => [file, `${file}-wal`].reduce((n, f) => n + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);

export async function main(args: string[]): Promise<void> {
  requireEngineBuild();
  const customers = option(args, '--customers', 50_000);
  const runs = option(args, '--runs', 30);
  const folder = path.join(os.tmpdir(), 'workbench-bench-overview');
  const workspace = path.join(folder, `demo-${customers}-seed1.workbench`);
  if (args.includes('--fresh')) for (const f of [workspace, `${workspace}-wal`, `${workspace}-shm`]) fs.rmSync(f, { force: true });

  const engine = new Engine({ workerScript: builtWorker, host: 'cli', version: 'bench', homeDir: path.join(folder, 'home'), poolSize: 1 });
  try {
    if (fs.existsSync(workspace)) {
      console.log(`reusing ${workspace} (${(fileSize(workspace) / 1e6).toFixed(0)} MB); --fresh regenerates it`);
    } else {
      fs.mkdirSync(folder, { recursive: true });
      const started = performance.now();
      let lastShown = 0;
      await engine.runJob('demo.create', { path: workspace, seed: 1, customers, days: 730, open: false }, (p) => {
        if (performance.now() - lastShown < 5000) return;
        lastShown = performance.now();
        console.log(`  ${(p.fraction * 100).toFixed(0)}% ${p.message}`);
      });
      const seconds = (performance.now() - started) / 1000;
      console.log(`generated ${customers.toLocaleString('en')} customers x 730 days in ${seconds.toFixed(1)} s: ${workspace}, ${(fileSize(workspace) / 1e6).toFixed(0)} MB`);
    }
    await engine.openWorkspace(workspace);
    const catalog = await engine.call('catalog.summary', {});
    console.log(catalog.kinds.map((k) => `${k.kind} ${k.rows.toLocaleString('en')}`).join(', '));

    const calls: [string, MethodName, Record<string, unknown>][] = [
      ['catalog.summary', 'catalog.summary', {}],
      ['overview.kpis', 'overview.kpis', {}],
      ['overview.consumptionByMonth', 'overview.consumptionByMonth', {}],
      ['overview.consumptionByArea', 'overview.consumptionByArea', {}],
      ['overview.loadVsTemperature', 'overview.loadVsTemperature', {}],
      ['overview.customersByCategory', 'overview.customersByCategory', {}],
      ['overview.arrears', 'overview.arrears', {}],
      ['data.browse daily, last page', 'data.browse', { kind: 'daily', offset: (await storedRows(engine, 'daily')) - 500, limit: 500 }],
      ['data.browse interval, middle page', 'data.browse', { kind: 'interval', offset: Math.floor((await storedRows(engine, 'interval')) / 2), limit: 500 }],
      ['data.browse bills by arrears', 'data.browse', { kind: 'bills', limit: 500, sort: { column: 'arrears_yuan', desc: true } }],
    ];
    console.log(`${runs} calls each (ms):`);
    console.log(`${'method'.padEnd(36)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)}`);
    for (const [label, method, callArgs] of calls) {
      await engine.call(method, callArgs as never); // warm the statement cache and the pages, as a UI's first paint does
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await engine.call(method, callArgs as never);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const show = (ms: number) => ms.toFixed(1).padStart(7);
      console.log(`${label.padEnd(36)} ${show(percentile(times, 50))} ${show(percentile(times, 95))} ${show(times[times.length - 1]!)}`);
    }
    console.log('target: p95 <= 200 ms for each overview method');
  } finally {
    await engine.close();
  }
}

/** Rows of a kind's table, as the browser counts them (daily consumption: meter-months). */
async function storedRows(engine: Engine, kind: 'daily' | 'interval'): Promise<number> {
  return (await engine.call('data.browse', { kind, limit: 1 })).total;
}
