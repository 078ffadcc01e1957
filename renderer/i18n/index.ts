import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../engine/api/types.js';
import zhCN from '../../resources/locales/zh-CN.json';
import en from '../../resources/locales/en.json';

export const languages: Language[] = ['zh-CN', 'en'];

/** The browser's guess, used only until the engine says which language is in effect. */
function initialLanguage(): Language {
  return /^zh/i.test(navigator.language) ? 'zh-CN' : 'en';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: false,
    supportedLngs: languages,
    // React escapes what it renders; escaping here would show &amp; in file names.
    interpolation: { escapeValue: false },
    // A detail the engine did not send leaves a gap rather than '{{name}}' in front of the user.
    missingInterpolationHandler: () => '',
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function applyLanguage(language: Language): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
