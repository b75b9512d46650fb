import { createI18n } from '../../src/app/i18n/createI18n';
import ja from '../../src/app/i18n/ja';
import type { Language } from '../../src/model/vocabulary';

/** The app's i18next instance with every language already in, as after `loadLanguage`. */
export function testI18n(lang: Language) {
  return createI18n(lang, { ja });
}
