// Score runs (risk_runs of schema 4): one per model and as-of day, with the sums the expected-loss
// trend reads, the customers per grade, and per feature the share of customers in each of the
// model's bins (population stability compares two runs' shares).
import { riskGrades, type RiskGrade, type RiskRunInfo } from '../../api/riskTypes.js';
import { formatDay, nowIso, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';

/** Per feature (the model's binnings, in order), the share of the run's customers in each bin, in the binning's bin order. */
export type BinShares = Record<string, number[]>;

export interface NewRun {
  modelId: number;
  asOf: Day;
  customers: number;
  expectedLossYuan: number;
  outstandingYuan: number;
  byGrade: Record<RiskGrade, number>;
  features: BinShares;
}

export function saveRun(db: Db, run: NewRun): RiskRunInfo {
  const createdAt = nowIso();
  const result = db
    .prepare(
      `INSERT INTO risk_runs (model_id, created_at, as_of, customers, expected_loss_yuan, outstanding_yuan, by_grade, features)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(run.modelId, createdAt, run.asOf, run.customers, run.expectedLossYuan, run.outstandingYuan, JSON.stringify(run.byGrade), JSON.stringify(run.features));
  return {
    runId: Number(result.lastInsertRowid),
    modelId: run.modelId,
    createdAt,
    asOf: formatDay(run.asOf),
    customers: run.customers,
    expectedLossYuan: run.expectedLossYuan,
    outstandingYuan: run.outstandingYuan,
    byGrade: run.byGrade,
  };
}

export function emptyGradeCounts(): Record<RiskGrade, number> {
  return Object.fromEntries(riskGrades.map((g) => [g, 0])) as Record<RiskGrade, number>;
}
