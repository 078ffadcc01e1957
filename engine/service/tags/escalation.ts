// Escalation: a ticket whose text names a way to take the matter further (the regulator's
// 12398 hotline, the media, a petition, a court); the words are the workspace's list.
import { formatDay, stampDay } from '../../core/calendar.js';
import type { EscalationEvidence } from '../../api/serviceTypes.js';
import type { TagFinding, TicketFact } from './types.js';

export function escalation(tickets: readonly TicketFact[], words: readonly string[]): TagFinding | null {
  const needles = words.map((w) => w.toLowerCase()).filter((w) => w.length > 0);
  const hits: EscalationEvidence[] = [];
  const days: number[] = [];
  for (const t of tickets) {
    if (!t.text) continue;
    const text = t.text.toLowerCase();
    const found = words.filter((_w, i) => text.includes(needles[i]!));
    if (found.length === 0) continue;
    hits.push({ ticketId: t.ticketId, day: formatDay(stampDay(t.ts)), words: found });
    days.push(stampDay(t.ts));
  }
  if (hits.length === 0) return null;
  const all = [...new Set(hits.flatMap((h) => h.words))];
  return {
    tag: 'escalation',
    firstDay: days[0]!,
    lastDay: days[days.length - 1]!,
    count: hits.length,
    evidence: { tag: 'escalation', words: all, tickets: hits },
  };
}
