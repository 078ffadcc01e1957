import { formatDay, stampDay } from '../../core/calendar.js';
import type { TicketRef } from '../../api/serviceTypes.js';
import type { TicketFact } from './types.js';

export function ticketRef(t: TicketFact): TicketRef {
  return { ticketId: t.ticketId, day: formatDay(stampDay(t.ts)), type: t.type, channel: t.channel };
}
