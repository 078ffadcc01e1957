// The suspects export's columns and rows: one row per suspect in rank order with its figures
// and its top reasons as sentences, headers in the language asked for. What the CSV and the
// workbook write alike (the workbook adds each column's width and number format).
import { reasonWords, type Translate } from '../../api/theftReasonText.js';
import type { TheftSuspect } from '../../api/theftTypes.js';
import type { Language } from '../../api/types.js';
import { fileFormats } from './words.js';

export type Cell = string | number | null;

/** Reasons written per suspect, strongest first (as the Theft page's table shows them). */
export const TOP_REASONS = 3;

export interface SuspectColumn {
  /** Its header's key in the locales. */
  key: string;
  /** Characters wide, in the workbook. */
  width: number;
  /** The workbook's number format, for a figure. */
  numFmt?: string;
  value(s: TheftSuspect, t: Translate, language: Language): Cell;
}

const SCORE_FORMAT = '0.0000';

export const suspectColumns: SuspectColumn[] = [
  { key: 'theft.suspects.rank', width: 8, numFmt: '0', value: (s) => s.rank },
  { key: 'theft.suspects.customer', width: 16, value: (s) => s.customerId },
  { key: 'theft.suspects.name', width: 12, value: (s) => s.customerName },
  { key: 'theft.suspects.category', width: 14, value: (s, t) => (s.category === null ? null : t(`values.customers.category.${s.category}`, { defaultValue: s.category })) },
  { key: 'theft.suspects.area', width: 14, value: (s) => s.areaId },
  { key: 'theft.suspects.score', width: 10, numFmt: SCORE_FORMAT, value: (s) => s.score },
  { key: 'theft.export.unsupervised', width: 12, numFmt: SCORE_FORMAT, value: (s) => s.unsupervised },
  { key: 'theft.export.supervised', width: 12, numFmt: SCORE_FORMAT, value: (s) => s.supervised },
  { key: 'theft.suspects.lossKwh', width: 16, numFmt: '#,##0.0', value: (s) => s.lossKwh },
  { key: 'theft.suspects.lossYuan', width: 16, numFmt: '#,##0.00', value: (s) => s.lossYuan },
  { key: 'theft.suspects.changeDay', width: 12, value: (s) => s.changeDay },
  { key: 'theft.suspects.reasons', width: 80, value: (s, t, language) => reasonsCell(s, t, language) },
];

export function suspectHeaders(t: Translate): string[] {
  return suspectColumns.map((c) => t(c.key));
}

export function suspectRow(s: TheftSuspect, t: Translate, language: Language): Cell[] {
  return suspectColumns.map((c) => c.value(s, t, language));
}

/** The top reasons as sentences, one after the other (；in Chinese). */
function reasonsCell(s: TheftSuspect, t: Translate, language: Language): string {
  return s.reasons
    .slice(0, TOP_REASONS)
    .map((r) => reasonWords(t, fileFormats, r, language))
    .join(language === 'zh-CN' ? '；' : ' ');
}
