// Opening a case for a customer: from a suspect of a score run (its score, reasons and change
// day), or by hand. A customer has one open case at a time.
import type { CaseDetail } from '../../api/casesTypes.js';
import { EngineError } from '../../api/errors.js';
import { formatDay, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { backBillingEstimate } from './estimate.js';
import { appendHistory, whoIs } from './history.js';
import { getCase } from './read.js';
import { scoreSource } from './scoreSource.js';

export interface OpenCaseArgs {
  customerId: string;
  /** The score run the lead comes from; default: the latest run that scored the customer. */
  runId?: number;
  /** The day the theft began, when the auditor knows better than the detector. */
  changeDay?: Day;
  assignee?: string;
  dueDay?: Day;
  user?: string;
}

export function openCase(db: Db, args: OpenCaseArgs, now = new Date().toISOString()): CaseDetail {
  const customer = db.prepare('SELECT category FROM customers WHERE customer_id = ?').get(args.customerId) as { category: string } | undefined;
  if (!customer) throw new EngineError('cases.unknown_customer', `There is no customer ${args.customerId} in this workspace.`, { customerId: args.customerId });
  const open = db.prepare(`SELECT case_id, status FROM theft_cases WHERE customer_id = ? AND status IN ('to_inspect', 'inspecting')`).get(args.customerId) as
    | { case_id: number; status: string }
    | undefined;
  if (open) {
    throw new EngineError('cases.already_open', `Customer ${args.customerId} already has an open case: case ${open.case_id} (${open.status}). Continue that one.`, {
      customerId: args.customerId,
      caseId: open.case_id,
      status: open.status,
    });
  }
  const who = whoIs(args.user);
  const source = scoreSource(db, args.customerId, args.runId);
  const changeDay = args.changeDay ?? source?.changeDay ?? null;
  const estimate = changeDay === null ? null : backBillingEstimate(db, args.customerId, customer.category, changeDay, null);
  const reasons = source?.reasons ?? [];
  const caseId = db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO theft_cases (customer_id, status, opened_at, opened_by, updated_at, assignee, due_day, run_id, score, reasons,
             change_day, estimate, estimate_kwh, estimate_yuan)
           VALUES (?, 'to_inspect', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          args.customerId,
          now,
          who,
          now,
          args.assignee ?? null,
          args.dueDay ?? null,
          source?.runId ?? null,
          source?.score ?? null,
          JSON.stringify(reasons),
          changeDay,
          estimate === null ? null : JSON.stringify(estimate),
          estimate?.kwh ?? null,
          estimate?.yuan ?? null,
        ).lastInsertRowid,
    );
    appendHistory(db, id, now, who, 'opened', {
      customerId: args.customerId,
      status: 'to_inspect',
      runId: source?.runId ?? null,
      score: source?.score ?? null,
      reasons,
      changeDay: changeDay === null ? null : formatDay(changeDay),
      assignee: args.assignee ?? null,
      dueDay: args.dueDay === undefined ? null : formatDay(args.dueDay),
      estimateKwh: estimate?.kwh ?? null,
      estimateYuan: estimate?.yuan ?? null,
    });
    return id;
  })();
  return getCase(db, caseId);
}
