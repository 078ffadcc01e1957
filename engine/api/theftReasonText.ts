// A suspect's reasons in words, from each reason's code and details and the locales' words
// (theft.reasonTexts.*): one wording for the Theft page (renderer/pages/theft/texts.ts binds its
// i18next and number formats) and for the engine's suspects export (engine/theft/export), so the
// two never say a reason differently. Pure: the words and the number formats come as arguments.
import type { TheftReason } from './theftTypes.js';
import type { Language } from './types.js';

/** A translation function: a key and its values (defaultValue when the key is unknown). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** How figures are written in the language at hand. */
export interface FigureFormats {
  day(iso: string, language: Language): string;
  integer(value: number, language: Language): string;
  decimal(value: number, language: Language, digits: number): string;
  /** A fraction (0.6) as a percentage. */
  percent(value: number, language: Language, digits: number): string;
}

/**
 * An engine code as a translation key: camelCase ('near_zero' -> 'nearZero'), since a key
 * ending in _zero, _one or _other would be taken for a plural form.
 */
export function codeKey(code: string): string {
  return code.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
}

/**
 * Which words a reason takes: some indicators say different things depending on their details
 * (a drop that recovered, events near the change or only at other times).
 */
export function reasonKey(reason: Pick<TheftReason, 'code' | 'details'>): string {
  const d = reason.details;
  switch (reason.code) {
    case 'own_drop':
      return typeof d.recoveredDay === 'string' ? 'ownDropRecovered' : 'ownDrop';
    case 'meter_events':
      if (d.nearChange && d.elsewhere) return 'meterEventsBoth';
      return d.nearChange ? 'meterEventsNear' : 'meterEventsElsewhere';
    default:
      return codeKey(reason.code);
  }
}

export function eventTypeWords(t: Translate, type: string): string {
  return t(`values.events.type.${type}`, { defaultValue: type });
}

/** 'cover_open x2, voltage_loss x1' (the meter-events indicator's lists) in words: 开盖 ×2、失压 ×1. */
export function eventListWords(t: Translate, formats: FigureFormats, list: string, language: Language): string {
  const parts = list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(\w+) x(\d+)$/.exec(part);
      return m ? `${eventTypeWords(t, m[1]!)} ×${formats.integer(Number(m[2]), language)}` : part;
    });
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
}

/**
 * The peer group as the detector names it ('category=residential, area=A1'): the category in
 * words, the other parts as they are (industry and area ids).
 */
export function peerGroupWords(t: Translate, name: string): string {
  const parts = name.split(',').map((part) => part.trim());
  if (!parts.every((part) => part.includes('='))) return t(`theft.peerGroups.${name === 'all customers' ? 'all' : 'meters'}`, { defaultValue: name });
  return parts
    .filter((part) => !part.endsWith('='))
    .map((part) => {
      const [key, value] = part.split('=') as [string, string];
      return key === 'category' ? t(`values.customers.category.${value}`, { defaultValue: value }) : `${t(`theft.peerKeys.${key}`, { defaultValue: key })} ${value}`;
    })
    .join(' · ');
}

/** A detail's figures as the words take them: days as dates, percentages with %, counts and kWh in the language's digits. */
function reasonValues(t: Translate, formats: FigureFormats, details: TheftReason['details'], language: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(details)) {
    if (value === null) out[key] = '—';
    else if (typeof value === 'string') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) out[key] = formats.day(value, language);
      else if (key === 'peers') out[key] = peerGroupWords(t, value);
      else if (key === 'nearChange' || key === 'elsewhere') out[key] = eventListWords(t, formats, value, language);
      else out[key] = value;
    } else if (/Percent$/.test(key)) out[key] = formats.percent(value / 100, language, 0);
    else if (Number.isInteger(value)) out[key] = formats.integer(value, language);
    else out[key] = formats.decimal(value, language, Math.abs(value) >= 10 ? 1 : 2);
  }
  return out;
}

/** One reason as a sentence in the language; a code the words do not know keeps the engine's message. */
export function reasonWords(t: Translate, formats: FigureFormats, reason: Pick<TheftReason, 'code' | 'details' | 'message'>, language: Language): string {
  return t(`theft.reasonTexts.${reasonKey(reason)}`, { ...reasonValues(t, formats, reason.details, language), defaultValue: reason.message });
}
