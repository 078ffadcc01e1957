// The scorecard engine's boundary: a feature table in (an analyst's CSV or the workspace's
// customer features), a trained model out (scorecard + challenger + validation, serialisable as
// JSON), and scores. Everything in engine/risk builds on these shapes (through
// engine/risk/model/types.ts); they live in the API because its results carry them (bins,
// validation, reasons) and the API imports nothing outside engine/api. Nothing here reads the
// workspace, so the same engine serves `workbench risk train --csv` and the Risk page.

/** Which side of the seed's two a feature speaks for: willingness to pay, or ability to pay. */
export type FeatureSide = 'willingness' | 'ability';

export type FeatureColumn =
  | { name: string; kind: 'numeric'; side: FeatureSide | null; values: Float64Array /* NaN = missing */ }
  | { name: string; kind: 'categorical'; side: FeatureSide | null; values: (string | null)[] };

export interface FeatureTable {
  /** One id per row (the id column, a customer number, or the 1-based row number as text). */
  ids: string[];
  /** 0/1 per row; 1 = the bad outcome (default, serious arrears). null when only scoring. */
  target: Uint8Array | null;
  columns: FeatureColumn[];
}

/** A bin of one feature: a numeric interval (lower exclusive, upper inclusive; null = unbounded), categories, or missing. */
export type BinRange =
  | { type: 'interval'; lower: number | null; upper: number | null }
  | { type: 'categories'; values: string[] }
  | { type: 'missing' };

export interface ScorecardBin {
  range: BinRange;
  count: number;
  bads: number;
  /** ln(share of goods / share of bads), smoothed so that empty classes stay finite. */
  woe: number;
  iv: number;
  /** The points this bin adds to the score. */
  points: number;
}

export interface FeatureBinning {
  feature: string;
  kind: 'numeric' | 'categorical';
  side: FeatureSide | null;
  bins: ScorecardBin[];
  iv: number;
  /** IV below 0.02: not predictive; such features are flagged and left out of the scorecard. */
  weak: boolean;
  /** How the bad rate runs across the numeric bins. */
  trend: 'increasing' | 'decreasing' | 'none';
  /** The analyst changed the cuts or groups. */
  edited: boolean;
  /** In the scorecard (not weak, not excluded, coefficient kept). */
  selected: boolean;
  coefficient: number | null;
}

/** An analyst's binning: numeric cut points (upper bounds, ascending) or category groups. */
export type BinEdit = { cuts: number[] } | { groups: string[][] };

/** score = offset + factor × ln(odds of good); baseScore at baseOdds good:bad, pdo points double the odds. */
export interface ScalingOptions {
  baseScore: number;
  baseOdds: number;
  pdo: number;
}

export const riskGrades = ['A', 'B', 'C', 'D', 'E'] as const;
export type RiskGrade = (typeof riskGrades)[number];

export interface TrainOptions {
  scaling?: ScalingOptions;
  binEdits?: Record<string, BinEdit>;
  exclude?: string[];
  /** Share of rows held out (stratified, seeded) for validation; default 0.3. */
  validationShare?: number;
  seed?: number;
  progress?: (fraction: number) => void;
}

export interface ClassMetrics {
  auc: number;
  ks: number;
  gini: number;
  /** Bad rate in the top decile by risk over the overall bad rate. */
  lift10: number;
  rows: number;
  bads: number;
}

export interface GradeCalibration {
  grade: RiskGrade;
  rows: number;
  bads: number;
  observedBadRate: number;
  predictedBadRate: number;
}

export interface LiftRow {
  /** 1 = the riskiest tenth. */
  decile: number;
  rows: number;
  bads: number;
  badRate: number;
  cumulativeBadShare: number;
  lift: number;
}

export interface ValidationReport {
  trainRows: number;
  validationRows: number;
  /** Both models on the validation rows, as are calibration and lift. */
  scorecard: ClassMetrics;
  challenger: ClassMetrics;
  /** The scorecard on its own training rows (beside `scorecard`: how much the fit flatters itself). */
  scorecardTrain: ClassMetrics;
  calibration: GradeCalibration[];
  lift: LiftRow[];
}

export interface RiskModel {
  format: 'workbench-risk-model';
  version: 1;
  createdAt: string;
  target: string;
  idColumn: string | null;
  /** The columns the model reads, as trained (kind decides how a scoring table is parsed). */
  features: { name: string; kind: 'numeric' | 'categorical'; side: FeatureSide | null }[];
  scaling: ScalingOptions;
  /** All binned features (weak and excluded ones included, selected = false). */
  binnings: FeatureBinning[];
  intercept: number;
  /** Lowest score of each grade, A first (A = lowest risk = highest score). */
  gradeCuts: { grade: RiskGrade; minScore: number }[];
  /** Serialised challenger (engine/risk/challenger), opaque to everything else. */
  challenger: { kind: string; state: unknown };
  validation: ValidationReport;
  training: { rows: number; bads: number };
}

/** A feature that cost the customer points: the reason codes, most costly first. */
export interface ReasonCode {
  feature: string;
  /** Points below the feature's best bin. */
  pointsLost: number;
  /** The customer's bin, as text ('(3, 6]', 'bank, app', 'missing'). */
  bin: string;
}

export interface RiskScore {
  id: string;
  /** Probability of the bad outcome (target = 1), from the scorecard. */
  probability: number;
  score: number;
  grade: RiskGrade;
  /** Points from willingness / ability features (the intercept's share split evenly). */
  willingness: number;
  ability: number;
  challengerProbability: number;
  reasons: ReasonCode[];
}
