// The labels a model gave the workspace's tickets (ticket_labels of schema 5), and their page.
import type { TicketLabelsPage } from '../../api/textTypes.js';
import { formatDay, stampDay } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import type { Labelled } from '../rules.js';
import { EngineError } from '../../api/errors.js';

/** Replaces the model's labels. */
export function saveLabels(db: Db, modelId: number, ticketIds: string[], labelled: Labelled[]): void {
  db.prepare('DELETE FROM ticket_labels WHERE model_id = ?').run(modelId);
  const insert = db.prepare('INSERT INTO ticket_labels (ticket_id, model_id, label, confidence, rule_word) VALUES (?, ?, ?, ?, ?)');
  labelled.forEach((l, i) => insert.run(ticketIds[i], modelId, l.label, l.confidence, l.ruleWord));
}

export interface LabelsQuery {
  modelId?: number;
  label?: string;
  byRule?: boolean;
  offset: number;
  limit: number;
}

interface LabelRow {
  ticket_id: string;
  customer_id: string | null;
  ts: number;
  type: string | null;
  text: string | null;
  label: string;
  confidence: number;
  rule_word: string | null;
}

export function labelsPage(db: Db, q: LabelsQuery): TicketLabelsPage {
  const modelId =
    q.modelId ?? (db.prepare('SELECT model_id FROM ticket_labels ORDER BY model_id DESC LIMIT 1').get() as { model_id: number } | undefined)?.model_id;
  if (modelId === undefined) throw new EngineError('text.model_not_found', 'No text model has classified the tickets yet: classify them first.', { modelId: null });
  const where = ['l.model_id = ?'];
  const params: (string | number)[] = [modelId];
  if (q.label !== undefined) {
    where.push('l.label = ?');
    params.push(q.label);
  }
  if (q.byRule !== undefined) where.push(q.byRule ? 'l.rule_word IS NOT NULL' : 'l.rule_word IS NULL');
  const from = `FROM ticket_labels l JOIN tickets t ON t.ticket_id = l.ticket_id WHERE ${where.join(' AND ')}`;
  const { n } = db.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number };
  const rows = db
    .prepare(`SELECT l.ticket_id, t.customer_id, t.ts, t.type, t.text, l.label, l.confidence, l.rule_word ${from} ORDER BY t.ts DESC, l.ticket_id LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as LabelRow[];
  return {
    modelId,
    total: n,
    rows: rows.map((r) => ({
      ticketId: r.ticket_id,
      customerId: r.customer_id,
      day: formatDay(stampDay(r.ts)),
      type: r.type ?? '',
      text: r.text ?? '',
      label: r.label,
      confidence: r.confidence,
      ruleWord: r.rule_word,
    })),
  };
}
