// Ticket text understanding as the API carries it: classifiers trained on the workspace's
// labelled tickets (type, or sentiment from satisfaction) or an analyst's CSV, their
// cross-validated metrics and top terms, the labels they gave the workspace's tickets, and the
// analyst's keyword rules (label ← any of these words), which are applied before the model.

/** Where a model was trained: the workspace's tickets, or an analyst's own table (a CSV). */
export type TextModelSource = 'workspace' | 'table';

/** What a workspace model learns: the ticket's type, or sentiment (satisfaction ≤ 2 negative, ≥ 4 positive). */
export const textWorkspaceTasks = ['type', 'sentiment'] as const;
export type TextWorkspaceTask = (typeof textWorkspaceTasks)[number];

export interface TextLabelMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Texts with this label. */
  support: number;
}

/** k-fold cross-validated figures of the model's recipe on its training texts. */
export interface TextMetrics {
  folds: number;
  accuracy: number;
  macroF1: number;
  perLabel: TextLabelMetrics[];
}

export interface TextModelInfo {
  modelId: number;
  name: string;
  createdAt: string;
  source: TextModelSource;
  /** type | sentiment for workspace models; the label column of a table model. */
  task: string;
  labels: string[];
  /** Training texts. */
  rows: number;
  metrics: TextMetrics;
  /** Table models: the file's name and text column. */
  fileName: string | null;
  textColumn: string | null;
  seconds: number;
}

export interface TextTerm {
  /** A word (jieba) or a run of characters. */
  term: string;
  kind: 'word' | 'chars';
  weight: number;
}

export interface TextTopTerms {
  modelId: number;
  labels: { label: string; terms: TextTerm[] }[];
}

/** An analyst's keyword rule: a text of the task's tickets holding any of the words gets the label. */
export interface TextRule {
  task: string;
  label: string;
  words: string[];
  /** Tickets the rule labelled in the latest classification with a model of its task. */
  hits: number;
}

export interface TextClassifyResult {
  modelId: number;
  task: string;
  tickets: number;
  /** Tickets labelled by a keyword rule rather than the model. */
  ruleHits: number;
  byLabel: { label: string; count: number; ruleHits: number }[];
  seconds: number;
}

export interface TicketLabelRow {
  ticketId: string;
  customerId: string | null;
  /** YYYY-MM-DD */
  day: string;
  type: string;
  text: string;
  label: string;
  confidence: number;
  /** The rule word that decided the label; null when the model did. */
  ruleWord: string | null;
}

export interface TicketLabelsPage {
  modelId: number;
  total: number;
  rows: TicketLabelRow[];
}

export interface TextTablePreview {
  fileName: string;
  rows: number;
  columns: { name: string; samples: string[]; distinct: number }[];
}
