import type { BrowseColumn } from '../../../../engine/api/catalogTypes.js';
import type { Language } from '../../../../engine/api/types.js';

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** A stored value as the table shows it: numbers grouped per language, dates as stored (ISO). */
export function formatCell(value: string | number | null, column: BrowseColumn, language: Language): string {
  if (value === null) return '';
  if (typeof value === 'number' && column.type === 'number') {
    let format = numberFormats.get(language);
    if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language, { maximumFractionDigits: 3 })));
    return format.format(value);
  }
  return String(value).replace('T', ' ');
}
