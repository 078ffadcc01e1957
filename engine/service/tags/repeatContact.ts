// Repeat contacts: at least `count` tickets (any type, any channel) whose first and last fall
// within `days` days (3 within 30: the 1st and the 30th of a month count, the 1st and the 31st
// do not). The evidence is every ticket of some such run.
import { daysBetween, stampDay } from '../../core/calendar.js';
import { ticketRef } from './ticketRef.js';
import type { TagFinding, TicketFact } from './types.js';

export function repeatContact(tickets: readonly TicketFact[], count: number, days: number): TagFinding | null {
  const inRun = new Set<number>();
  for (let last = count - 1; last < tickets.length; last++) {
    const first = last - count + 1;
    if (daysBetween(stampDay(tickets[first]!.ts), stampDay(tickets[last]!.ts)) < days) {
      for (let i = first; i <= last; i++) inRun.add(i);
    }
  }
  if (inRun.size === 0) return null;
  const evidence = [...inRun].sort((a, b) => a - b).map((i) => tickets[i]!);
  return {
    tag: 'repeat_contact',
    firstDay: stampDay(evidence[0]!.ts),
    lastDay: stampDay(evidence[evidence.length - 1]!.ts),
    count: evidence.length,
    evidence: { tag: 'repeat_contact', count, days, tickets: evidence.map(ticketRef) },
  };
}
