import type { DataKind } from './types.js';

export type FieldType = 'id' | 'text' | 'number' | 'date' | 'datetime' | 'time' | 'month' | 'integer' | 'flag';

/** One field a data kind can take from a column. */
export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Header names that map to this field, Chinese and English (resources/headers/<kind>.json). */
  synonyms: string[];
  /** Personal data (name, phone, ID number, address): masked in the UI. */
  personal?: boolean;
  unit?: string;
}

/** The field that stands for the point columns (P1..P96, 0:15..24:00) of a wide curve: shown and required as one. */
export const POINTS_FIELD = 'points';

/**
 * How much better (in kind score) another kind whose required fields all have columns must fit
 * before a file is taken to be of that kind rather than the one asked for.
 */
export const WRONG_KIND_MARGIN = 0.05;

export interface KindSpecInfo {
  kind: DataKind;
  fields: FieldSpec[];
  /** Alternative sets of fields; a file is importable when every field of one set is mapped. */
  requirement: string[][];
}

/**
 * How one file's columns map to a kind's fields, by header text (portable to other files) or
 * 0-based column index; null: do not import the field, even where a column would be detected
 * for it. Fields left out are detected through the synonym tables.
 */
export interface MappingSpec {
  fields: Record<string, string | number | null>;
  options?: ImportOptions;
}

export interface ImportOptions {
  /** Interval values: average power per interval (kW) or energy per interval (kWh). */
  unit?: 'kW' | 'kWh';
  /** Long interval timestamps label the start or the end of their interval (00:15 ... 24:00 style). */
  timeLabel?: 'start' | 'end';
  /** Interval length in minutes for long interval files (15, 30 or 60); detected when absent. */
  intervalMinutes?: 15 | 30 | 60;
  /** 0-based index of the header row (title rows above it are skipped). */
  headerRow?: number;
  /** XLSX worksheet name. */
  sheet?: string;
  /** Override the detected text encoding of a CSV file. */
  encoding?: TextEncodingName;
  /** The meter a whole file belongs to, when it has no meter column (a single area's or feeder's curve). */
  meter?: string;
}

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** A mapping resolved against one file: field -> 0-based column index. */
export interface ResolvedMapping {
  fields: Record<string, number>;
  /** Wide interval files: the column of each point P1..Pn, in time order. */
  pointColumns?: number[];
  options: Required<Pick<ImportOptions, 'headerRow'>> & ImportOptions;
}

export interface RowProblem {
  /** 1-based row number as a spreadsheet shows it (the header row included). */
  row: number;
  /** Header text of the column at fault, or '' for the whole row. */
  column: string;
  code: string;
  reason: string;
}

export interface ImportPreview {
  path: string;
  fileName: string;
  sizeBytes: number;
  format: 'csv' | 'xlsx';
  encoding: TextEncodingName | null;
  hasBom: boolean;
  delimiter: string | null;
  sheets: string[];
  headerRow: number;
  headers: string[];
  kind: DataKind | null;
  /** How well the headers fit each kind; `complete` when every field of one requirement set has a column. */
  kindScores: { kind: DataKind; score: number; complete: boolean }[];
  spec: KindSpecInfo | null;
  mapping: ResolvedMapping | null;
  /** The mapping by header text, ready to save as a template or pass to import.run. */
  mappingSpec: MappingSpec | null;
  /** Required fields not mapped, with the header names that would be accepted. */
  missing: { field: string; accepted: string[] }[];
  layout: { format: 'wide' | 'long'; points: number; unit: 'kW' | 'kWh'; timeLabel: 'start' | 'end' } | null;
  sampleRows: string[][];
  /** Problems found when validating the sample rows. */
  problems: RowProblem[];
  sampleSize: number;
}

export interface ImportFileResult {
  file: string;
  kind: DataKind;
  importId: number;
  rowsRead: number;
  imported: number;
  updated: number;
  /** Rows identical to what the workspace already held. */
  skipped: number;
  quarantined: number;
  /** Meters or customers referenced that have no archive entry (kept, reported). */
  unmatched: number;
  /** The first 100 quarantined rows. */
  errors: RowProblem[];
  seconds: number;
}

export interface ImportRecord {
  id: number;
  file: string;
  fileName: string;
  kind: DataKind;
  sha256: string;
  sizeBytes: number;
  encoding: string | null;
  startedAt: string;
  finishedAt: string;
  rowsRead: number;
  imported: number;
  updated: number;
  skipped: number;
  quarantined: number;
}

export interface QuarantineRow {
  row: number;
  column: string;
  code: string;
  reason: string;
  /** The raw cells of the rejected row, header order. */
  cells: string[];
}

export interface MappingTemplate {
  name: string;
  kind: DataKind;
  mapping: MappingSpec;
  savedAt: string;
}
