// `npm run bench -- theft [--seed N] [--repetitions N] [--skip-profiles] [--skip-demo] [--skip-speed]`:
// the theft benchmark of issue 4, run against `workbench theft score` (tests/bench/theft/score.ts).
//
// 1. The six attacks of Jokar et al. (2016), h1..h6 (engine/demo/theft.ts), injected with a
//    fixed seed into 10 % of the consumers: the 50 real two-week profiles of
//    ../shared/data/meter_profiles (each attack type into a new 10 % sample in each of
//    --repetitions repetitions, default 10; mean AUC and precision at the top 5 %), and the honest
//    curve customers of the default demo workspace (5,000 customers, 730 days: each attack type
//    into its own copy). Every injected series enters through import.run (tests/bench/theft/).
// 2. The demo's own theft cases (meta demo_truth): AUC and precision@100 over every customer.
// 3. Speed: 100,000 meters with a year of daily consumption scored (target < 30 s), peak RSS.
// Target: AUC >= 0.90 on the injected attacks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { attackNames, attackTypes, type AttackType } from '../../engine/demo/theft.js';
import { Engine } from '../../engine/host/engine.js';
import { builtWorker, requireEngineBuild } from '../helpers/paths.js';
import { demoInjectedBenchmark } from './theft/demoInjected.js';
import { demoTruthBenchmark } from './theft/demoTruth.js';
import { mean, type Evaluation } from './theft/evaluate.js';
import { profilesBenchmark } from './theft/profiles.js';
import { speedBenchmark } from './theft/speed.js';
import { cachedDemo } from './demoWorkspace.js';

const TARGET_AUC = 0.9;

export async function main(args: string[]): Promise<void> {
  requireEngineBuild();
  const seed = numberOption(args, '--seed', 1);
  const repetitions = numberOption(args, '--repetitions', 10);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-bench-theft-'));
  const engine = new Engine({ workerScript: builtWorker, host: 'cli', version: 'bench', homeDir: path.join(work, 'home'), poolSize: 1 });
  try {
    const profiles = args.includes('--skip-profiles') ? null : await timed('meter_profiles', () => profilesBenchmark(engine, work, seed, repetitions));
    const base = args.includes('--skip-demo') ? null : cachedDemo();
    const demo = base ? await timed('demo injected', () => demoInjectedBenchmark(engine, base, work, seed)) : null;
    if (profiles || demo) printAttacks(profiles, demo, repetitions);
    if (base) {
      const truth = await demoTruthBenchmark(base, work);
      console.log(
        `\ndemo truth (${truth.thefts} theft cases among ${truth.customers} customers, scored in ${truth.seconds.toFixed(1)} s): ` +
          `AUC ${truth.auc.toFixed(3)}, precision@100 ${truth.precisionAt100.toFixed(2)} by score, ` +
          `${truth.rankedPrecisionAt100.toFixed(2)} by rank (suspicion x estimated loss)`,
      );
      console.log(`  AUC by attack: ${[...truth.aucByAttack].map(([a, v]) => `${a} ${v.toFixed(3)}`).join(', ')}`);
      console.log(`  AUC of the ${truth.uninspected.cases} cases no inspection found (not training labels): ${truth.uninspected.auc.toFixed(3)}`);
    }
    if (!args.includes('--skip-speed')) {
      const speed = await speedBenchmark(engine, work, seed);
      if (speed.builtSeconds !== null) console.log(`\nspeed workspace written and imported in ${speed.builtSeconds.toFixed(0)} s`);
      console.log(
        `\nspeed: ${speed.meters.toLocaleString('en')} meters x ${speed.days} days of daily consumption scored by \`theft score\` in ` +
          `${speed.seconds.toFixed(1)} s (target < 30 s; CPU ${speed.cpuSeconds === null ? '-' : `${speed.cpuSeconds.toFixed(1)} s`}), ` +
          `peak RSS ${speed.peakRssMb === null ? '-' : `${speed.peakRssMb.toFixed(0)} MB`}`,
      );
    }
  } finally {
    await engine.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function printAttacks(profiles: Map<AttackType, Evaluation[]> | null, demo: Map<AttackType, Evaluation> | null, repetitions: number): void {
  const first = demo?.get('h1');
  const headers = [
    'attack'.padEnd(22),
    profiles ? `meter_profiles (${repetitions} reps of 5/50)`.padEnd(30) : null,
    demo && first ? `demo (${first.positives} of ${first.population} curve customers)` : null,
  ];
  const units = [''.padEnd(22), profiles ? 'AUC    P@5%   min AUC'.padEnd(30) : null, demo ? 'AUC    P@5%' : null];
  console.log(`\n${headers.filter((c) => c !== null).join(' | ')}`);
  console.log(units.filter((c) => c !== null).join(' | '));
  const below: string[] = [];
  for (const attack of attackTypes) {
    const runs = profiles?.get(attack);
    const d = demo?.get(attack);
    const p = runs ? { auc: mean(runs.map((r) => r.auc)), top: mean(runs.map((r) => r.precisionTop5)), min: Math.min(...runs.map((r) => r.auc)) } : null;
    if (p && p.auc < TARGET_AUC) below.push(`${attack} on meter_profiles`);
    if (d && d.auc < TARGET_AUC) below.push(`${attack} on demo`);
    const cells = [
      `${attack} ${attackNames[attack]}`.padEnd(22),
      p ? `${p.auc.toFixed(3)}  ${p.top.toFixed(2)}   ${p.min.toFixed(3)}`.padEnd(30) : null,
      d ? `${d.auc.toFixed(3)}  ${d.precisionTop5.toFixed(2)}` : null,
    ];
    console.log(cells.filter((c) => c !== null).join(' | '));
  }
  if (demo) {
    console.log('demo: reasons given to victims / to honest curve customers');
    for (const [attack, d] of demo) {
      const shares = d.reasons.slice(0, 4).map((r) => `${r.code} ${percent(r.positives)}/${percent(r.negatives)}`);
      console.log(`  ${attack}: ${shares.join(', ') || 'none'}`);
    }
  }
  console.log(below.length === 0 ? `target AUC >= ${TARGET_AUC}: met everywhere` : `target AUC >= ${TARGET_AUC}: not met for ${below.join(', ')}`);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

async function timed<T>(label: string, part: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const result = await part();
  console.log(`${label}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return result;
}

function numberOption(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive integer`);
  return value;
}
