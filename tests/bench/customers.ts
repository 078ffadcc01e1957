// `npm run bench -- customers [--customers N] [--runs N] [--fresh]`: the Customers module through
// a real Engine on a demo workspace (default 5,000 customers, two years; generated once into the
// OS temp folder, --fresh regenerates it). Prints the first recommendations page (every shape
// read), the next pages (kept until the workspace changes), the customer 360 and the search
// (p50 / p95 / max of N calls, default 30), and a target list saved and exported to CSV and Excel.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../engine/host/engine.js';
import { builtWorker, requireEngineBuild } from '../helpers/paths.js';

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number of at least 1`);
  return value;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

function summary(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return `p50 ${at(50).toFixed(0)} ms, p95 ${at(95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
}

export async function main(args: string[]): Promise<void> {
  requireEngineBuild();
  const customers = option(args, '--customers', 5000);
  const runs = option(args, '--runs', 30);
  const folder = path.join(os.tmpdir(), 'workbench-bench-customers');
  const workspace = path.join(folder, `demo-${customers}-seed1.workbench`);
  if (args.includes('--fresh')) for (const f of [workspace, `${workspace}-wal`, `${workspace}-shm`]) fs.rmSync(f, { force: true });
  const engine = new Engine({ workerScript: builtWorker, host: 'cli', version: 'bench', homeDir: path.join(folder, 'home'), poolSize: 1 });
  try {
    if (!fs.existsSync(workspace)) {
      fs.mkdirSync(folder, { recursive: true });
      const [, ms] = await timed(() => engine.runJob('demo.create', { path: workspace, seed: 1, customers, days: 730, open: false }));
      console.log(`generated ${customers.toLocaleString('en')} customers x 730 days in ${(ms / 1000).toFixed(1)} s`);
    }
    await engine.openWorkspace(workspace);
    const [first, firstMs] = await timed(() => engine.call('customers.recommendations', { limit: 100 }));
    console.log(`customers.recommendations, first page: ${first.total} customers with curves in ${firstMs.toFixed(0)} ms`);
    const pages: number[] = [];
    for (let i = 0; i < runs; i++) {
      const [, ms] = await timed(() => engine.call('customers.recommendations', { sort: i % 2 ? 'drKw' : 'saving', offset: (i * 20) % 700, limit: 100, minSavingYuan: i % 3 ? 0 : undefined }));
      pages.push(ms);
    }
    console.log(`customers.recommendations, next pages: ${summary(pages)}`);
    const ids = (await engine.call('customers.search', { limit: 1000 })).rows.map((r) => r.customerId);
    const gets: number[] = [];
    const searches: number[] = [];
    for (let i = 0; i < runs; i++) {
      const id = ids[(i * 37) % ids.length]!;
      gets.push((await timed(() => engine.call('customers.get', { customerId: id })))[1]);
      searches.push((await timed(() => engine.call('customers.search', { search: id.slice(0, -2), category: 'residential' })))[1]);
    }
    console.log(`customers.get (the 360): ${summary(gets)}`);
    console.log(`customers.search: ${summary(searches)}`);
    const [list, saveMs] = await timed(() => engine.runJob('customers.saveList', { name: 'bench', filters: { minSavingYuan: 0 } }));
    console.log(`customers.saveList: ${list.customers} members in ${saveMs.toFixed(0)} ms`);
    for (const format of ['csv', 'xlsx'] as const) {
      const [file, ms] = await timed(() => engine.runJob('customers.exportList', { listId: list.listId, format }));
      console.log(`customers.exportList ${format}: ${file.rows} rows in ${ms.toFixed(0)} ms`);
      fs.rmSync(file.path, { force: true });
    }
  } finally {
    await engine.close();
  }
}
