// The words of the native menus and dialogs, in the app's language: the 'menu' and 'dialog'
// sections of the UI's own translation files (resources/locales), bundled into the main
// process at build time, so that one file per language holds every text a user reads.
import type { Language } from '../engine/api/types.js';
import en from '../resources/locales/en.json';
import zhCN from '../resources/locales/zh-CN.json';

export type MenuLabels = typeof en.menu;
export type DialogLabels = typeof en.dialog;

export interface NativeLabels {
  appName: string;
  menu: MenuLabels;
  dialog: DialogLabels;
}

// Typed against the English file: a key missing from the Chinese one does not compile.
const labels: Record<Language, NativeLabels> = {
  en: { appName: en.app.name, menu: en.menu, dialog: en.dialog },
  'zh-CN': { appName: zhCN.app.name, menu: zhCN.menu, dialog: zhCN.dialog },
};

export function nativeLabels(language: Language): NativeLabels {
  return labels[language];
}

/** The language of an operating-system locale such as 'zh-CN' or 'en-US', before settings are read. */
export function languageOfLocale(locale: string): Language {
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

/** Puts values into a text's {{name}} places, as i18next writes them in the translation files. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (place, name: string) => values[name] ?? place);
}
