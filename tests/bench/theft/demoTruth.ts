// Part 2: the demo's own theft cases (meta demo_truth: about 1.5 % of the customers, every
// attack type, some ended by an inspection), found among all the demo's customers.
import Database from 'better-sqlite3-multiple-ciphers';
import path from 'node:path';
import { auc, precisionAtK } from '../../../engine/theft/evaluation/metrics.js';
import { demoTruthOf } from './demoInjected.js';
import { scoredPopulation } from './evaluate.js';
import { scoreWorkspace } from './score.js';

export interface TruthEvaluation {
  auc: number;
  precisionAt100: number;
  /** Precision of the first 100 of the ranked list (suspicion x estimated loss), the order an auditor works in. */
  rankedPrecisionAt100: number;
  thefts: number;
  customers: number;
  /** AUC of each attack type's cases against every honest customer. */
  aucByAttack: Map<string, number>;
  /**
   * AUC of the cases no inspection has found (still stealing at the end) against every honest
   * customer: the inspected ones are also the supervised model's training labels.
   */
  uninspected: { cases: number; auc: number };
  seconds: number;
}

export async function demoTruthBenchmark(base: string, work: string): Promise<TruthEvaluation> {
  const db = new Database(base, { readonly: true });
  const truth = demoTruthOf(db);
  const customers = db.prepare('SELECT customer_id FROM customers ORDER BY customer_id').pluck().all() as string[];
  db.close();
  const scored = await scoreWorkspace(base, path.join(work, 'demo-truth-scores.csv'));
  const thieves = new Set(truth.thefts.map((t) => t.customerId));
  const items = scoredPopulation(scored.scores, customers, thieves);
  const aucByAttack = new Map<string, number>();
  for (const attack of [...new Set(truth.thefts.map((t) => t.attack))].sort()) {
    const cases = new Set(truth.thefts.filter((t) => t.attack === attack).map((t) => t.customerId));
    aucByAttack.set(attack, auc(scoredPopulation(scored.scores, customers.filter((c) => cases.has(c) || !thieves.has(c)), cases)));
  }
  const open = new Set(truth.thefts.filter((t) => t.endDate === null).map((t) => t.customerId));
  const uninspected = { cases: open.size, auc: auc(scoredPopulation(scored.scores, customers.filter((c) => open.has(c) || !thieves.has(c)), open)) };
  const byRank = new Map([...scored.ranks].map(([id, rank]) => [id, -rank]));
  return {
    auc: auc(items),
    precisionAt100: precisionAtK(items, 100),
    rankedPrecisionAt100: precisionAtK(scoredPopulation(byRank, customers, thieves), 100),
    thefts: thieves.size,
    customers: customers.length,
    aucByAttack,
    uninspected,
    seconds: scored.seconds,
  };
}
