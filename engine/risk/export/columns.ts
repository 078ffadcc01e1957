// The collection list's columns as a file writes them: one row per customer in the list's order
// with its figures and its reason codes in words, headers in the language asked for. What the CSV
// and the workbook write alike (the workbook adds each column's width and number format).
import type { Translate } from '../../api/theftReasonText.js';
import type { ReasonCode, RiskCustomerRow } from '../../api/riskTypes.js';
import type { Language } from '../../api/types.js';

export type Cell = string | number | null;

export interface CollectionColumn {
  /** Its header's key in the locales (under risk.export.columns). */
  key: string;
  /** Characters wide, in the workbook. */
  width: number;
  /** The workbook's number format, for a figure. */
  numFmt?: string;
  value(row: RiskCustomerRow, rank: number, t: Translate, language: Language): Cell;
}

const YUAN = '#,##0.00';
const POINTS = '0.0';

export const collectionColumns: CollectionColumn[] = [
  { key: 'rank', width: 8, numFmt: '0', value: (_r, rank) => rank },
  { key: 'customer', width: 16, value: (r) => r.customerId },
  { key: 'name', width: 12, value: (r) => r.customerName },
  { key: 'category', width: 14, value: (r, _rank, t) => (r.category === null ? null : t(`values.customers.category.${r.category}`, { defaultValue: r.category })) },
  { key: 'industry', width: 16, value: (r) => r.industry },
  { key: 'area', width: 14, value: (r) => r.areaId },
  { key: 'grade', width: 8, value: (r) => r.grade },
  { key: 'adjustedGrade', width: 10, value: (r) => r.adjustedGrade },
  { key: 'score', width: 10, numFmt: POINTS, value: (r) => r.score },
  { key: 'probability', width: 12, numFmt: '0.00%', value: (r) => r.probability },
  { key: 'outstanding', width: 16, numFmt: YUAN, value: (r) => r.outstandingYuan },
  { key: 'expectedLoss', width: 16, numFmt: YUAN, value: (r) => r.expectedLossYuan },
  { key: 'willingness', width: 12, numFmt: POINTS, value: (r) => r.willingness },
  { key: 'ability', width: 12, numFmt: POINTS, value: (r) => r.ability },
  { key: 'reasons', width: 80, value: (r, _rank, t, language) => reasonsCell(r.reasons, t, language) },
];

export function collectionHeaders(t: Translate): string[] {
  return collectionColumns.map((c) => t(`risk.export.columns.${c.key}`));
}

export function collectionRow(row: RiskCustomerRow, rank: number, t: Translate, language: Language): Cell[] {
  return collectionColumns.map((c) => c.value(row, rank, t, language));
}

/** A feature in words: the workspace's features have words; a table's own columns are shown by their names. */
export function featureWords(t: Translate, feature: string): string {
  return t(`risk.features.${feature}`, { defaultValue: feature });
}

// The words of each feature once per language (the locales do not change while the engine runs).
const featureWordsIn = new Map<string, string>();
function wordsOf(t: Translate, language: Language, feature: string): string {
  const key = `${language}\u0000${feature}`;
  let words = featureWordsIn.get(key);
  if (words === undefined) featureWordsIn.set(key, (words = featureWords(t, feature)));
  return words;
}

// One formatter per language: making an Intl.NumberFormat per reason cost seconds on a list of thousands.
const pointFormats = new Map<Language, Intl.NumberFormat>();
function pointsText(value: number, language: Language): string {
  let format = pointFormats.get(language);
  if (!format) pointFormats.set(language, (format = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })));
  return format.format(value);
}

/** The reason codes, most costly first: 'On-time payment rate (12 months) (0.5, 0.8] (−35.2 points)'. */
export function reasonsCell(reasons: ReasonCode[], t: Translate, language: Language): string {
  return reasons
    .map((r) => t('risk.export.reason', { feature: wordsOf(t, language, r.feature), bin: r.bin, points: pointsText(r.pointsLost, language) }))
    .join(language === 'zh-CN' ? '；' : '; ');
}
