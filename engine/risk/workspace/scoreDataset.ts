// Scores the workspace's customers as of a day with a model: each customer's score row (with its
// expected loss) and the run's summary (sums, customers per grade, the share of customers in each
// of the model's bins for population stability).
//
// Expected loss = probability of serious arrears × the arrears owed on the day; a customer who
// owes nothing yet risks its next bill instead, taken as the median of its last 3 bills.
import type { RiskGrade } from '../../api/riskTypes.js';
import type { Day } from '../../core/calendar.js';
import { scoreRiskModel } from '../model/score.js';
import type { FeatureColumn, RiskModel, RiskScore } from '../model/types.js';
import { binColumn } from '../scorecard/assign.js';
import { emptyGradeCounts, type BinShares } from '../store/runs.js';
import type { ScoreRow } from '../store/scores.js';
import type { RiskDataset } from './dataset.js';

export interface ScoredDataset {
  asOf: Day;
  scores: RiskScore[];
  rows: ScoreRow[];
  expectedLossYuan: number;
  outstandingYuan: number;
  byGrade: Record<RiskGrade, number>;
  features: BinShares;
}

export function scoreDataset(model: RiskModel, dataset: RiskDataset, asOf: Day): ScoredDataset {
  const { table } = dataset;
  const scores = scoreRiskModel(model, table);
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const modelColumns = model.features.map((f) => byName.get(f.name)).filter((c): c is FeatureColumn => c !== undefined);
  const byGrade = emptyGradeCounts();
  let expected = 0;
  let outstanding = 0;
  const rows = scores.map((s, i): ScoreRow => {
    const owed = dataset.outstandingYuan[i]!;
    const exposure = owed > 0 ? owed : dataset.expectedBillYuan[i]! || 0;
    const expectedLoss = s.probability * exposure;
    byGrade[s.grade]++;
    expected += expectedLoss;
    outstanding += owed;
    return {
      customerId: s.id,
      probability: s.probability,
      score: s.score,
      grade: s.grade,
      willingness: s.willingness,
      ability: s.ability,
      challengerProbability: s.challengerProbability,
      outstandingYuan: round2(owed),
      expectedLossYuan: round2(expectedLoss),
      reasons: s.reasons,
      features: Object.fromEntries(modelColumns.map((c) => [c.name, valueOf(c, i)])),
    };
  });
  return { asOf, scores, rows, expectedLossYuan: round2(expected), outstandingYuan: round2(outstanding), byGrade, features: binShares(model, byName, scores.length) };
}

function binShares(model: RiskModel, byName: Map<string, FeatureColumn>, n: number): BinShares {
  const shares: BinShares = {};
  for (const binning of model.binnings) {
    const column = byName.get(binning.feature);
    if (!column || n === 0) continue;
    const counts = new Array<number>(binning.bins.length).fill(0);
    for (const bin of binColumn(binning, column)) counts[bin]!++;
    shares[binning.feature] = counts.map((c) => c / n);
  }
  return shares;
}

function valueOf(column: FeatureColumn, row: number): number | string | null {
  if (column.kind === 'categorical') return column.values[row] ?? null;
  const x = column.values[row]!;
  return Number.isNaN(x) ? null : Math.round(x * 10_000) / 10_000;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
