// What closed cases teach the detector: each closed case's outcome in the inspections table's
// words (theft | violation | cleared), on the inspection day or, without one, the day it closed.
// A reopened case has no outcome until it closes again. Imported inspections are not included:
// the detector reads the inspections table itself and adds these.
import { EngineError } from '../../api/errors.js';
import type { CaseStatus } from '../../api/casesTypes.js';
import { parseIsoDay, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';

export type CaseOutcome = 'theft' | 'violation' | 'cleared';

export interface CaseOutcomeRow {
  customerId: string;
  day: Day;
  outcome: CaseOutcome;
}

const outcomeOf: Partial<Record<CaseStatus, CaseOutcome>> = {
  confirmed_theft: 'theft',
  contract_violation: 'violation',
  cleared: 'cleared',
};

export interface ClosedCase extends CaseOutcomeRow {
  caseId: number;
  /** The indicator reason codes the case was opened with. */
  reasons: string[];
}

/** Every closed case with its outcome and reasons, in the order they were opened. */
export function closedCases(db: Db): ClosedCase[] {
  const rows = db
    .prepare(
      `SELECT case_id, customer_id, status, inspection_day, closed_at, reasons FROM theft_cases
       WHERE status IN ('confirmed_theft', 'contract_violation', 'cleared') ORDER BY case_id`,
    )
    .all() as { case_id: number; customer_id: string; status: CaseStatus; inspection_day: Day | null; closed_at: string | null; reasons: string }[];
  return rows.map((r) => ({
    caseId: r.case_id,
    customerId: r.customer_id,
    day: r.inspection_day ?? closedDay(r.closed_at),
    outcome: outcomeOf[r.status]!,
    reasons: JSON.parse(r.reasons) as string[],
  }));
}

export function caseOutcomes(db: Db): CaseOutcomeRow[] {
  return closedCases(db).map(({ customerId, day, outcome }) => ({ customerId, day, outcome }));
}

/** closed_at is an ISO instant; its local calendar day. */
function closedDay(closedAt: string | null): Day {
  if (closedAt === null) throw new EngineError('internal', 'A closed case without its closing time.');
  const at = new Date(closedAt);
  return parseIsoDay(`${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`);
}
