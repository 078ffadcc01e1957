import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { textWorkspaceTasks, type TextModelInfo, type TextRule, type TextTablePreview, type TextTopTerms, type TicketLabelsPage } from '../textTypes.js';
import { MAX_PATH_LENGTH } from '../filePath.js';

const modelId = z.number().int().min(1);
const column = z.string().trim().min(1).max(120);
const name = z.string().trim().min(1).max(120).optional();
const folds = z.number().int().min(2).max(10).default(5);

export const textMethods = {
  /**
   * Train a ticket classifier and save it with its k-fold metrics: on the workspace's tickets
   * (label = their type, or sentiment from satisfaction), or on an analyst's CSV (text and label columns).
   */
  'text.train': method<JobHandle>()(
    'job',
    z.discriminatedUnion('source', [
      z.object({ source: z.literal('workspace'), task: z.enum(textWorkspaceTasks), name, folds }).strict(),
      z.object({ source: z.literal('table'), path: z.string().min(1).max(MAX_PATH_LENGTH), text: column, label: column, name, folds }).strict(),
    ]),
  ),
  /** Label every workspace ticket with a model (default: the latest) into ticket_labels, the task's keyword rules first. */
  'text.classify': method<JobHandle>()('job', z.object({ modelId: modelId.optional() }).strict()),
  /** Saved models, newest first. */
  'text.models': method<TextModelInfo[]>()('query', z.object({}).strict()),
  'text.deleteModel': method<JobHandle>()('job', z.object({ modelId }).strict()),
  /** Per label the terms the model weighs most for it (default: the latest model). */
  'text.topTerms': method<TextTopTerms>()('query', z.object({ modelId: modelId.optional(), limit: z.number().int().min(1).max(200).default(20) }).strict()),
  /** The labels a model gave the workspace's tickets (default: the latest model that classified), filtered. */
  'text.labels': method<TicketLabelsPage>()(
    'query',
    z
      .object({
        modelId: modelId.optional(),
        label: z.string().max(120).optional(),
        byRule: z.boolean().optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** The analyst's keyword rules with their hits (optionally of one task). */
  'text.rules': method<TextRule[]>()('query', z.object({ task: z.string().max(120).optional() }).strict()),
  /** Replace a task's keyword rules (an empty list removes them). */
  'text.saveRules': method<JobHandle>()(
    'job',
    z
      .object({
        task: z.string().trim().min(1).max(120),
        rules: z.array(z.object({ label: z.string().trim().min(1).max(120), words: z.array(z.string().trim().min(1).max(60)).min(1).max(200) }).strict()).max(200),
      })
      .strict(),
  ),
  /** An analyst's CSV's columns with a few values each, to pick the text and label columns. */
  'text.previewTable': method<TextTablePreview>()('query', z.object({ path: z.string().min(1).max(MAX_PATH_LENGTH) }).strict()),
};
