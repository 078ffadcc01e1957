// The evidence pack's words: the UI's own translation files (resources/locales) through the
// engine's i18next (engine/theft/export/words.ts, which the suspects export uses too), so that the
// pack says what the case page says, in the language asked for. The few words only a printed
// pack needs live there too, under theft.pack.
import { historyText as sharedHistoryText } from '../../api/caseHistoryText.js';
import { codeKey, type FigureFormats, type Translate } from '../../api/theftReasonText.js';
import type { CaseHistoryEntry, CaseStatus } from '../../api/casesTypes.js';
import type { Language } from '../../api/types.js';
import { wordsIn } from '../export/words.js';
import { formatDay, formatDecimal, formatInteger, formatPercent } from '../../pdf/format.js';

export interface Words {
  language: Language;
  t: Translate;
}

export function packWords(language: Language): Words {
  return { language, t: wordsIn(language) };
}

/** A label and its value, the colon full width in Chinese. */
export function labelled(words: Words, label: string, value = ''): string {
  return `${label}${words.language === 'zh-CN' ? '：' : ': '}${value}`;
}

export const indicatorLabel = ({ t }: Words, code: string) => t(`theft.indicators.${codeKey(code)}`, { defaultValue: code });
export const indicatorHint = ({ t }: Words, code: string) => t(`theft.indicatorHints.${codeKey(code)}`, { defaultValue: '' });
export const statusLabel = ({ t }: Words, status: CaseStatus) => t(`theft.statuses.${status}`);
export const eventTypeLabel = ({ t }: Words, type: string) => t(`values.events.type.${type}`, { defaultValue: type });
export const categoryLabel = ({ t }: Words, category: string | null) => (category === null ? '—' : t(`values.customers.category.${category}`, { defaultValue: category }));

/** A history entry in words, as the case page's history list writes it (engine/api/caseHistoryText.ts). */
export function historyText(words: Words, entry: Pick<CaseHistoryEntry, 'action' | 'detail'>): string {
  return sharedHistoryText(words.t, entry, words.language, packFormats);
}

const packFormats: FigureFormats = { day: formatDay, integer: formatInteger, decimal: formatDecimal, percent: formatPercent };
