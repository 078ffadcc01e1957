// Words for theft detection's codes (indicators and the reasons built from them, case statuses,
// history actions, meter event types) in the user's language, from each code and its details:
// the engine's sentences are English, for logs and the command line. Pure functions of t.
import type { TFunction } from 'i18next';
import type { CaseHistoryEntry, CaseStatus } from '../../../engine/api/casesTypes.js';
import { codeKey, eventListWords, eventTypeWords, peerGroupWords, reasonKey, reasonWords, type FigureFormats, type Translate } from '../../../engine/api/theftReasonText.js';
import { indicatorCodes, type TheftReason } from '../../../engine/api/theftTypes.js';
import type { Language } from '../../../engine/api/types.js';
import { formatDay, formatDecimal, formatInteger, formatPercent } from '../../i18n/format.js';

/** The detector's indicators, in the engine's order. */
export const INDICATOR_CODES = indicatorCodes;

/** The renderer's number and date formats, for the shared reason words (engine/api/theftReasonText.ts). */
const figureFormats: FigureFormats = { day: formatDay, integer: formatInteger, decimal: formatDecimal, percent: formatPercent };

/** i18next's t, whose keys are checked at compile time, as the shared words' plain translate function. */
const translate = (t: TFunction): Translate => t as unknown as Translate;

export { codeKey, reasonKey };

export function indicatorLabel(t: TFunction, code: string): string {
  return t(`theft.indicators.${codeKey(code) as 'ownDrop'}`, { defaultValue: code });
}

/** What an indicator looks for, where it did not weigh in a suspect's score. */
export function indicatorHint(t: TFunction, code: string): string {
  return t(`theft.indicatorHints.${codeKey(code) as 'ownDrop'}`, { defaultValue: '' });
}

export function statusLabel(t: TFunction, status: CaseStatus): string {
  return t(`theft.statuses.${status}`);
}

export function eventTypeLabel(t: TFunction, type: string): string {
  return eventTypeWords(translate(t), type);
}

/** 'cover_open x2, voltage_loss x1' (the meter-events indicator's lists) in words: 开盖 ×2、失压 ×1. */
export function eventListText(t: TFunction, list: string, language: Language): string {
  return eventListWords(translate(t), figureFormats, list, language);
}

/** The peer group as the detector names it ('category=residential, area=A1'), in words. */
export function peerGroupText(t: TFunction, name: string): string {
  return peerGroupWords(translate(t), name);
}

/** One reason as a sentence in the user's language; a code this build does not know keeps the engine's message. */
export function reasonText(t: TFunction, reason: Pick<TheftReason, 'code' | 'details' | 'message'>, language: Language): string {
  return reasonWords(translate(t), figureFormats, reason, language);
}

/** A suspicion score in [0, 1] as the table shows it: 0.87. */
export function formatScore(score: number | null | undefined, language: Language): string {
  return formatDecimal(score, language, 2);
}

type Change<T> = { from: T; to: T } | undefined;
type Amount = { kwh: number | null; yuan: number | null };

/**
 * What a history entry records, in words: the engine's detail per action
 * (engine/theft/cases/open.ts, update.ts, notes.ts, files.ts).
 */
export function historyText(t: TFunction, entry: Pick<CaseHistoryEntry, 'action' | 'detail'>, language: Language): string {
  const d = entry.detail;
  const text = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value));
  const day = (value: unknown) => (typeof value === 'string' ? formatDay(value, language) : '—');
  const amount = (a: Amount | undefined) => t('theft.history.amount', { kwh: formatInteger(a?.kwh, language), yuan: formatDecimal(a?.yuan, language, 2) });
  switch (entry.action) {
    case 'opened':
      return t('theft.history.opened', { score: typeof d.score === 'number' ? formatScore(d.score, language) : '—', change: day(d.changeDay) });
    case 'status': {
      const change = { from: statusLabel(t, d.from as CaseStatus), to: statusLabel(t, d.to as CaseStatus) };
      return typeof d.reason === 'string' ? t('theft.history.statusWithReason', { ...change, reason: d.reason }) : t('theft.history.status', change);
    }
    case 'assigned':
      return t('theft.history.assigned', { from: text(d.from), to: text(d.to) });
    case 'dates': {
      const parts = (['dueDay', 'inspectionDay'] as const)
        .filter((key) => d[key] !== undefined)
        .map((key) => {
          const change = d[key] as Change<string | null>;
          return t(`theft.history.${key}`, { from: day(change?.from), to: day(change?.to) });
        });
      return parts.join('; ');
    }
    case 'findings':
      return t('theft.history.findings', { to: text(d.to) });
    case 'estimate': {
      const change = { from: amount(d.from as Amount), to: amount(d.to as Amount) };
      if (d.adjusted === true) return t('theft.history.adjusted', { ...change, reason: text(d.reason) });
      return t('theft.history.estimate', change);
    }
    case 'note':
      return t('theft.history.note', { text: text(d.text) });
    case 'file':
      return t('theft.history.file', { name: text(d.name) });
  }
}
