// Complaint in arrears: a complaint on a day the customer owed a bill past its due day. As in
// the arrears-risk module (engine/risk/workspace/billState.ts), a payment counts only once made,
// and a bill is not late on its due day itself.
import { formatDay, formatMonth, stampDay, type Day } from '../../core/calendar.js';
import type { ArrearsEvidence } from '../../api/serviceTypes.js';
import { isComplaint, type BillFact, type TagFinding, type TicketFact } from './types.js';

/** Below this a bill counts as paid (rounding of partial payments). */
const PAID_TOLERANCE_YUAN = 0.01;

function owedPastDue(bill: BillFact, day: Day): number {
  if (bill.dueDay === 0 || bill.dueDay >= day) return 0;
  const paid = bill.paidDay !== 0 && bill.paidDay <= day ? bill.paidYuan : 0;
  const owed = bill.billedYuan - paid;
  return owed > PAID_TOLERANCE_YUAN ? owed : 0;
}

export function complaintInArrears(tickets: readonly TicketFact[], bills: readonly BillFact[]): TagFinding | null {
  const hits: ArrearsEvidence[] = [];
  const days: Day[] = [];
  for (const t of tickets) {
    if (!isComplaint(t)) continue;
    const day = stampDay(t.ts);
    let owed = 0;
    const months: string[] = [];
    for (const bill of bills) {
      const amount = owedPastDue(bill, day);
      if (amount === 0) continue;
      owed += amount;
      months.push(formatMonth(bill.month));
    }
    if (owed === 0) continue;
    hits.push({ ticketId: t.ticketId, day: formatDay(day), arrearsYuan: Math.round(owed * 100) / 100, months });
    days.push(day);
  }
  if (hits.length === 0) return null;
  return {
    tag: 'complaint_in_arrears',
    firstDay: days[0]!,
    lastDay: days[days.length - 1]!,
    count: hits.length,
    evidence: { tag: 'complaint_in_arrears', arrearsYuan: Math.max(...hits.map((h) => h.arrearsYuan)), tickets: hits },
  };
}
