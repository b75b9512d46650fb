import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { Language } from '../../model/vocabulary';

import en from './en';
import ja from './ja';

export const resources = { en: { translation: en }, ja: { translation: ja } } as const;

/** One i18next instance per app: resources are bundled, so it is ready synchronously. */
export function createI18n(lng: Language): i18n {
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
  });
  return instance;
}
