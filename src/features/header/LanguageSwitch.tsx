import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';

import { type Language, LANGUAGES } from '../../model/vocabulary';
import { useViewStore } from '../../state/viewStore';

/** Adds a language's interface strings to the i18next instance unless it has them (the app owns the strings). */
export type LoadLanguage = (instance: i18n, lang: Language) => Promise<void>;

/** One button per language; the chosen one is pressed. A language's strings load before the page switches to it. */
export function LanguageSwitch({ loadLanguage }: { loadLanguage: LoadLanguage }) {
  const { t, i18n } = useTranslation();
  const lang = useViewStore((state) => state.view.lang);
  const setLanguage = useViewStore((state) => state.setLanguage);
  // If the strings cannot be loaded the switch still happens, with English labels.
  const choose = (language: Language) => {
    const apply = () => setLanguage(language);
    void loadLanguage(i18n, language).then(apply, apply);
  };
  return (
    <div role="group" aria-label={t('header.language')} className="language-switch">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button button--toggle"
          aria-pressed={language === lang}
          onClick={() => choose(language)}
        >
          {t(`languages.${language}`)}
        </button>
      ))}
    </div>
  );
}
