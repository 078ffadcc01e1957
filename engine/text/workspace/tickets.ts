// The workspace's tickets as texts: every ticket with text (to classify), and the labelled ones a
// task learns from: their type, or sentiment from satisfaction (≤ 2 negative, ≥ 4 positive, 3 and
// unscored left out).
import type { TextWorkspaceTask } from '../../api/textTypes.js';
import type { Db } from '../../store/database.js';

export interface TicketTexts {
  ticketIds: string[];
  texts: string[];
}

export function ticketTexts(db: Db): TicketTexts {
  const rows = db.prepare("SELECT ticket_id, text FROM tickets WHERE text IS NOT NULL AND trim(text) <> '' ORDER BY ticket_id").all() as {
    ticket_id: string;
    text: string;
  }[];
  return { ticketIds: rows.map((r) => r.ticket_id), texts: rows.map((r) => r.text) };
}

export function sentimentOf(satisfaction: number | null): 'negative' | 'positive' | null {
  if (satisfaction === null) return null;
  if (satisfaction <= 2) return 'negative';
  if (satisfaction >= 4) return 'positive';
  return null;
}

export function labelledTickets(db: Db, task: TextWorkspaceTask): { texts: string[]; labels: string[] } {
  const rows = db
    .prepare("SELECT text, type, satisfaction FROM tickets WHERE text IS NOT NULL AND trim(text) <> '' ORDER BY ticket_id")
    .all() as { text: string; type: string | null; satisfaction: number | null }[];
  const texts: string[] = [];
  const labels: string[] = [];
  for (const r of rows) {
    const label = task === 'type' ? r.type : sentimentOf(r.satisfaction);
    if (label === null || label === '') continue;
    texts.push(r.text);
    labels.push(label);
  }
  return { texts, labels };
}
