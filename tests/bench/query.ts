// `npm run bench -- query [--customers N] [--runs N]`: the query builder's benchmark. Runs a dozen
// typical specs (runQuerySpec, engine/query/builder/runSpec.ts) N times each (default 20) on a
// demo workspace of 50,000 customers over two years (the benchmarks' cache, generated on first
// use), read-only, and prints p50 / p95 / max per spec (wall clock) and the p50 of the process's
// CPU time (what a busy machine does not inflate), whether the aggregates or the raw rows
// answered, and the rows returned.
import type { QuerySpecIn } from '../../engine/api/queryTypes.js';
import { runQuerySpec } from '../../engine/query/builder/runSpec.js';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { cachedDemo } from './demoWorkspace.js';

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number of at least 1`);
  return value;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const specs: [string, QuerySpecIn][] = [
  ['consumption by month x category (pivot)', { measures: ['consumption_kwh'], dimensions: ['month', 'category'], pivotColumn: 'category' }],
  ['consumption, billed, collection rate by quarter', { measures: ['consumption_kwh', 'billed_yuan', 'collection_rate'], dimensions: ['quarter'] }],
  ['consumption by area, top first', { measures: ['consumption_kwh'], dimensions: ['area'], sort: { measure: 'consumption_kwh', direction: 'desc' } }],
  ['arrears by feeder x month, one year', { measures: ['arrears_yuan', 'bills_in_arrears'], dimensions: ['feeder', 'month'], period: { from: '2025-01', to: '2025-12' }, pivotColumn: 'month' }],
  ['consumption by industry (raw)', { measures: ['consumption_kwh'], dimensions: ['industry'] }],
  ['consumption by voltage x month, residential filter (raw)', { measures: ['consumption_kwh'], dimensions: ['voltage', 'month'], filters: [{ dimension: 'category', values: ['residential'] }] }],
  ['late bills by payment channel x year (raw)', { measures: ['bills_late', 'bills'], dimensions: ['payment_channel', 'year'], pivotColumn: 'year' }],
  ['customers, meters, capacity by supply unit x category', { measures: ['customers', 'meters', 'contract_kva'], dimensions: ['supply_unit', 'category'], pivotColumn: 'category' }],
  ['tickets, complaints, satisfaction by type x month', { measures: ['tickets', 'complaints', 'satisfaction_mean'], dimensions: ['ticket_type', 'month'] }],
  ['line loss by area, one quarter', { measures: ['line_loss_pct', 'supplied_kwh'], dimensions: ['area'], period: { from: '2025-10', to: '2025-12' } }],
  ['billed and arrears by area x category (pivot)', { measures: ['billed_yuan', 'arrears_yuan'], dimensions: ['area', 'category'], pivotColumn: 'category' }],
  ['totals of the year, no dimension', { measures: ['consumption_kwh', 'billed_yuan', 'tickets', 'customers'], period: { from: '2025-01', to: '2025-12' } }],
];

export async function main(args: string[]): Promise<void> {
  const customers = option(args, '--customers', 50_000);
  const runs = option(args, '--runs', 20);
  const workspace = cachedDemo({ seed: 1, customers, days: 730 });
  const db = openWorkspaceDb(workspace, { readonly: true });
  try {
    console.log(`${workspace}, ${runs} runs per spec`);
    const p95s: number[] = [];
    for (const [name, spec] of specs) {
      const times: number[] = [];
      const cpu: number[] = [];
      let rows = 0;
      let sources = '';
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const used = process.cpuUsage();
        const result = runQuerySpec(db, spec);
        times.push(performance.now() - started);
        const spent = process.cpuUsage(used);
        cpu.push((spent.user + spent.system) / 1000);
        rows = result.totalRows;
        sources = [...new Set(Object.values(result.sources))].join('+');
      }
      times.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      p95s.push(percentile(times, 95));
      console.log(
        `${name.padEnd(58)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms  max ${times.at(-1)!.toFixed(1).padStart(7)} ms  cpu p50 ${percentile(cpu, 50).toFixed(1).padStart(7)} ms  ${String(rows).padStart(5)} rows  ${sources}`,
      );
    }
    p95s.sort((a, b) => a - b);
    console.log(`worst p95 over the specs: ${p95s.at(-1)!.toFixed(1)} ms`);
  } finally {
    db.close();
  }
}
