// Customer-service analytics (issue 6) as they cross the API: ticket volumes, the contact heat
// map, channel preference, handling and satisfaction trends, the sensitive-customer tags with the
// evidence that explains each, the complaints that follow outages and high bills, a ticket page.
//
// Words the UI shows (resources/locales, both languages):
// - service.tags.<tag>.name and service.tags.<tag>.explain for every ServiceTagKind; the explain
//   text takes the placeholders ({{x}}) of its evidence: repeat_contact count, days;
//   escalation words; complaint_in_arrears arrears; complaint_after_outage days;
//   complaint_after_high_bill factor, days.
// - service.tags.scope.meter / service.tags.scope.area (where an outage was seen).
// Other words of the Customer Service page are the UI's.

export const ticketTypes = ['complaint', 'inquiry', 'repair', 'suggestion', 'praise', 'report', 'other'] as const;
export type TicketType = (typeof ticketTypes)[number];
export const ticketChannels = ['phone_95598', 'app', 'wechat', 'counter', 'other'] as const;
export type TicketChannel = (typeof ticketChannels)[number];

export const serviceTagKinds = ['repeat_contact', 'escalation', 'complaint_in_arrears', 'complaint_after_outage', 'complaint_after_high_bill'] as const;
export type ServiceTagKind = (typeof serviceTagKinds)[number];

export const volumeGrains = ['day', 'week', 'month'] as const;
export type VolumeGrain = (typeof volumeGrains)[number];

/** A count under a key (a type, channel, area id, category; 'unknown' where the ticket has none). */
export interface KeyCount {
  key: string;
  count: number;
}

export interface ServiceVolume {
  total: number;
  byType: KeyCount[];
  byChannel: KeyCount[];
  /** The 50 areas with most tickets, most first (tickets of customers without an area: key 'unknown'). */
  byArea: KeyCount[];
  byCategory: KeyCount[];
  grain: VolumeGrain;
  /** Tickets per period ('YYYY-MM-DD' of the day or of the week's Monday; 'YYYY-MM' for months), oldest first, with the count per type. */
  series: { period: string; count: number; byType: Partial<Record<string, number>> }[];
}

export interface ServiceHeatmap {
  total: number;
  /** counts[weekday][hour]: weekday 0 = Monday ... 6 = Sunday, hour 0..23 of the ticket's time. */
  counts: number[][];
}

export interface ChannelGroup {
  /** A category, or a segment's cluster name ('none' for customers the run did not segment). */
  group: string;
  /** Customers with at least one ticket in the filters. */
  customers: number;
  tickets: number;
  ticketsByChannel: Partial<Record<string, number>>;
  /** Share of the group's customers whose preferred channel (the one used most; ties: the latest) is each channel. */
  preferredShare: Partial<Record<string, number>>;
}

export interface ServiceChannels {
  by: 'category' | 'segment';
  /** The segment run used (by segment: the latest), else null. */
  runId: number | null;
  groups: ChannelGroup[];
}

export interface TrendRow {
  month: string;
  /** A type or channel; 'all' for every ticket of the month. */
  group: string;
  tickets: number;
  /** Tickets with a handling time, its mean and 90th percentile in hours (null: none). */
  handled: number;
  handlingMean: number | null;
  handlingP90: number | null;
  /** Tickets with a satisfaction (1..5), its mean and the share rated 2 or less. */
  rated: number;
  satisfactionMean: number | null;
  lowSatisfactionShare: number | null;
}

export interface ServiceTrends {
  by: 'type' | 'channel';
  rows: TrendRow[];
}

export interface TicketRef {
  ticketId: string;
  /** 'YYYY-MM-DD' */
  day: string;
  type: string | null;
  channel: string | null;
}

export interface OutageLink {
  ticketId: string;
  customerId: string;
  /** The complaint's day and the event's start day, 'YYYY-MM-DD'. */
  day: string;
  eventDay: string;
  meterId: string;
  eventType: string;
  /** Seen on the customer's own meter, or on the area's meters at once (an area outage). */
  scope: 'meter' | 'area';
  daysAfter: number;
}

export interface HighBillLink {
  ticketId: string;
  customerId: string;
  day: string;
  /** The bill's month 'YYYY-MM', its amount, the median of the 12 before and the ratio. */
  month: string;
  billedYuan: number;
  medianYuan: number;
  ratio: number;
  /** Days from the first day of the month after the bill's (when the bill is issued) to the complaint. */
  daysAfter: number;
}

export interface ArrearsEvidence {
  ticketId: string;
  day: string;
  /** Arrears past due on the complaint's day and the bill months they come from. */
  arrearsYuan: number;
  months: string[];
}

export interface EscalationEvidence {
  ticketId: string;
  day: string;
  words: string[];
}

/** What explains a tag, by its kind. */
export type ServiceTagEvidence =
  | { tag: 'repeat_contact'; count: number; days: number; tickets: TicketRef[] }
  | { tag: 'escalation'; words: string[]; tickets: EscalationEvidence[] }
  | { tag: 'complaint_in_arrears'; arrearsYuan: number; tickets: ArrearsEvidence[] }
  | { tag: 'complaint_after_outage'; days: number; links: OutageLink[] }
  | { tag: 'complaint_after_high_bill'; factor: number; days: number; links: HighBillLink[] };

export interface ServiceTag {
  tag: ServiceTagKind;
  firstDay: string;
  lastDay: string;
  /** Tickets that gave the tag. */
  count: number;
  evidence: ServiceTagEvidence;
}

export interface ServiceTagParams {
  repeatCount: number;
  repeatDays: number;
  outageDays: number;
  highBillFactor: number;
  highBillDays: number;
}

export interface ServiceTagResult {
  params: ServiceTagParams;
  customers: number;
  counts: { tag: ServiceTagKind; customers: number }[];
  taggedAt: string;
}

export interface TaggedCustomerRow {
  customerId: string;
  areaId: string | null;
  category: string | null;
  tags: { tag: ServiceTagKind; count: number; firstDay: string; lastDay: string }[];
}

export interface ServiceTagsPage {
  /** The last tag job's parameters and time; null before the first. */
  run: { params: ServiceTagParams; taggedAt: string } | null;
  /** Customers per tag under the area/category filters. */
  counts: { tag: ServiceTagKind; customers: number }[];
  total: number;
  rows: TaggedCustomerRow[];
}

export interface CustomerServiceProfile {
  customerId: string;
  tags: ServiceTag[];
  tickets: number;
  channelCounts: Partial<Record<string, number>>;
  preferredChannel: string | null;
}

export interface ServiceLinks {
  outages: { total: number; rows: OutageLink[] };
  highBills: { total: number; rows: HighBillLink[] };
}

export interface TicketRow {
  ticketId: string;
  customerId: string | null;
  /** 'YYYY-MM-DDTHH:mm' */
  time: string;
  type: string | null;
  typeRaw: string | null;
  channel: string | null;
  text: string | null;
  satisfaction: number | null;
  handlingHours: number | null;
}

export interface TicketsPage {
  total: number;
  rows: TicketRow[];
}

export interface EscalationWords {
  words: string[];
  /** The built-in list (resources/text/escalation-words.json) or the workspace's own. */
  source: 'builtin' | 'workspace';
}
