// The text.train job: a classifier trained on the workspace's tickets (type or sentiment) or on
// an analyst's CSV, saved with its cross-validated metrics.
import { EngineError } from '../../api/errors.js';
import type { TextModelInfo, TextWorkspaceTask } from '../../api/textTypes.js';
import type { Db } from '../../store/database.js';
import { saveTextModel } from '../store/models.js';
import { readTextTable } from '../table.js';
import { trainTableTexts } from '../tableTexts.js';
import { defaultTrainOptions, MIN_PER_LABEL, trainTextModel, type TrainHooks } from '../train.js';
import { labelledTickets } from './tickets.js';
import { defaultTextModelName } from '../../api/textModelName.js';

export type TrainRequest =
  | { source: 'workspace'; task: TextWorkspaceTask; name?: string; folds: number }
  | { source: 'table'; path: string; text: string; label: string; name?: string; folds: number };

export interface TrainJobHooks extends TrainHooks {
  log: (line: string) => void;
}

/** Labels too rare to learn (a handful of 'other' tickets) are left out of a workspace model rather than failing it. */
function withoutRareLabels(texts: string[], labels: string[], log: (line: string) => void): { texts: string[]; labels: string[] } {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const rare = new Set([...counts].filter(([, n]) => n < MIN_PER_LABEL).map(([l]) => l));
  if (rare.size === 0) return { texts, labels };
  log(`labels with fewer than ${MIN_PER_LABEL} tickets left out: ${[...rare].map((l) => `${l} (${counts.get(l)})`).join(', ')}`);
  const keep = labels.map((l) => !rare.has(l));
  return { texts: texts.filter((_, i) => keep[i]), labels: labels.filter((_, i) => keep[i]) };
}

export function trainTextJob(db: Db, request: TrainRequest, hooks: TrainJobHooks): TextModelInfo {
  const started = Date.now();
  let texts: string[];
  let labels: string[];
  let task: string;
  let fileName: string | null = null;
  let textColumn: string | null = null;
  if (request.source === 'workspace') {
    task = request.task;
    const tickets = labelledTickets(db, request.task);
    ({ texts, labels } = withoutRareLabels(tickets.texts, tickets.labels, hooks.log));
    if (texts.length === 0) {
      throw new EngineError('text.no_tickets', `The workspace has no tickets with text and a ${request.task === 'type' ? 'type' : 'satisfaction score'} to learn ${task} from.`, { task });
    }
  } else {
    const table = readTextTable(request.path, request.text, request.label);
    ({ texts, labels } = trainTableTexts(table));
    task = request.label;
    fileName = table.fileName;
    textColumn = request.text;
  }
  hooks.log(`training on ${texts.length} texts (${task})`);
  const model = trainTextModel(texts, labels, { ...defaultTrainOptions, task, folds: request.folds }, hooks);
  const name = request.name ?? defaultTextModelName(request.source, task, fileName);
  const info = saveTextModel(db, { name, source: request.source, fileName, textColumn, seconds: (Date.now() - started) / 1000, model });
  hooks.log(`text model ${info.modelId}: ${info.metrics.folds}-fold accuracy ${info.metrics.accuracy.toFixed(3)}, macro-F1 ${info.metrics.macroF1.toFixed(3)}`);
  return info;
}
