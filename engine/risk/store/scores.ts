// A run's scores (risk_scores of schema 4): one row per customer with its probability, score,
// grade, sub-scores, the challenger's probability, arrears owed and expected loss, the reason
// codes and the feature values as scored. Saved with one prepared statement in one transaction;
// read back a row at a time.
import type { RiskGrade } from '../../api/riskTypes.js';
import type { Db } from '../../store/database.js';
import type { ReasonCode } from '../model/types.js';

export interface ScoreRow {
  customerId: string;
  probability: number;
  score: number;
  grade: RiskGrade;
  willingness: number;
  ability: number;
  challengerProbability: number;
  outstandingYuan: number;
  expectedLossYuan: number;
  reasons: ReasonCode[];
  /** Feature values as scored (null = missing). */
  features: Record<string, number | string | null>;
}

export function saveScores(db: Db, runId: number, rows: Iterable<ScoreRow>): number {
  const insert = db.prepare(
    `INSERT INTO risk_scores (run_id, customer_id, probability, score, grade, willingness, ability, challenger_probability, outstanding_yuan, expected_loss_yuan, reasons, features)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction(() => {
    let saved = 0;
    for (const s of rows) {
      insert.run(
        runId,
        s.customerId,
        s.probability,
        s.score,
        s.grade,
        s.willingness,
        s.ability,
        s.challengerProbability,
        s.outstandingYuan,
        s.expectedLossYuan,
        JSON.stringify(s.reasons),
        JSON.stringify(s.features),
      );
      saved++;
    }
    return saved;
  })();
}

/** A risk_scores row as SQLite returns it (run_id aside). */
export interface SavedScoreRow {
  customer_id: string;
  probability: number;
  score: number;
  grade: string;
  willingness: number;
  ability: number;
  challenger_probability: number;
  outstanding_yuan: number;
  expected_loss_yuan: number;
  reasons: string;
  features: string;
}

/** A run's scores in customer-number order, read one at a time. */
export function* scoresOfRun(db: Db, runId: number): Generator<ScoreRow> {
  const rows = db.prepare('SELECT * FROM risk_scores WHERE run_id = ? ORDER BY customer_id').iterate(runId) as IterableIterator<SavedScoreRow>;
  for (const r of rows) yield scoreRow(r);
}

function scoreRow(r: SavedScoreRow): ScoreRow {
  return {
    customerId: r.customer_id,
    probability: r.probability,
    score: r.score,
    grade: r.grade as RiskGrade,
    willingness: r.willingness,
    ability: r.ability,
    challengerProbability: r.challenger_probability,
    outstandingYuan: r.outstanding_yuan,
    expectedLossYuan: r.expected_loss_yuan,
    reasons: JSON.parse(r.reasons) as ReasonCode[],
    features: JSON.parse(r.features) as Record<string, number | string | null>,
  };
}
