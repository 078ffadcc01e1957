// What the tag rules read: one customer's tickets, bills and outage events, already in time order.
import type { Day, Month, Stamp } from '../../core/calendar.js';
import type { ServiceTagEvidence, ServiceTagKind } from '../../api/serviceTypes.js';

export interface TicketFact {
  ticketId: string;
  ts: Stamp;
  type: string | null;
  channel: string | null;
  text: string | null;
}

export interface BillFact {
  month: Month;
  billedYuan: number;
  paidYuan: number;
  /** 0 = unknown */
  dueDay: Day;
  /** 0 = not paid */
  paidDay: Day;
}

export interface OutageFact {
  meterId: string;
  type: string;
  startTs: Stamp;
  /** On the customer's own meter, or on several of its area's meters at once. */
  scope: 'meter' | 'area';
}

/** A tag a rule gives, before it is stored. */
export interface TagFinding {
  tag: ServiceTagKind;
  firstDay: Day;
  lastDay: Day;
  count: number;
  evidence: ServiceTagEvidence;
}

export function isComplaint(t: TicketFact): boolean {
  return t.type === 'complaint';
}
