// Fee-recovery (arrears) risk as the API carries it: trained models (scorecard + challenger and
// their validation), score runs over the workspace's customers, the collection list, one
// customer's risk profile, grade adjustments, distributions, expected-loss trend and stability.
// Days are 'YYYY-MM-DD', instants ISO 8601.
import type { FeatureBinning, RiskGrade, ScalingOptions, ValidationReport, ReasonCode } from './riskModelTypes.js';

export type { BinEdit, FeatureBinning, RiskGrade, ScalingOptions, ValidationReport, ReasonCode, BinRange, ScorecardBin, ClassMetrics, GradeCalibration, LiftRow } from './riskModelTypes.js';
export { riskGrades } from './riskModelTypes.js';

export const riskSorts = ['expectedLoss', 'score', 'probability', 'outstanding'] as const;
export type RiskSort = (typeof riskSorts)[number];

export const riskDimensions = ['area', 'industry', 'category'] as const;
export type RiskDimension = (typeof riskDimensions)[number];

/** Where a model was trained: the workspace's customers, or an analyst's own table (a CSV). */
export type RiskModelSource = 'workspace' | 'table';

export interface RiskModelInfo {
  modelId: number;
  name: string;
  createdAt: string;
  source: RiskModelSource;
  /** Workspace models: features as of this day, target = serious arrears in the months after it. */
  asOf: string | null;
  horizonMonths: number | null;
  /** Table models: the file's name and target column. */
  fileName: string | null;
  target: string;
  rows: number;
  bads: number;
  scorecardAuc: number;
  challengerAuc: number;
  seconds: number;
}

/** The gradient-boosted challenger: its trees, and how they were chosen. */
export interface ChallengerFacts {
  trees: number;
  depth: number;
  learningRate: number;
  features: number;
  /** Of the features, the categorical ones (target-encoded). */
  categorical: number;
  /** Rounds and depth chosen by inner cross-validation; false: too few rows to choose. */
  chosenByCv: boolean;
}

export interface RiskModelDetail extends RiskModelInfo {
  scaling: ScalingOptions;
  binnings: FeatureBinning[];
  intercept: number;
  gradeCuts: { grade: RiskGrade; minScore: number }[];
  challengerKind: string;
  /** What the challenger is, in figures the UI words. */
  challenger: ChallengerFacts;
  validation: ValidationReport;
  /** How the workspace target was defined, in figures the UI words. */
  targetDefinition: { overdueDays: number; minArrearsYuan: number } | null;
}

export interface RiskRunInfo {
  runId: number;
  modelId: number;
  createdAt: string;
  asOf: string;
  customers: number;
  expectedLossYuan: number;
  outstandingYuan: number;
  byGrade: Record<RiskGrade, number>;
}

export interface RiskCustomerRow {
  runId: number;
  customerId: string;
  /** Masked (张*明); null without an archive name. */
  customerName: string | null;
  category: string | null;
  industry: string | null;
  areaId: string | null;
  score: number;
  probability: number;
  challengerProbability: number;
  grade: RiskGrade;
  /** The analyst's grade where one was set (latest adjustment), else null. */
  adjustedGrade: RiskGrade | null;
  willingness: number;
  ability: number;
  /** Arrears owed as of the run's day. */
  outstandingYuan: number;
  /** probability × outstanding (or × the expected next bill where nothing is owed yet). */
  expectedLossYuan: number;
  reasons: ReasonCode[];
}

export interface RiskCustomersPage {
  total: number;
  rows: RiskCustomerRow[];
}

export interface RiskAdjustment {
  adjustmentId: number;
  customerId: string;
  createdAt: string;
  user: string;
  fromGrade: RiskGrade;
  grade: RiskGrade;
  reason: string;
}

export interface RiskBillRow {
  month: string;
  kwh: number | null;
  billedYuan: number;
  paidYuan: number;
  dueDay: string | null;
  paidDay: string | null;
  /** paid day − due day; null while unpaid. */
  daysLate: number | null;
  channel: string | null;
  arrearsYuan: number;
  lateFeeYuan: number;
}

export interface RiskProfile {
  customerId: string;
  customerName: string | null;
  category: string | null;
  industry: string | null;
  areaId: string | null;
  prepaid: boolean | null;
  /** The latest run's row for the customer; null when never scored. */
  latest: RiskCustomerRow | null;
  /** One point per run, oldest first. */
  history: { runId: number; asOf: string; score: number; grade: RiskGrade; probability: number }[];
  /** The customer's feature values as of the latest run, with the bin each fell in and its points. */
  features: { feature: string; side: 'willingness' | 'ability' | null; value: number | string | null; bin: string; points: number; bestPoints: number }[];
  adjustments: RiskAdjustment[];
  bills: RiskBillRow[];
}

export interface RiskDistributionRow {
  key: string;
  customers: number;
  byGrade: Record<RiskGrade, number>;
  meanScore: number;
  expectedLossYuan: number;
  outstandingYuan: number;
}

export interface RiskDistribution {
  runId: number;
  /** Score histogram: bins of `width` points from `from`. */
  histogram: { from: number; width: number; counts: number[] };
  rows: RiskDistributionRow[];
}

export interface StabilityRow {
  name: string;
  psi: number;
  /** 'stable' < 0.1 ≤ 'watch' < 0.25 ≤ 'shifted'. */
  level: 'stable' | 'watch' | 'shifted';
}

export interface RiskStability {
  baseRunId: number;
  runId: number;
  score: StabilityRow;
  features: StabilityRow[];
}

/** An analyst's CSV as the own-data dialog previews it: columns, inferred kinds, candidate targets. */
export interface RiskTablePreview {
  path: string;
  fileName: string;
  rows: number;
  columns: { name: string; kind: 'numeric' | 'categorical'; distinct: number; missing: number; binary: boolean }[];
}

/** What the Risk jobs produce (JobResults in contract.ts). */
export interface RiskTrainResult {
  model: RiskModelInfo;
  /** The runs scored after training, oldest first (the latest is the collection list's). */
  runs: RiskRunInfo[];
}

export interface RiskScoreResult {
  /** null when the scores went to a CSV instead (`out`). */
  run: RiskRunInfo | null;
  csvPath: string | null;
  customers: number;
  /** The saved model used; null when one was trained in memory because the workspace had none. */
  modelId: number | null;
}

export interface RiskTableScoreResult {
  path: string;
  fileName: string;
  rows: number;
}
