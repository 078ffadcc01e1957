// Service tickets (工单) with Chinese text from resources/demo/tickets.json: repair calls
// during outages, complaints after long outages and unusually high bills, inquiries,
// suggestions, praise and reports of suspected theft, over 95598, the app, WeChat and the
// counter. Ticket numbers are given once all are known, in time order.
import { readResourceJson } from '../core/resources.js';
import { addMinutes, stampDay, type Stamp } from '../core/calendar.js';
import type { Random } from './random.js';

export type TicketChannel = 'phone_95598' | 'app' | 'wechat' | 'counter';
export type TicketType = 'complaint' | 'inquiry' | 'repair' | 'suggestion' | 'praise' | 'report';
export type TicketCause =
  | 'outage_repair'
  | 'outage_complaint'
  | 'high_bill_complaint'
  | 'bill_follow_up'
  | 'bill_inquiry'
  | 'service_inquiry'
  | 'suggestion'
  | 'praise'
  | 'theft_report';

interface TicketsFile {
  causes: Record<TicketCause, { type: TicketType; texts: string[]; homeTexts?: string[]; businessTexts?: string[] }>;
}

export const ticketChannelText: Record<TicketChannel, string> = { phone_95598: '95598', app: '网上国网', wechat: '微信', counter: '营业厅' };
export const ticketTypeText: Record<TicketType, string> = {
  complaint: '投诉',
  inquiry: '咨询',
  repair: '故障报修',
  suggestion: '意见',
  praise: '表扬',
  report: '举报',
};

export interface Ticket {
  customerId: string | null;
  ts: Stamp;
  channel: TicketChannel;
  type: TicketType;
  text: string;
  satisfaction: number | null;
  handlingHours: number;
}

/** What a ticket's text may mention. */
export interface TicketFacts {
  address?: string;
  month?: number;
  amount?: number;
  kwh?: number;
  day?: number;
  hours?: number;
  /** The caller runs a business (a shop cannot open) or is a household (the fridge is thawing). */
  business?: boolean;
}

const channelWeights: Record<TicketType, [TicketChannel, number][]> = {
  repair: [['phone_95598', 70], ['app', 15], ['wechat', 10], ['counter', 5]],
  complaint: [['phone_95598', 60], ['app', 20], ['wechat', 15], ['counter', 5]],
  inquiry: [['phone_95598', 40], ['app', 25], ['wechat', 25], ['counter', 10]],
  suggestion: [['phone_95598', 30], ['app', 35], ['wechat', 25], ['counter', 10]],
  praise: [['phone_95598', 60], ['app', 15], ['wechat', 15], ['counter', 10]],
  report: [['phone_95598', 60], ['app', 20], ['wechat', 20]],
};

function fill(text: string, facts: TicketFacts): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => {
    switch (key) {
      case 'address':
        return facts.address ? publicPlace(facts.address) : '本地';
      case 'month':
        return facts.month ? `${Math.floor(facts.month / 100)}年${facts.month % 100}月` : '本月';
      case 'amount':
        return facts.amount !== undefined ? facts.amount.toFixed(2) : '';
      case 'kwh':
        return facts.kwh !== undefined ? String(Math.round(facts.kwh)) : '';
      case 'date':
        return facts.day ? `${Math.floor(facts.day / 100) % 100}月${facts.day % 100}日` : '近日';
      case 'hours':
        return facts.hours !== undefined ? String(Math.max(1, Math.round(facts.hours))) : '数';
      default:
        return whole;
    }
  });
}

/**
 * The street or compound of an address, without building, unit and room (幢/单元/室) or a
 * village house number: what a caller names, and no more personal data than the text needs.
 */
function publicPlace(address: string): string {
  return address.replace(/\d+幢.*$/, '').replace(/\d+组\d+号$/, '');
}

export class TicketBook {
  private readonly causes = readResourceJson<TicketsFile>('demo', 'tickets.json').causes;
  private readonly tickets: Ticket[] = [];

  /** A ticket of `cause` at `ts`; `restoredAfterHours` is the remaining outage for repair calls. */
  add(rng: Random, cause: TicketCause, customerId: string | null, ts: Stamp, facts: TicketFacts = {}, restoredAfterHours?: number): void {
    const spec = this.causes[cause];
    const type = spec.type;
    const channel = rng.weighted(channelWeights[type], (x) => x[1])[0];
    const handlingHours = round1(
      type === 'repair'
        ? Math.max(0.3, restoredAfterHours ?? rng.uniform(0.5, 4))
        : type === 'complaint'
          ? rng.uniform(24, 168)
          : type === 'inquiry'
            ? Math.min(8, Math.max(0.05, rng.logNormal(0.5, 1)))
            : type === 'praise'
              ? rng.uniform(1, 24)
              : rng.uniform(24, 240),
    );
    this.tickets.push({
      customerId,
      ts,
      channel,
      type,
      text: fill(rng.pick([...spec.texts, ...((facts.business ? spec.businessTexts : spec.homeTexts) ?? [])]), {
        ...facts,
        day: facts.day ?? stampDay(ts),
      }),
      satisfaction: rng.chance(0.15) ? null : satisfaction(rng, type, handlingHours),
      handlingHours,
    });
  }

  /** A time of day when people call: mostly 08:00-21:00. */
  static officeHours(rng: Random, day: number): Stamp {
    return addMinutes(day * 10_000, rng.int(8 * 60, 21 * 60));
  }

  get count(): number {
    return this.tickets.length;
  }

  /** All tickets in time order with their numbers: the day and a sequence, e.g. 2025073100012. */
  numbered(): (Ticket & { id: string })[] {
    const sorted = [...this.tickets].sort((a, b) => a.ts - b.ts || (a.customerId ?? '').localeCompare(b.customerId ?? ''));
    let day = 0;
    let seq = 0;
    return sorted.map((t) => {
      const d = stampDay(t.ts);
      seq = d === day ? seq + 1 : 1;
      day = d;
      return { ...t, id: `${d}${String(seq).padStart(5, '0')}` };
    });
  }
}

function satisfaction(rng: Random, type: TicketType, hours: number): number {
  switch (type) {
    case 'repair':
      return Math.max(1, Math.min(5, (hours < 2 ? 5 : hours < 4 ? 4 : hours < 8 ? 3 : 2) + (rng.chance(0.2) ? -1 : 0)));
    case 'complaint':
      return rng.int(1, 3);
    case 'praise':
      return 5;
    case 'inquiry':
      return rng.chance(0.85) ? rng.int(4, 5) : 3;
    default:
      return rng.int(3, 5);
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
