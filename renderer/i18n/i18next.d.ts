// Translation keys are checked at compile time against the English file; the locales
// test checks that zh-CN has exactly the same keys.
import 'i18next';
import type en from '../../resources/locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
