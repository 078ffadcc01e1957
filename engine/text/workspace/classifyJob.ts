// The text.classify job: every workspace ticket with text labelled by the task's keyword rules,
// else by the model; the labels replace the model's earlier ones and the rules' hits are counted.
import type { TextClassifyResult } from '../../api/textTypes.js';
import type { Db } from '../../store/database.js';
import { textPredictor } from '../model.js';
import { labelTexts, type Labelled } from '../rules.js';
import { saveLabels } from '../store/labels.js';
import { loadTextModel } from '../store/models.js';
import { listRules, recordHits } from '../store/rules.js';
import { ticketTexts } from './tickets.js';

const BATCH = 2000;

export interface ClassifyHooks {
  progress: (fraction: number, message: string) => void;
  throwIfCancelled: () => void;
}

export function classifyTicketsJob(db: Db, modelId: number | undefined, hooks: ClassifyHooks): TextClassifyResult {
  const started = Date.now();
  const { info, model } = loadTextModel(db, modelId);
  const rules = listRules(db, info.task);
  const predict = textPredictor(model);
  const { ticketIds, texts } = ticketTexts(db);
  const labelled: Labelled[] = [];
  for (let i = 0; i < texts.length; i += BATCH) {
    hooks.throwIfCancelled();
    hooks.progress(i / Math.max(texts.length, 1), `${i} of ${texts.length} tickets`);
    labelled.push(...labelTexts(texts.slice(i, i + BATCH), rules, predict));
  }
  const hits = rules.map(() => 0);
  const byLabel = new Map<string, { count: number; ruleHits: number }>();
  for (const l of labelled) {
    const entry = byLabel.get(l.label) ?? { count: 0, ruleHits: 0 };
    entry.count++;
    if (l.rule >= 0) {
      entry.ruleHits++;
      hits[l.rule]++;
    }
    byLabel.set(l.label, entry);
  }
  db.transaction(() => {
    saveLabels(db, info.modelId, ticketIds, labelled);
    recordHits(db, info.task, hits);
  })();
  return {
    modelId: info.modelId,
    task: info.task,
    tickets: labelled.length,
    ruleHits: hits.reduce((a, b) => a + b, 0),
    byLabel: [...byLabel].map(([label, v]) => ({ label, ...v })).sort((a, b) => b.count - a.count),
    seconds: (Date.now() - started) / 1000,
  };
}
