import type { Language } from '../../model/vocabulary';

/** "A, B and C" (British English, as the app's strings are), "A、B、C" in Japanese. */
export function conjunction(lang: Language): Intl.ListFormat {
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction' });
}
