// The evidence pack's words: the UI's own translation files (resources/locales) through the
// engine's i18next (engine/theft/export/words.ts, which the suspects export uses too), so that the
// pack says what the case page says, in the language asked for. The few words only a printed
// pack needs live there too, under theft.pack.
import { codeKey, type Translate } from '../../api/theftReasonText.js';
import type { CaseHistoryEntry, CaseStatus } from '../../api/casesTypes.js';
import type { Language } from '../../api/types.js';
import { wordsIn } from '../export/words.js';
import { formatDay, formatDecimal, formatInteger } from './format.js';

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

type Change<T> = { from: T; to: T } | undefined;
type Amount = { kwh: number | null; yuan: number | null };

/** A history entry in words, as the case page's history list writes it (renderer/pages/theft/texts.ts historyText). */
export function historyText(words: Words, entry: Pick<CaseHistoryEntry, 'action' | 'detail'>): string {
  const { t, language } = words;
  const d = entry.detail;
  const text = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));
  const day = (value: unknown) => (typeof value === 'string' ? formatDay(value, language) : '—');
  const amount = (a: Amount | undefined) => t('theft.history.amount', { kwh: formatInteger(a?.kwh, language), yuan: formatDecimal(a?.yuan, language, 2) });
  switch (entry.action) {
    case 'opened':
      return t('theft.history.opened', { score: typeof d.score === 'number' ? formatDecimal(d.score, language, 2) : '—', change: day(d.changeDay) });
    case 'status': {
      const change = { from: statusLabel(words, d.from as CaseStatus), to: statusLabel(words, d.to as CaseStatus) };
      return typeof d.reason === 'string' ? t('theft.history.statusWithReason', { ...change, reason: d.reason }) : t('theft.history.status', change);
    }
    case 'assigned':
      return t('theft.history.assigned', { from: text(d.from), to: text(d.to) });
    case 'dates':
      return (['dueDay', 'inspectionDay'] as const)
        .filter((key) => d[key] !== undefined)
        .map((key) => {
          const change = d[key] as Change<string | null>;
          return t(`theft.history.${key}`, { from: day(change?.from), to: day(change?.to) });
        })
        .join('; ');
    case 'findings':
      return t('theft.history.findings', { to: text(d.to) });
    case 'estimate': {
      const change = { from: amount(d.from as Amount), to: amount(d.to as Amount) };
      return d.adjusted === true ? t('theft.history.adjusted', { ...change, reason: text(d.reason) }) : t('theft.history.estimate', change);
    }
    case 'note':
      return t('theft.history.note', { text: text(d.text) });
    case 'file':
      return t('theft.history.file', { name: text(d.name) });
  }
}
