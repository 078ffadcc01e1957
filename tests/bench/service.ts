// `npm run bench -- service [--customers N] [--tickets N] [--runs N] [--fresh]`: customer-service
// analytics at scale. Generates a demo workspace (default 5,000 customers, two years, seed 1) once
// into the OS temp folder and copies its tickets (new numbers, same customers and times) until
// there are about --tickets (default 100,000), as a busy region's 95598 history would be. Then,
// through a real Engine, times the tag job and calls each service query N times (default 10),
// printing p50 / max per query.
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

/** Copies the tickets (numbers suffixed -1, -2, ...) until there are about `target`. */
function copyTickets(file: string, target: number): number {
  const db = new Database(file);
  try {
    const { n } = db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number };
    const copies = Math.max(0, Math.round(target / n) - 1);
    db.prepare(
      `WITH RECURSIVE k(i) AS (SELECT 1 WHERE ${copies} > 0 UNION ALL SELECT i + 1 FROM k WHERE i < ${copies})
       INSERT INTO tickets SELECT ticket_id || '-' || i, customer_id, ts, channel, channel_raw, type, type_raw, text, satisfaction, handling_hours, import_id
       FROM tickets, k`,
    ).run();
    return (db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

export async function main(args: string[]): Promise<void> {
  requireEngineBuild();
  const customers = option(args, '--customers', 5000);
  const target = option(args, '--tickets', 100_000);
  const runs = option(args, '--runs', 10);
  const folder = path.join(os.tmpdir(), 'workbench-bench-service');
  const workspace = path.join(folder, `demo-${customers}-seed1-${target}.workbench`);
  if (args.includes('--fresh')) for (const f of [workspace, `${workspace}-wal`, `${workspace}-shm`]) fs.rmSync(f, { force: true });

  const engine = new Engine({ workerScript: builtWorker, host: 'cli', version: 'bench', homeDir: path.join(folder, 'home'), poolSize: 1 });
  try {
    if (fs.existsSync(workspace)) {
      console.log(`reusing ${workspace}; --fresh regenerates it`);
    } else {
      fs.mkdirSync(folder, { recursive: true });
      const started = performance.now();
      await engine.runJob('demo.create', { path: workspace, seed: 1, customers, days: 730, open: false });
      console.log(`generated ${customers.toLocaleString('en')} customers x 730 days in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      console.log(`tickets copied to ${copyTickets(workspace, target).toLocaleString('en')}`);
    }
    await engine.openWorkspace(workspace);

    const started = performance.now();
    const tagged = await engine.runJob('service.tag', {});
    console.log(`service.tag: ${((performance.now() - started) / 1000).toFixed(2)} s, ${tagged.customers.toLocaleString('en')} customers tagged`);

    const firstCustomer = (await engine.call('service.tags', { limit: 1 })).rows[0]?.customerId ?? 'none';
    const calls: [string, MethodName, Record<string, unknown>][] = [
      ['service.volume by month', 'service.volume', {}],
      ['service.volume by day, complaints', 'service.volume', { grain: 'day', types: ['complaint'] }],
      ['service.heatmap', 'service.heatmap', {}],
      ['service.channels by category', 'service.channels', {}],
      ['service.trends by type', 'service.trends', {}],
      ['service.tickets, text search', 'service.tickets', { search: '电费' }],
      ['service.tickets of a customer', 'service.tickets', { customerId: firstCustomer }],
      ['service.tags', 'service.tags', {}],
      ['service.customerTags', 'service.customerTags', { customerId: firstCustomer }],
      ['service.links', 'service.links', {}],
    ];
    for (const [label, method, callArgs] of calls) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await engine.call(method, callArgs as never);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      console.log(`${label.padEnd(36)} p50 ${times[Math.floor(times.length / 2)]!.toFixed(0).padStart(5)} ms   max ${times[times.length - 1]!.toFixed(0).padStart(5)} ms`);
    }
  } finally {
    await engine.close();
  }
}
