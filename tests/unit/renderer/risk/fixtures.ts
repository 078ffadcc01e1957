// Small Risk API answers for the page's unit tests, shaped as riskTypes.ts says.
import type { FeatureBinning, RiskDistribution, RiskModelDetail, RiskRunInfo, RiskStability } from '../../../../engine/api/riskTypes.js';

export const histogram: RiskDistribution['histogram'] = { from: 500, width: 25, counts: [3, 10, 4] };

export const distributionRows: RiskDistribution['rows'] = [
  { key: 'commercial', customers: 4, byGrade: { A: 1, B: 1, C: 1, D: 0, E: 1 }, meanScore: 590, expectedLossYuan: 800, outstandingYuan: 2000 },
  { key: 'residential', customers: 12, byGrade: { A: 5, B: 3, C: 2, D: 1, E: 1 }, meanScore: 610.4, expectedLossYuan: 300, outstandingYuan: 900 },
  { key: '', customers: 1, byGrade: { A: 0, B: 0, C: 0, D: 0, E: 1 }, meanScore: 480, expectedLossYuan: 50, outstandingYuan: 100 },
];

const run = (runId: number, asOf: string, loss: number): RiskRunInfo => ({
  runId,
  modelId: 1,
  createdAt: '2026-11-27T09:00:00Z',
  asOf,
  customers: 100,
  expectedLossYuan: loss,
  outstandingYuan: loss * 4,
  byGrade: { A: 40, B: 30, C: 15, D: 10, E: 5 },
});

/** Newest first, as risk.runs answers; run 4 scored the same day as run 3 again. */
export const runs: RiskRunInfo[] = [run(4, '2025-12-31', 1500), run(3, '2025-12-31', 1200), run(2, '2025-11-30', 1100), run(1, '2025-10-31', 900)];

export const numericBinning: FeatureBinning = {
  feature: 'maxDaysLate12',
  kind: 'numeric',
  side: 'willingness',
  bins: [
    { range: { type: 'interval', lower: null, upper: 0 }, count: 600, bads: 12, woe: 0.9, iv: 0.2, points: 30 },
    { range: { type: 'interval', lower: 0, upper: 15.5 }, count: 300, bads: 30, woe: -0.3, iv: 0.03, points: 12 },
    { range: { type: 'interval', lower: 15.5, upper: null }, count: 100, bads: 40, woe: -1.8, iv: 0.4, points: -10 },
    { range: { type: 'missing' }, count: 0, bads: 0, woe: 0, iv: 0, points: 5 },
  ],
  iv: 0.63,
  weak: false,
  trend: 'increasing',
  edited: false,
  selected: true,
  coefficient: 0.9,
};

export const categoricalBinning: FeatureBinning = {
  feature: 'channel',
  kind: 'categorical',
  side: null,
  bins: [
    { range: { type: 'categories', values: ['bank', 'app'] }, count: 700, bads: 20, woe: 0.5, iv: 0.01, points: 20 },
    { range: { type: 'categories', values: ['counter'] }, count: 300, bads: 15, woe: -0.2, iv: 0.005, points: 8 },
  ],
  iv: 0.015,
  weak: true,
  trend: 'none',
  edited: false,
  selected: false,
  coefficient: null,
};

const metrics = (auc: number) => ({ auc, ks: auc - 0.35, gini: 2 * auc - 1, lift10: 3.1, rows: 300, bads: 30 });

export const model: RiskModelDetail = {
  modelId: 1,
  name: 'Arrears 2025-06-30',
  createdAt: '2026-11-27T09:00:00Z',
  source: 'workspace',
  asOf: '2025-06-30',
  horizonMonths: 6,
  fileName: null,
  target: 'serious_arrears',
  rows: 1000,
  bads: 82,
  scorecardAuc: 0.81,
  challengerAuc: 0.83,
  seconds: 3,
  scaling: { baseScore: 600, baseOdds: 50, pdo: 20 },
  binnings: [numericBinning, categoricalBinning],
  intercept: -2.3,
  gradeCuts: [
    { grade: 'A', minScore: 650 },
    { grade: 'B', minScore: 600 },
    { grade: 'C', minScore: 560 },
    { grade: 'D', minScore: 520 },
    { grade: 'E', minScore: -1e9 },
  ],
  challengerKind: 'gbt',
  challenger: { trees: 200, depth: 3, learningRate: 0.05, features: 20, categorical: 3, chosenByCv: true },
  validation: {
    trainRows: 700,
    validationRows: 300,
    scorecard: metrics(0.81),
    challenger: metrics(0.83),
    scorecardTrain: metrics(0.84),
    calibration: [
      { grade: 'A', rows: 100, bads: 2, observedBadRate: 0.02, predictedBadRate: 0.025 },
      { grade: 'E', rows: 20, bads: 9, observedBadRate: 0.45, predictedBadRate: 0.4 },
    ],
    lift: [
      { decile: 2, rows: 30, bads: 6, badRate: 0.2, cumulativeBadShare: 0.7, lift: 2 },
      { decile: 1, rows: 30, bads: 15, badRate: 0.5, cumulativeBadShare: 0.5, lift: 5 },
    ],
  },
  targetDefinition: { overdueDays: 90, minArrearsYuan: 100 },
};

export const stability: RiskStability = {
  baseRunId: 1,
  runId: 4,
  score: { name: 'score', psi: 0.05, level: 'stable' },
  features: [
    { name: 'channel', psi: 0.12, level: 'watch' },
    { name: 'maxDaysLate12', psi: 0.31, level: 'shifted' },
  ],
};
