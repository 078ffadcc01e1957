// Changes to a case: its status (status.ts), assignee, dates, findings and the auditor's
// adjustment of the back-billing estimate. Each change is one history entry with what it was
// and what it became; a call that changes nothing writes nothing.
import type { CaseDetail, CaseStatus } from '../../api/casesTypes.js';
import { EngineError } from '../../api/errors.js';
import { formatDay, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { backBillingEstimate } from './estimate.js';
import { appendHistory, whoIs } from './history.js';
import { getCase } from './read.js';
import { caseRow, storedEstimate, type CaseRow } from './rows.js';
import { canMove, isClosed, isReopening, nextStatuses } from './status.js';
import { customerPrice } from './price.js';

export interface UpdateCaseArgs {
  caseId: number;
  status?: CaseStatus;
  /** null clears. */
  assignee?: string | null;
  dueDay?: Day | null;
  inspectionDay?: Day | null;
  findings?: string | null;
  /** The auditor's back-billing figures (yuan default: kWh at the estimate's price); null goes back to the estimate. */
  adjustment?: { kwh: number; yuan?: number; reason: string } | null;
  /** Why: required to reopen a closed case; kept with the status change. */
  reason?: string;
  user?: string;
}

export function updateCase(db: Db, args: UpdateCaseArgs, now = new Date().toISOString()): CaseDetail {
  const who = whoIs(args.user);
  db.transaction(() => {
    const row = caseRow(db, args.caseId);
    const set: Record<string, unknown> = {};
    const log = (action: Parameters<typeof appendHistory>[4], detail: Record<string, unknown>) => appendHistory(db, row.case_id, now, who, action, detail);

    if (args.status !== undefined && args.status !== row.status) {
      moveStatus(db, row, args.status, args.reason);
      set.status = args.status;
      set.closed_at = isClosed(args.status) ? now : null;
      log('status', { from: row.status, to: args.status, ...(args.reason ? { reason: args.reason } : {}) });
    }
    if (args.assignee !== undefined && args.assignee !== row.assignee) {
      set.assignee = args.assignee;
      log('assigned', { from: row.assignee, to: args.assignee });
    }
    const dates: Record<string, { from: string | null; to: string | null }> = {};
    if (args.dueDay !== undefined && args.dueDay !== row.due_day) {
      set.due_day = args.dueDay;
      dates.dueDay = { from: iso(row.due_day), to: iso(args.dueDay) };
    }
    if (args.inspectionDay !== undefined && args.inspectionDay !== row.inspection_day) {
      set.inspection_day = args.inspectionDay;
      dates.inspectionDay = { from: iso(row.inspection_day), to: iso(args.inspectionDay) };
    }
    if (Object.keys(dates).length > 0) log('dates', dates);
    if (args.findings !== undefined && args.findings !== row.findings) {
      set.findings = args.findings;
      log('findings', { from: row.findings, to: args.findings });
    }
    // The inspection ends the loss period: the estimate is counted again up to it.
    if (dates.inspectionDay && row.change_day !== null) {
      const estimate = backBillingEstimate(db, row.customer_id, row.category ?? 'other', row.change_day, args.inspectionDay ?? null);
      set.estimate = estimate === null ? null : JSON.stringify(estimate);
      set.estimate_kwh = estimate?.kwh ?? null;
      set.estimate_yuan = estimate?.yuan ?? null;
      log('estimate', { from: { kwh: row.estimate_kwh, yuan: row.estimate_yuan }, to: { kwh: estimate?.kwh ?? null, yuan: estimate?.yuan ?? null }, adjusted: false });
    }
    if (args.adjustment !== undefined) {
      const adjusted = args.adjustment === null ? null : { ...args.adjustment, yuan: args.adjustment.yuan ?? adjustedYuan(db, row, args.adjustment.kwh) };
      set.adjusted_kwh = adjusted?.kwh ?? null;
      set.adjusted_yuan = adjusted?.yuan ?? null;
      set.adjust_reason = adjusted?.reason ?? null;
      log('estimate', {
        from: row.adjusted_kwh === null ? { kwh: row.estimate_kwh, yuan: row.estimate_yuan } : { kwh: row.adjusted_kwh, yuan: row.adjusted_yuan },
        to: adjusted === null ? { kwh: row.estimate_kwh, yuan: row.estimate_yuan } : { kwh: adjusted.kwh, yuan: adjusted.yuan },
        adjusted: adjusted !== null,
        reason: adjusted?.reason ?? args.reason ?? null,
      });
    }
    const columns = Object.keys(set);
    if (columns.length === 0) return;
    db.prepare(`UPDATE theft_cases SET ${columns.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @now WHERE case_id = @caseId`).run({ ...set, now, caseId: row.case_id });
  })();
  return getCase(db, args.caseId);
}

function moveStatus(db: Db, row: CaseRow, to: CaseStatus, reason: string | undefined): void {
  if (!canMove(row.status, to)) {
    throw new EngineError('cases.bad_transition', `Case ${row.case_id} is ${row.status}: it can go to ${nextStatuses(row.status).join(' or ')}, not to ${to}.`, {
      caseId: row.case_id,
      from: row.status,
      to,
      allowed: [...nextStatuses(row.status)],
    });
  }
  if (!isReopening(row.status, to)) return;
  if (!reason?.trim()) {
    throw new EngineError('cases.reason_required', `Reopening case ${row.case_id} needs a reason, kept in its history.`, { caseId: row.case_id });
  }
  const other = db.prepare(`SELECT case_id FROM theft_cases WHERE customer_id = ? AND status IN ('to_inspect', 'inspecting')`).get(row.customer_id) as
    | { case_id: number }
    | undefined;
  if (other) {
    throw new EngineError('cases.already_open', `Customer ${row.customer_id} already has an open case: case ${other.case_id}. Continue that one.`, {
      customerId: row.customer_id,
      caseId: other.case_id,
    });
  }
}

/** An adjusted energy charged at the estimate's price, or the customer's price when there is no estimate. */
function adjustedYuan(db: Db, row: CaseRow, kwh: number): number {
  const price = storedEstimate(row)?.priceYuanPerKwh ?? customerPrice(db, row.customer_id, row.category ?? 'other').price;
  return Math.round(kwh * price * 100) / 100;
}

const iso = (day: Day | null) => (day === null ? null : formatDay(day));
