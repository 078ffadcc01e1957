// `npm run bench -- segments [--profiles N] [--seed N] [--skip-demo]`: the segmentation benchmark
// of issue 6.
// 1. 100,000 synthetic profiles (tests/bench/segments/synthetic.ts: the demo's six day patterns
//    with cooling/heating blends and noise) segmented as one category, k by the silhouette, in
//    this process: wall and CPU time (target < 20 s), the k chosen with the silhouette per k,
//    the adjusted Rand index against the generating patterns, and the same with k fixed at 6.
// 2. The default demo workspace (5,000 customers, 730 days; a copy) segmented by
//    `workbench segments` through the engine: its time and clusters per category.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../engine/host/engine.js';
import { segmentProfiles } from '../../engine/segments/segment.js';
import { builtWorker, requireEngineBuild } from '../helpers/paths.js';
import { cachedDemo } from './demoWorkspace.js';
import { copyWorkspace } from './theft/workspaces.js';
import { adjustedRand, patterns, syntheticProfiles } from './segments/synthetic.js';

export async function main(args: string[]): Promise<void> {
  const n = numberOption(args, '--profiles', 100_000);
  const seed = numberOption(args, '--seed', 1);
  const { values, truth } = syntheticProfiles(n, seed);
  const categories = new Array<string>(n).fill('synthetic');
  for (const fixedK of [null, patterns.length]) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const [result] = segmentProfiles(values, categories, { kMin: 2, kMax: 8, fixedK: fixedK === null ? [] : [{ category: 'synthetic', k: fixedK }], seed });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const labels = new Int32Array(n);
    result!.members.forEach((row, i) => (labels[row] = result!.labels[i]!));
    const how = fixedK === null ? `k by silhouette: ${result!.k} (${result!.scores.map((s) => `${s.k}: ${s.silhouette.toFixed(3)}`).join(', ')})` : `k fixed at ${fixedK}`;
    console.log(
      `${n.toLocaleString('en')} synthetic profiles of ${patterns.length} patterns segmented in ${seconds.toFixed(1)} s ` +
        `(CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; target < 20 s); ${how}; adjusted Rand index ${adjustedRand(labels, truth).toFixed(3)}`,
    );
    console.log(`  clusters: ${result!.clusters.map((c) => `${c.name} ${c.size}`).join(', ')}`);
  }
  if (!args.includes('--skip-demo')) await demoBenchmark();
}

async function demoBenchmark(): Promise<void> {
  requireEngineBuild();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-bench-segments-'));
  const engine = new Engine({ workerScript: builtWorker, host: 'cli', version: 'bench', homeDir: path.join(work, 'home'), poolSize: 1 });
  try {
    const base = cachedDemo();
    const file = copyWorkspace(base, path.join(work, 'demo.workbench'));
    await engine.call('workspace.open', { path: file });
    const t0 = performance.now();
    const info = await engine.runJob('segments.run', { out: path.join(work, 'segments.csv') });
    const wall = (performance.now() - t0) / 1000;
    console.log(
      `\ndemo workspace (5,000 customers, 730 days): ${info.customers} customers with curves segmented over ${info.fromDay}..${info.toDay} ` +
        `(weekdays) in ${info.seconds.toFixed(1)} s in the worker, ${wall.toFixed(1)} s for the job; ${info.skipped} with too few days left out`,
    );
    await engine.call('workspace.close', {});
    // The clusters as saved by the job (the CSV run saves none): run once more, saved, to print them.
    await engine.call('workspace.open', { path: file });
    await engine.runJob('segments.run', {});
    const { categories } = await engine.call('segments.clusters', {});
    for (const c of categories) {
      const scores = c.scores.map((s) => `${s.k}: ${s.silhouette.toFixed(2)}`).join(', ');
      console.log(`  ${c.category ?? 'no archive'} (${c.profiles}): k ${c.k} ${c.choice}${scores ? ` [${scores}]` : ''}; ${c.clusters.map((cl) => `${cl.name} ${cl.size}`).join(', ')}`);
    }
  } finally {
    await engine.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function numberOption(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number`);
  return value;
}
