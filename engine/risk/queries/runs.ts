// Score runs over the workspace's customers (risk_runs of schema 4): which run a query means
// (the one asked for, else the latest made) and their summaries, newest first.
import { EngineError } from '../../api/errors.js';
import { riskGrades, type RiskGrade, type RiskRunInfo } from '../../api/riskTypes.js';
import { formatDay, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';

export interface RunRow {
  run_id: number;
  model_id: number;
  created_at: string;
  as_of: Day;
  customers: number;
  expected_loss_yuan: number;
  outstanding_yuan: number;
  by_grade: string;
}

const runColumns = 'run_id, model_id, created_at, as_of, customers, expected_loss_yuan, outstanding_yuan, by_grade';

/** The run asked for, else the latest made; throws risk.run_not_found. */
export function resolveRun(db: Db, runId?: number): RunRow {
  const row = (
    runId === undefined
      ? db.prepare(`SELECT ${runColumns} FROM risk_runs ORDER BY run_id DESC LIMIT 1`).get()
      : db.prepare(`SELECT ${runColumns} FROM risk_runs WHERE run_id = ?`).get(runId)
  ) as RunRow | undefined;
  if (!row) {
    throw new EngineError(
      'risk.run_not_found',
      runId === undefined ? 'No arrears risk score run yet: train a model or score the customers first.' : `Risk score run ${runId} is not in this workspace.`,
      { runId: runId ?? null },
    );
  }
  return row;
}

export function listRuns(db: Db, modelId: number | undefined, limit: number): RiskRunInfo[] {
  const rows = (
    modelId === undefined
      ? db.prepare(`SELECT ${runColumns} FROM risk_runs ORDER BY run_id DESC LIMIT ?`).all(limit)
      : db.prepare(`SELECT ${runColumns} FROM risk_runs WHERE model_id = ? ORDER BY run_id DESC LIMIT ?`).all(modelId, limit)
  ) as RunRow[];
  return rows.map(runInfo);
}

export function runInfo(r: RunRow): RiskRunInfo {
  return {
    runId: r.run_id,
    modelId: r.model_id,
    createdAt: r.created_at,
    asOf: formatDay(r.as_of),
    customers: r.customers,
    expectedLossYuan: r.expected_loss_yuan,
    outstandingYuan: r.outstanding_yuan,
    byGrade: gradeCounts(JSON.parse(r.by_grade) as Partial<Record<RiskGrade, number>>),
  };
}

/** Every grade present, 0 where none. */
export function gradeCounts(counts: Partial<Record<RiskGrade, number>> = {}): Record<RiskGrade, number> {
  return Object.fromEntries(riskGrades.map((g) => [g, counts[g] ?? 0])) as Record<RiskGrade, number>;
}
