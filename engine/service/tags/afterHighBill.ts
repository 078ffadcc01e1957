// Complaint after a high bill: a complaint within `days` days after a bill above `factor` times
// the median of the customer's 12 bills before it (at least 3 of them, median above zero). A
// bill is taken as issued on the first day of the month after its billing month; each complaint
// links to the latest high bill issued on or before its day.
import { addMonths, daysBetween, firstDayOf, formatDay, formatMonth, stampDay, type Day } from '../../core/calendar.js';
import type { HighBillLink } from '../../api/serviceTypes.js';
import { isComplaint, type BillFact, type TagFinding, type TicketFact } from './types.js';

const HISTORY = 12;
const MIN_HISTORY = 3;

interface HighBill {
  bill: BillFact;
  median: number;
  issued: Day;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Bills in month order above factor × the median of the 12 before. */
export function highBills(bills: readonly BillFact[], factor: number): HighBill[] {
  const high: HighBill[] = [];
  for (let i = MIN_HISTORY; i < bills.length; i++) {
    const before = bills.slice(Math.max(0, i - HISTORY), i).map((b) => b.billedYuan);
    const m = median(before);
    if (m > 0 && bills[i]!.billedYuan > factor * m) high.push({ bill: bills[i]!, median: m, issued: firstDayOf(addMonths(bills[i]!.month, 1)) });
  }
  return high;
}

export function complaintAfterHighBill(customerId: string, tickets: readonly TicketFact[], bills: readonly BillFact[], factor: number, days: number): TagFinding | null {
  const high = highBills(bills, factor);
  if (high.length === 0) return null;
  const links: HighBillLink[] = [];
  const linkDays: Day[] = [];
  for (const t of tickets) {
    if (!isComplaint(t)) continue;
    const day = stampDay(t.ts);
    let latest: HighBill | undefined;
    for (const h of high) {
      const after = daysBetween(h.issued, day);
      if (after >= 0 && after <= days && (!latest || h.issued > latest.issued)) latest = h;
    }
    if (!latest) continue;
    links.push({
      ticketId: t.ticketId,
      customerId,
      day: formatDay(day),
      month: formatMonth(latest.bill.month),
      billedYuan: latest.bill.billedYuan,
      medianYuan: Math.round(latest.median * 100) / 100,
      ratio: Math.round((latest.bill.billedYuan / latest.median) * 100) / 100,
      daysAfter: daysBetween(latest.issued, day),
    });
    linkDays.push(day);
  }
  if (links.length === 0) return null;
  return {
    tag: 'complaint_after_high_bill',
    firstDay: linkDays[0]!,
    lastDay: linkDays[linkDays.length - 1]!,
    count: links.length,
    evidence: { tag: 'complaint_after_high_bill', factor, days, links },
  };
}
