// An analyst's qualitative adjustment of a customer's grade: appended to risk_adjustments (whose
// triggers refuse UPDATE and DELETE), from the grade that counted until now, under the user who
// made it (the name given, else the OS account's, as cases record theirs).
import { EngineError } from '../../api/errors.js';
import type { RiskAdjustment, RiskGrade } from '../../api/riskTypes.js';
import type { Db } from '../../store/database.js';
import { whoIs } from '../../theft/cases/history.js';

export interface AdjustArgs {
  customerId: string;
  grade: RiskGrade;
  reason: string;
  user?: string | undefined;
}

interface AdjustmentRow {
  adjustment_id: number;
  customer_id: string;
  created_at: string;
  who: string;
  from_grade: string;
  grade: string;
  reason: string;
}

/** The customer's grade now: the latest adjustment's, else the latest run's; null when never scored. */
export function currentGrade(db: Db, customerId: string): RiskGrade | null {
  const adjusted = db.prepare('SELECT grade FROM risk_adjustments WHERE customer_id = ? ORDER BY adjustment_id DESC LIMIT 1').get(customerId) as { grade: RiskGrade } | undefined;
  if (adjusted) return adjusted.grade;
  const scored = db.prepare('SELECT grade FROM risk_scores WHERE customer_id = ? ORDER BY run_id DESC LIMIT 1').get(customerId) as { grade: RiskGrade } | undefined;
  return scored?.grade ?? null;
}

export function adjustGrade(db: Db, args: AdjustArgs, now = new Date().toISOString()): RiskAdjustment {
  const who = whoIs(args.user);
  return db.transaction(() => {
    const from = currentGrade(db, args.customerId);
    if (from === null) {
      throw new EngineError('risk.not_scored', `Customer ${args.customerId} has not been scored yet: a grade can be adjusted once a score run has graded the customer.`, {
        customerId: args.customerId,
      });
    }
    const id = db
      .prepare('INSERT INTO risk_adjustments (customer_id, created_at, who, from_grade, grade, reason) VALUES (?, ?, ?, ?, ?, ?)')
      .run(args.customerId, now, who, from, args.grade, args.reason).lastInsertRowid;
    return { adjustmentId: Number(id), customerId: args.customerId, createdAt: now, user: who, fromGrade: from, grade: args.grade, reason: args.reason };
  })();
}

/** A customer's adjustments, oldest first (the last one applies). */
export function adjustmentsOf(db: Db, customerId: string): RiskAdjustment[] {
  const rows = db.prepare('SELECT * FROM risk_adjustments WHERE customer_id = ? ORDER BY adjustment_id').all(customerId) as AdjustmentRow[];
  return rows.map((r) => ({
    adjustmentId: r.adjustment_id,
    customerId: r.customer_id,
    createdAt: r.created_at,
    user: r.who,
    fromGrade: r.from_grade as RiskGrade,
    grade: r.grade as RiskGrade,
    reason: r.reason,
  }));
}
