// The words of the native menus and dialogs, in the app's language: the 'menu', 'dialog' and
// 'errors' sections of the UI's own translation files (resources/locales), bundled into the main
// process at build time, so that one file per language holds every text a user reads.
import type { ErrorPayload } from '../engine/api/errors.js';
import type { Language } from '../engine/api/types.js';
import en from '../resources/locales/en.json';
import zhCN from '../resources/locales/zh-CN.json';

export type MenuLabels = typeof en.menu;
export type DialogLabels = typeof en.dialog;
/** The engine's errors by code ('workspace.locked' under workspace, locked). */
export type ErrorLabels = typeof en.errors;

export interface NativeLabels {
  appName: string;
  menu: MenuLabels;
  dialog: DialogLabels;
  errors: ErrorLabels;
  technicalDetails: string;
}

// Typed against the English file: a key missing from the Chinese one does not compile.
const labels: Record<Language, NativeLabels> = {
  en: { appName: en.app.name, menu: en.menu, dialog: en.dialog, errors: en.errors, technicalDetails: en.common.technicalDetails },
  'zh-CN': {
    appName: zhCN.app.name,
    menu: zhCN.menu,
    dialog: zhCN.dialog,
    errors: zhCN.errors,
    technicalDetails: zhCN.common.technicalDetails,
  },
};

export function nativeLabels(language: Language): NativeLabels {
  return labels[language];
}

/** The language of an operating-system locale such as 'zh-CN' or 'en-US', before settings are read. */
export function languageOfLocale(locale: string): Language {
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

/** A {{name}} place in a translated text, as i18next writes it. */
const PLACE = /\{\{\s*(\w+)\s*\}\}/g;

/** Puts values into a text's {{name}} places; a place without a value stays as it is. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(PLACE, (place, name: string) => values[name] ?? place);
}

/**
 * An engine error in the app's language, worded as the UI words it: the translation of its code
 * with its places filled from its details (`name` is the last part of the file or path it names).
 * The engine's English message when the code has no translation, or when a place would stay
 * empty: half a sentence in the user's language says less than a whole one in English.
 */
export function errorText(language: Language, error: ErrorPayload): string {
  const text = error.code.split('.').reduce<unknown>((section, key) => (section as Record<string, unknown> | undefined)?.[key], labels[language].errors);
  if (typeof text !== 'string') return error.message;
  const values: Record<string, string> = { message: error.message };
  for (const [key, value] of Object.entries(error.details ?? {})) {
    if (typeof value === 'string' || typeof value === 'number') values[key] = String(value);
  }
  const file = values.file ?? values.path;
  if (file !== undefined) values.name ??= file.split(/[\\/]/).pop() ?? file;
  const empty = [...text.matchAll(PLACE)].some(([, name]) => values[name!] === undefined);
  return empty ? error.message : fill(text, values);
}

/**
 * What a dialog adds under an error's words, as the UI's error notes do: the engine's own message
 * (English, with paths and values) for support, when it is not already what the words say.
 */
export function technicalDetails(language: Language, error: ErrorPayload): string {
  return errorText(language, error) === error.message ? '' : `\n\n${labels[language].technicalDetails}: ${error.message}`;
}
