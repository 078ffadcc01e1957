// The Query page's words and figures: the shared wording of fields and values (engine/api/queryText.ts)
// bound to the page's i18next, and a measure's value written for its unit.
import type { TFunction } from 'i18next';
import type { MeasureUnit } from '../../../../engine/api/queryTypes.js';
import type { Translate } from '../../../../engine/api/theftReasonText.js';
import type { Language } from '../../../../engine/api/types.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';

export { dimensionText, measureHeader, measureText, unitText, valueText, specLines } from '../../../../engine/api/queryText.js';

/** The page's t as the shared wording takes it. */
export const translate = (t: TFunction): Translate => t as unknown as Translate;

/** Decimals written per unit: money to the fen, rates and means to one or two places, counts whole. */
const digits: Record<MeasureUnit, number> = { kWh: 0, yuan: 2, count: 0, percent: 2, hours: 1, rating: 2, score: 3, kVA: 0 };

export function formatMeasure(value: number | null, unit: MeasureUnit, language: Language): string {
  if (value === null) return '—';
  const d = digits[unit];
  return d === 0 ? formatInteger(value, language) : formatDecimal(value, language, d);
}
