// `npm run bench -- overview [--customers N] [--runs N] [--fresh]`: the overview
// benchmark. Generates a demo workspace of 50,000 customers (two years) once into the OS temp
// folder through the Engine's demo.create job, as the app does (--fresh regenerates it), and
// prints the generation time and the workspace size. Then, through a real Engine and its
// query worker, calls catalog.summary and each overview method N times (default 30) with the
// default period, then with the Overview's cross-filters (the area with the most customers, a
// category, the last month, all three) and the drill-down to that area's customers, and prints
// p50 / p95 / max per call (target p95 <= 200 ms), plus
// data-browser pages: deep in the largest tables, sorted, searched. Last, an archive correction
// of 10 customers (their category changed, then changed back) imported and timed: what a small
// customers import costs on a large workspace. The workspace ends as it began.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
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

    const interval = await storedRows(engine, 'interval');
    const meterPrefix = (await engine.call('data.browse', { kind: 'interval', offset: Math.floor(interval / 3), limit: 1 })).rows[0]![0] as string;
    // The marker after a deep page, as the data browser keeps it while the user scrolls on.
    const middle = await engine.call('data.browse', { kind: 'interval', offset: Math.floor(interval / 2), limit: 500, sort: { column: 'day', desc: true } });
    // What a click on the Overview applies: the area with the most customers (the longest
    // drill-down; the largest consumer is often a dedicated transformer of one customer), a
    // category, the period's last month.
    const byCustomers = (await engine.call('overview.consumptionByArea', {})).filter((a) => a.areaId !== '').sort((a, b) => b.customers - a.customers);
    const areaId = byCustomers[0]?.areaId ?? '';
    console.log(`filters: area ${areaId} (${byCustomers[0]?.customers ?? 0} customers), category residential`);
    const month = (await engine.call('overview.kpis', {})).period?.to ?? '2025-12';
    const category = 'residential' as const;
    const calls: [string, MethodName, Record<string, unknown>][] = [
      ['catalog.summary', 'catalog.summary', {}],
      ['overview.kpis', 'overview.kpis', {}],
      ['overview.consumptionByMonth', 'overview.consumptionByMonth', {}],
      ['overview.consumptionByArea', 'overview.consumptionByArea', {}],
      ['overview.loadVsTemperature', 'overview.loadVsTemperature', {}],
      ['overview.customersByCategory', 'overview.customersByCategory', {}],
      ['overview.arrears', 'overview.arrears', {}],
      ['overview.kpis area', 'overview.kpis', { areaId }],
      ['overview.kpis category', 'overview.kpis', { category }],
      ['overview.kpis month', 'overview.kpis', { month }],
      ['overview.kpis area+month+category', 'overview.kpis', { areaId, month, category }],
      ['overview.consumptionByMonth area', 'overview.consumptionByMonth', { areaId }],
      ['overview.consumptionByMonth cat.', 'overview.consumptionByMonth', { category }],
      ['overview.consumptionByArea cat.', 'overview.consumptionByArea', { category }],
      ['overview.consumptionByArea month', 'overview.consumptionByArea', { month }],
      ['overview.loadVsTemperature area', 'overview.loadVsTemperature', { areaId }],
      ['overview.loadVsTemperature cat.', 'overview.loadVsTemperature', { category }],
      ['overview.customersByCategory area', 'overview.customersByCategory', { areaId }],
      ['overview.arrears area+category', 'overview.arrears', { areaId, category }],
      ['overview.areaCustomers (drill-down)', 'overview.areaCustomers', { areaId }],
      ['overview.areaCustomers month', 'overview.areaCustomers', { areaId, month }],
      ['data.browse daily, last page', 'data.browse', { kind: 'daily', offset: (await storedRows(engine, 'daily')) - 500, limit: 500 }],
      ['data.browse interval, middle page', 'data.browse', { kind: 'interval', offset: Math.floor(interval / 2), limit: 500 }],
      ['data.browse interval by day, deep', 'data.browse', { kind: 'interval', offset: Math.floor(interval / 2), limit: 500, sort: { column: 'day', desc: true } }],
      ['data.browse interval by day, next', 'data.browse', { kind: 'interval', after: middle.next, limit: 500, sort: { column: 'day', desc: true } }],
      ['data.browse bills by arrears', 'data.browse', { kind: 'bills', limit: 500, sort: { column: 'arrears_yuan', desc: true } }],
      ['data.browse interval by kwh', 'data.browse', { kind: 'interval', limit: 500, sort: { column: 'kwh', desc: true } }],
      ['data.browse customers by meter_id', 'data.browse', { kind: 'customers', limit: 500, sort: { column: 'meter_id', desc: false } }],
      ['data.browse interval search, page 1', 'data.browse', { kind: 'interval', limit: 500, search: meterPrefix.slice(0, -2) }],
      ['data.browse interval search, page 3', 'data.browse', { kind: 'interval', offset: 1000, limit: 500, search: meterPrefix.slice(0, -2) }],
    ];
    console.log(`${runs} calls each (ms):`);
    console.log(`${'method'.padEnd(36)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'max'.padStart(7)}`);
    for (const [label, method, callArgs] of calls) {
      try {
        await engine.call(method, callArgs as never); // warm the statement cache and the pages, as a UI's first paint does
      } catch (error) {
        console.log(`${label.padEnd(36)} refused: ${(error as Error).message}`);
        continue;
      }
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
    await archiveCorrection(engine, workspace, folder);
  } finally {
    await engine.close();
  }
}

/** Rows of a kind's table, as the browser counts them (daily consumption: meter-months). */
async function storedRows(engine: Engine, kind: 'daily' | 'interval'): Promise<number> {
  return (await engine.call('data.browse', { kind, limit: 1 })).total ?? 0;
}

/**
 * Ten customers spread over the archive change category (residential <-> commercial) in a
 * customers import, then change back in a second one; both are timed as jobs.
 */
async function archiveCorrection(engine: Engine, workspace: string, folder: string): Promise<void> {
  const raw = new Database(workspace, { readonly: true });
  const picked = raw
    .prepare(
      `SELECT c.customer_id, c.category_raw, c.area_id, (SELECT MIN(m.meter_id) FROM meters m WHERE m.customer_id = c.customer_id) AS meter_id
         FROM customers c WHERE c.category IN ('residential', 'commercial') AND c.rowid % 4000 = 1 ORDER BY c.customer_id LIMIT 10`,
    )
    .all() as { customer_id: string; category_raw: string; area_id: string; meter_id: string }[];
  raw.close();
  const other = (raw: string) => (raw === '居民生活' ? '一般工商业' : '居民生活');
  const write = (name: string, category: (raw: string) => string) => {
    const file = path.join(folder, name);
    const lines = picked.map((c) => [c.customer_id, category(c.category_raw), c.area_id, c.meter_id].join(','));
    fs.writeFileSync(file, ['户号,用电类别,台区编号,表号', ...lines].join('\n') + '\n');
    return file;
  };
  for (const [label, file] of [
    ['archive import, 10 customers changed', write('archive-correction.csv', other)],
    ['archive import, 10 customers back', write('archive-revert.csv', (raw) => raw)],
  ] as const) {
    const started = performance.now();
    const result = await engine.runJob('import.run', { path: file, kind: 'customers' });
    const ms = performance.now() - started;
    console.log(`${label.padEnd(36)} ${ms.toFixed(0).padStart(7)} ms (${result.updated} updated)`);
  }
}
