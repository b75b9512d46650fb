import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { Language } from '../../model/vocabulary';

import en, { type Translation } from './en';

/**
 * One i18next instance per app, ready synchronously. English is bundled; other languages come from `loadLanguage`
 * (or, in tests, from `translations`).
 */
export function createI18n(lng: Language, translations: Partial<Record<Language, Translation>> = {}): i18n {
  const resources = Object.fromEntries(
    Object.entries({ ...translations, en }).map(([lang, translation]) => [lang, { translation }]),
  );
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ja'],
    // React escapes text itself.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    // One namespace: a key is never read for a namespace's name, which i18next otherwise checks on every call.
    nsSeparator: false,
  });
  return instance;
}
