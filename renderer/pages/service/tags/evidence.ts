// A tag's evidence in words: the explanation (service.tags.<tag>.explain) and one line per
// ticket, bill or outage behind it. Pure functions of t.
import type { TFunction } from 'i18next';
import type { ServiceTagEvidence } from '../../../../engine/api/serviceTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatDecimal, formatYuan } from '../../../i18n/format.js';
import { channelLabel, eventTypeLabel, ticketTypeLabel } from '../texts.js';

type Plain = (key: string, options?: Record<string, unknown>) => string;

export function tagExplanation(t: TFunction, evidence: ServiceTagEvidence, language: Language): string {
  const say = t as unknown as Plain;
  const key = `service.tags.${evidence.tag}.explain`;
  switch (evidence.tag) {
    case 'repeat_contact':
      return say(key, { count: evidence.count, days: evidence.days });
    case 'escalation':
      return say(key, { words: evidence.words.join(t('common.listSeparator')) });
    case 'complaint_in_arrears':
      return say(key, { arrears: formatDecimal(evidence.arrearsYuan, language, 2) });
    case 'complaint_after_outage':
      return say(key, { days: evidence.days });
    case 'complaint_after_high_bill':
      return say(key, { factor: formatDecimal(evidence.factor, language, 1), days: evidence.days });
  }
}

export function evidenceLines(t: TFunction, evidence: ServiceTagEvidence, language: Language): string[] {
  switch (evidence.tag) {
    case 'repeat_contact':
      return evidence.tickets.map((x) => t('service.evidence.ticket', { ticket: x.ticketId, day: x.day, type: ticketTypeLabel(t, x.type), channel: channelLabel(t, x.channel) }));
    case 'escalation':
      return evidence.tickets.map((x) => t('service.evidence.escalation', { ticket: x.ticketId, day: x.day, words: x.words.join(t('common.listSeparator')) }));
    case 'complaint_in_arrears':
      return evidence.tickets.map((x) => t('service.evidence.arrears', { ticket: x.ticketId, day: x.day, arrears: formatYuan(x.arrearsYuan, language), months: x.months.join(t('common.listSeparator')) }));
    case 'complaint_after_outage':
      return evidence.links.map((x) =>
        t('service.evidence.outage', { ticket: x.ticketId, day: x.day, event: eventTypeLabel(t, x.eventType), eventDay: x.eventDay, meter: x.meterId, scope: (t as unknown as Plain)(`service.tags.scope.${x.scope}`), count: x.daysAfter }),
      );
    case 'complaint_after_high_bill':
      return evidence.links.map((x) =>
        t('service.evidence.highBill', { ticket: x.ticketId, day: x.day, month: x.month, billed: formatYuan(x.billedYuan, language), median: formatYuan(x.medianYuan, language), ratio: formatDecimal(x.ratio, language, 1), count: x.daysAfter }),
      );
  }
}
