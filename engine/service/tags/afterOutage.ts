// Complaint after an outage: a complaint within `days` days after the start of a loss of supply
// (power off, voltage loss, phase failure) on the customer's meter, or an outage seen on several
// of its area's meters at once. Each complaint links to the latest such event before it.
import { daysBetween, formatDay, stampDay } from '../../core/calendar.js';
import type { OutageLink } from '../../api/serviceTypes.js';
import { isComplaint, type OutageFact, type TagFinding, type TicketFact } from './types.js';

export function complaintAfterOutage(customerId: string, tickets: readonly TicketFact[], outages: readonly OutageFact[], days: number): TagFinding | null {
  const links: OutageLink[] = [];
  const linkDays: number[] = [];
  for (const t of tickets) {
    if (!isComplaint(t)) continue;
    const day = stampDay(t.ts);
    let latest: OutageFact | undefined;
    for (const o of outages) {
      if (o.startTs >= t.ts || daysBetween(stampDay(o.startTs), day) > days) continue;
      // The latest event; on a tie, the customer's own meter before the area.
      if (!latest || o.startTs > latest.startTs || (o.startTs === latest.startTs && o.scope === 'meter')) latest = o;
    }
    if (!latest) continue;
    const eventDay = stampDay(latest.startTs);
    links.push({
      ticketId: t.ticketId,
      customerId,
      day: formatDay(day),
      eventDay: formatDay(eventDay),
      meterId: latest.meterId,
      eventType: latest.type,
      scope: latest.scope,
      daysAfter: daysBetween(eventDay, day),
    });
    linkDays.push(day);
  }
  if (links.length === 0) return null;
  return {
    tag: 'complaint_after_outage',
    firstDay: linkDays[0]!,
    lastDay: linkDays[linkDays.length - 1]!,
    count: links.length,
    evidence: { tag: 'complaint_after_outage', days, links },
  };
}
