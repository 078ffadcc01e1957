// A report's words: the interface's translation files (resources/locales, under reports.* and the
// pages' own value names) in the report's language, and its figures written as the pages write
// them (engine/pdf/format.ts), so that a report says what the pages say.
import type { CellFormat } from '../api/reportsTypes.js';
import type { Translate } from '../api/theftReasonText.js';
import type { Language } from '../api/types.js';
import { formatDecimal, formatInteger, formatMonth, formatPercent } from '../pdf/format.js';
import { wordsIn } from '../theft/export/words.js';

export interface ReportWords {
  language: Language;
  t: Translate;
}

export function reportWords(language: Language): ReportWords {
  return { language, t: wordsIn(language) };
}

export const categoryName = ({ t }: ReportWords, category: string | null) =>
  category === null || category === '' ? t('reports.unknown') : t(`values.customers.category.${category}`, { defaultValue: category });
export const ticketTypeName = ({ t }: ReportWords, type: string) => t(`values.tickets.type.${type}`, { defaultValue: type });
export const channelName = ({ t }: ReportWords, channel: string) => t(`values.tickets.channel.${channel}`, { defaultValue: channel });
export const tagName = ({ t }: ReportWords, tag: string) => t(`service.tags.${tag}.name`, { defaultValue: tag });
export const caseStatusName = ({ t }: ReportWords, status: string) => t(`theft.statuses.${status}`, { defaultValue: status });
export const gradeName = ({ t }: ReportWords, grade: string) => t('risk.grade', { grade });

/** A figure as a table cell or a sentence writes it. */
export function formatCell(value: string | number | null, format: CellFormat, language: Language): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'integer':
      return formatInteger(value, language);
    case 'decimal':
      return formatDecimal(value, language, Math.abs(value) >= 100 ? 0 : 2);
    case 'yuan':
      return formatDecimal(value, language, 2);
    case 'percent':
      return formatPercent(value, language, 1);
    case 'text':
      return String(value);
  }
}

/** A change as a signed percentage: +4.2% / −1.0%. */
export function formatChange(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** 'YYYY-MM' to 'YYYY-MM' as the language writes a month or a range of months. */
export function periodText(period: { from: string; to: string }, { language, t }: ReportWords): string {
  if (period.from === period.to) return formatMonth(period.from, language);
  return t('reports.periodRange', { from: formatMonth(period.from, language), to: formatMonth(period.to, language) });
}
