// What a module section is made from and what it gives: the workspace, the report's period and
// words in; a chart, a small table, sentences from the figures and data-quality notes out.
import type { ReportChart, ReportTable } from '../../api/reportsTypes.js';
import type { Db } from '../../store/database.js';
import type { ReportPeriod } from '../period.js';
import type { ReportWords } from '../words.js';

export interface ModuleInput {
  db: Db;
  period: ReportPeriod;
  words: ReportWords;
}

export interface ModuleBlock {
  chart: ReportChart | null;
  table: ReportTable | null;
  sentences: string[];
  /** What is missing for the module to say more, and what to do about it. */
  notes: string[];
}

/** A module with nothing to show: only the note saying why and what to do. */
export const onlyNote = (note: string): ModuleBlock => ({ chart: null, table: null, sentences: [], notes: [note] });
