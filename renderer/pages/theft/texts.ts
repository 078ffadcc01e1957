// Words for theft detection's codes (indicators and the reasons built from them, case statuses,
// history actions, meter event types) in the user's language, from each code and its details:
// the engine's sentences are English, for logs and the command line. Pure functions of t.
import type { TFunction } from 'i18next';
import type { CaseHistoryEntry, CaseStatus } from '../../../engine/api/casesTypes.js';
import { historyText as sharedHistoryText } from '../../../engine/api/caseHistoryText.js';
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

/** What a history entry records, in words (engine/api/caseHistoryText.ts, which the evidence pack uses too). */
export function historyText(t: TFunction, entry: Pick<CaseHistoryEntry, 'action' | 'detail'>, language: Language): string {
  return sharedHistoryText(translate(t), entry, language, figureFormats);
}
