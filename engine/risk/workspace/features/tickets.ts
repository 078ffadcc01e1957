// Disputes and complaints over the year to the as-of day: billing disputes speak for willingness
// (a customer contesting bills tends to hold payment back), complaints for the relationship.
import type { Day } from '../../../core/calendar.js';
import { addMonthsToDay } from '../days.js';
import type { CustomerTickets } from '../tickets.js';

export interface TicketFeatures {
  disputes12m: number;
  complaints12m: number;
}

export function ticketFeatures(tickets: CustomerTickets | null, c: number, asOf: Day): TicketFeatures {
  if (tickets === null) return { disputes12m: NaN, complaints12m: NaN };
  const from = addMonthsToDay(asOf, -12);
  let disputes = 0;
  let complaints = 0;
  for (let i = tickets.start[c]!; i < tickets.start[c + 1]!; i++) {
    const t = tickets.order[i]!;
    if (tickets.day[t]! <= from || tickets.day[t]! > asOf) continue;
    disputes += tickets.dispute[t]!;
    complaints += tickets.complaint[t]!;
  }
  return { disputes12m: disputes, complaints12m: complaints };
}
