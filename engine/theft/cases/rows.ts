// A theft_cases row and what the API makes of it.
import type { BackBillingEstimate, CaseAdjustment, CaseStatus, CaseSummary } from '../../api/casesTypes.js';
import { EngineError } from '../../api/errors.js';
import { formatDay, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';

export interface CaseRow {
  case_id: number;
  customer_id: string;
  status: CaseStatus;
  opened_at: string;
  opened_by: string;
  updated_at: string;
  closed_at: string | null;
  assignee: string | null;
  due_day: Day | null;
  inspection_day: Day | null;
  findings: string | null;
  run_id: number | null;
  score: number | null;
  reasons: string;
  change_day: Day | null;
  estimate: string | null;
  estimate_kwh: number | null;
  estimate_yuan: number | null;
  adjusted_kwh: number | null;
  adjusted_yuan: number | null;
  adjust_reason: string | null;
  // Joined from customers.
  customer_name: string | null;
  area_id: string | null;
  category: string | null;
}

export const CASE_SELECT = `SELECT c.*, u.name AS customer_name, u.area_id, u.category
  FROM theft_cases c LEFT JOIN customers u ON u.customer_id = c.customer_id`;

export function caseRow(db: Db, caseId: number): CaseRow {
  const row = db.prepare(`${CASE_SELECT} WHERE c.case_id = ?`).get(caseId) as CaseRow | undefined;
  if (!row) throw new EngineError('cases.not_found', `There is no case ${caseId} in this workspace.`, { caseId });
  return row;
}

const isoDay = (day: Day | null) => (day === null ? null : formatDay(day));

export function toSummary(row: CaseRow): CaseSummary {
  const adjusted = row.adjusted_kwh !== null;
  return {
    caseId: row.case_id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    areaId: row.area_id,
    category: row.category,
    status: row.status,
    assignee: row.assignee,
    dueDay: isoDay(row.due_day),
    inspectionDay: isoDay(row.inspection_day),
    openedAt: row.opened_at,
    openedBy: row.opened_by,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    runId: row.run_id,
    score: row.score,
    reasons: JSON.parse(row.reasons) as string[],
    backKwh: adjusted ? row.adjusted_kwh : row.estimate_kwh,
    backYuan: adjusted ? row.adjusted_yuan : row.estimate_yuan,
  };
}

export function storedEstimate(row: CaseRow): BackBillingEstimate | null {
  return row.estimate === null ? null : (JSON.parse(row.estimate) as BackBillingEstimate);
}

export function adjustment(row: CaseRow): CaseAdjustment | null {
  return row.adjusted_kwh === null ? null : { kwh: row.adjusted_kwh, yuan: row.adjusted_yuan!, reason: row.adjust_reason! };
}
