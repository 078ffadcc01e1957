// A report's figures on screen as the files write them (engine/reports/words.ts formatCell), in
// the report's own language.
import type { CellFormat, ReportKpi } from '../../../../engine/api/reportsTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatChange, formatDecimal, formatInteger, formatPercent } from '../../../i18n/format.js';

export function cellText(value: string | number | null, format: CellFormat, language: Language): string {
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

/** A KPI's change: +4.2% for amounts, +0.30 pt for rates (points in the report's words). */
export function kpiChangeText(kpi: ReportKpi, value: number | null, language: Language, points: (points: string) => string): string {
  if (value === null) return '—';
  if (kpi.change === 'relative') return formatChange(value, language);
  return points(new Intl.NumberFormat(language, { signDisplay: 'exceptZero', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value * 100));
}
