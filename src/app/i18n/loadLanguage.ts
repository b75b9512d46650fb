import type { i18n } from 'i18next';

import type { Language } from '../../model/vocabulary';

import type { Translation } from './en';

// Only English is in the first view's bundle; the Japanese strings are a chunk of their own.
const LOADERS: Partial<Record<Language, () => Promise<{ default: Translation }>>> = {
  ja: () => import('./ja'),
};

/** Whether `instance` has the UI strings of `lang`. */
export function hasLanguage(instance: i18n, lang: Language): boolean {
  return instance.hasResourceBundle(lang, 'translation');
}

/** Adds the UI strings of `lang` to `instance` unless it has them; call before switching to it. */
export async function loadLanguage(instance: i18n, lang: Language): Promise<void> {
  const load = LOADERS[lang];
  if (hasLanguage(instance, lang) || !load) return;
  const { default: translation } = await load();
  instance.addResourceBundle(lang, 'translation', translation);
}
