// The collection list's columns as a file writes them: one row per customer in the list's order
// with its figures and its reason codes in words, headers in the language asked for. What the CSV
// and the workbook write alike (the workbook adds each column's width and number format).
import type { Translate } from '../../api/theftReasonText.js';
import type { ReasonCode, RiskCustomerRow } from '../../api/riskTypes.js';
import type { Language } from '../../api/types.js';

export type Cell = string | number | null;

/** The words a row needs, in one language. */
export interface RowWords {
  category(category: string): string;
  reasons(reasons: ReasonCode[]): string;
}

export interface CollectionColumn {
  /** Its header's key in the locales (under risk.export.columns). */
  key: string;
  /** Characters wide, in the workbook. */
  width: number;
  /** The workbook's number format, for a figure. */
  numFmt?: string;
  value(row: RiskCustomerRow, rank: number, words: RowWords): Cell;
}

const YUAN = '#,##0.00';
const POINTS = '0.0';

export const collectionColumns: CollectionColumn[] = [
  { key: 'rank', width: 8, numFmt: '0', value: (_r, rank) => rank },
  { key: 'customer', width: 16, value: (r) => r.customerId },
  { key: 'name', width: 12, value: (r) => r.customerName },
  { key: 'category', width: 14, value: (r, _rank, words) => (r.category === null ? null : words.category(r.category)) },
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
  { key: 'reasons', width: 80, value: (r, _rank, words) => words.reasons(r.reasons) },
];

export function collectionHeaders(t: Translate): string[] {
  return collectionColumns.map((c) => t(`risk.export.columns.${c.key}`));
}

export function collectionRow(row: RiskCustomerRow, rank: number, words: RowWords): Cell[] {
  return collectionColumns.map((c) => c.value(row, rank, words));
}

/** A feature in words: the workspace's features have words; a table's own columns are shown by their names. */
export function featureWords(t: Translate, feature: string): string {
  return t(`risk.features.${feature}`, { defaultValue: feature });
}

/**
 * The words of one file, a reason worded as the Risk page words it (risk.reason: the feature, its
 * bin, whole points lost). A reason's text depends only on its feature, bin and points, of which a
 * scorecard has a few dozen: each is worded once (wording every reason of thousands of rows with
 * i18next took most of an export's time).
 */
export function rowWords(t: Translate, language: Language): RowWords {
  const points = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const reasonText = new Map<string, string>();
  const categoryText = new Map<string, string>();
  const reason = (r: ReasonCode) => {
    const key = `${r.feature}\u0000${r.bin}\u0000${r.pointsLost}`;
    let text = reasonText.get(key);
    if (text === undefined) {
      const bin = r.bin === 'missing' ? t('risk.bins.missing') : r.bin;
      reasonText.set(key, (text = t('risk.reason', { feature: featureWords(t, r.feature), bin, points: points.format(r.pointsLost) })));
    }
    return text;
  };
  return {
    category: (category) => {
      let text = categoryText.get(category);
      if (text === undefined) categoryText.set(category, (text = t(`values.customers.category.${category}`, { defaultValue: category })));
      return text;
    },
    // Most costly first: 'On-time payment rate (12 months): (0.5, 0.8] (−35 points)'.
    reasons: (reasons) => reasons.map(reason).join(language === 'zh-CN' ? '；' : '; '),
  };
}
