// The interface's words (resources/locales) on the engine side, for files written in the
// language the user asked for: the same keys and reason wording as the Theft page
// (engine/api/theftReasonText.ts), with figures written by Intl as the page writes them.
import i18next from 'i18next';
import type { FigureFormats, Translate } from '../../api/theftReasonText.js';
import type { Language } from '../../api/types.js';
import en from '../../../resources/locales/en.json';
import zhCN from '../../../resources/locales/zh-CN.json';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: 'en',
  fallbackLng: false,
  // Synchronous: the resources are here, and a file is written in one go.
  initAsync: false,
  interpolation: { escapeValue: false },
  missingInterpolationHandler: () => '',
});

export function wordsIn(language: Language): Translate {
  const t = i18n.t.bind(i18n) as unknown as Translate;
  return (key, options) => t(key, { ...options, lng: language });
}

// Intl's formats cost far more to make than to use: one per language and options, for a run's rows.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

const number = (language: Language, options: Intl.NumberFormatOptions) => cached(`${language}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(language, options));

/** Figures in a file: dates written out in the language (2025年3月2日 / Mar 2, 2025), numbers with its digits. */
export const fileFormats: FigureFormats = {
  day: (iso, language) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const format = cached(`${language}|day`, () => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }));
    return format.format(new Date(Date.UTC(y, m - 1, d)));
  },
  integer: (value, language) => number(language, { maximumFractionDigits: 0 }).format(value),
  decimal: (value, language, digits) => number(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
  percent: (value, language, digits) => number(language, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
};
