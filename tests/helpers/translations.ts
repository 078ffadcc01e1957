// The interface's words in both languages, set up as the renderer sets them up
// (renderer/i18n/index.ts), for tests of the texts it shows.
import fs from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../engine/api/types.js';
import { repoRoot } from './paths.js';

export async function translations(): Promise<Record<Language, TFunction>> {
  const resources = Object.fromEntries(
    (['zh-CN', 'en'] as const).map((language) => [
      language,
      { translation: JSON.parse(fs.readFileSync(path.join(repoRoot, 'resources', 'locales', `${language}.json`), 'utf8')) as object },
    ]),
  );
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false }, missingInterpolationHandler: () => '' });
  return { 'zh-CN': i18n.getFixedT('zh-CN'), en: i18n.getFixedT('en') };
}
