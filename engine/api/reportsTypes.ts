// Reports (issue 7): a saved definition (title, language, period and ordered sections drawn from
// saved views, module charts, module tables, texts and the headline figures) and its computed
// content, which the on-screen preview, the PDF and the Excel workbook all show alike.
import type { Language } from './types.js';

/** The workbench's own charts a report can hold, each with its small table and sentences. */
export const moduleCharts = [
  'consumption.byMonth',
  'consumption.byArea',
  'forecast.latest',
  'arrears.byMonth',
  'risk.grades',
  'risk.collection',
  'theft.suspects',
  'theft.cases',
  'service.volume',
  'service.satisfaction',
  'service.tags',
] as const;
export type ModuleChart = (typeof moduleCharts)[number];

export type ReportSection =
  | { kind: 'kpis' }
  | { kind: 'chart'; chart: ModuleChart }
  /** A module's table alone, without its chart. */
  | { kind: 'table'; chart: ModuleChart }
  | { kind: 'view'; viewId: number }
  | { kind: 'text'; heading: string; body: string };

export interface ReportSpec {
  title: string;
  language: Language;
  /** First and last month, 'YYYY-MM'; the same month for a monthly report. */
  period: { from: string; to: string };
  sections: ReportSection[];
}

export interface ReportInfo {
  reportId: number;
  name: string;
  title: string;
  language: Language;
  period: { from: string; to: string };
  sections: number;
  updatedAt: string;
  updatedBy: string;
}

export interface SavedReport extends ReportInfo {
  spec: ReportSpec;
}

export interface ReportTemplate {
  id: 'monthly';
  /** The template's name in the language asked for. */
  name: string;
  spec: ReportSpec;
}

/** How a table column's values are written: numbers stay numbers in Excel. */
export type CellFormat = 'text' | 'integer' | 'decimal' | 'percent' | 'yuan';

export interface ReportTable {
  columns: { label: string; format: CellFormat }[];
  rows: (string | number | null)[][];
}

/** A chart as data: the preview draws it with ECharts, the PDF as vectors, Excel as a picture. */
export interface ReportChart {
  type: 'bar' | 'line' | 'pie';
  categories: string[];
  series: { name: string; values: (number | null)[]; stack?: string; kind?: 'bar' | 'line'; axis?: 0 | 1; dashed?: boolean }[];
  /** The value axes' names with their units, e.g. 'kWh', '%' (a second axis for line series with axis 1). */
  axes: string[];
  /** Values of axis 1 are shares (0.031 shown 3.1%). */
  percentAxis?: 1;
  /** The first axis counts things (customers, cases, tickets): whole-number ticks only. */
  counts?: true;
}

export type ReportBlock =
  | { kind: 'kpis'; heading: string; kpis: ReportKpi[]; notes: string[] }
  | { kind: 'chart'; source: ModuleChart | 'view'; heading: string; chart: ReportChart | null; table: ReportTable | null; sentences: string[]; notes: string[] }
  | { kind: 'text'; heading: string; body: string };

export interface ReportKpi {
  key: string;
  label: string;
  value: number | null;
  format: CellFormat;
  unit: string;
  /**
   * Change against the period before and a year before; null where there is nothing to compare.
   * 'relative' for amounts (0.042 = +4.2 %), 'points' for rates (0.003 = +0.3 percentage points).
   */
  change: 'relative' | 'points';
  mom: number | null;
  yoy: number | null;
}

export interface ReportContent {
  title: string;
  language: Language;
  period: { from: string; to: string };
  /** The period in words, e.g. 2024年6月 / Jun 2024. */
  periodText: string;
  generatedAt: string;
  isDemo: boolean;
  blocks: ReportBlock[];
}

export interface ReportExportResult {
  path: string;
  fileName: string;
  format: 'pdf' | 'xlsx';
  bytes: number;
  /** Pages of a PDF, sheets of a workbook. */
  parts: number;
}
