// Scoring speed: a million synthetic customers with the demo's feature names, each a copy of a
// demo customer drawn at random (seeded), so the values and their mix are the demo's. Scored by
// scoreRiskModel with a model trained on the demo: scorecard, sub-scores, reasons and challenger.
import { Random } from '../../../engine/demo/random.js';
import { challengerProbabilities } from '../../../engine/risk/challenger/index.js';
import { scoreRiskModel } from '../../../engine/risk/model/score.js';
import type { FeatureTable, RiskModel } from '../../../engine/risk/model/types.js';
import { subTable } from './crossValidate.js';

export interface SpeedResult {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** CPU time of the scoring (user + system): on a shared machine the wall time also counts others' work. */
  cpuSeconds: number;
  heapMb: number;
  /** CPU time of the challenger's probabilities alone (a second call). */
  challengerCpuSeconds: number;
}

export function syntheticCustomers(demo: FeatureTable, rows: number, seed: number): FeatureTable {
  const random = new Random(seed);
  const picks = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) picks[i] = random.int(0, demo.ids.length - 1);
  const table = subTable(demo, picks);
  return { ...table, target: null, ids: Array.from({ length: rows }, (_, i) => `S${String(i + 1).padStart(7, '0')}`) };
}

export function scoringSpeed(model: RiskModel, table: FeatureTable): SpeedResult {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const scores = scoreRiskModel(model, table);
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  if (scores.length !== table.ids.length) throw new Error(`scored ${scores.length} of ${table.ids.length} rows`);
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
  const cpuBefore = process.cpuUsage();
  challengerProbabilities(model.challenger, table);
  const challengerCpu = process.cpuUsage(cpuBefore);
  return { rows: scores.length, seconds, rowsPerSecond: scores.length / seconds, cpuSeconds: (used.user + used.system) / 1e6, heapMb, challengerCpuSeconds: (challengerCpu.user + challengerCpu.system) / 1e6 };
}
