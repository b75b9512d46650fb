import { useTranslation } from 'react-i18next';

import { LANGUAGES } from '../../model/vocabulary';
import { useViewStore } from '../../state/viewStore';

/** One button per language; the chosen one is pressed. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useViewStore((state) => state.view.lang);
  const setLanguage = useViewStore((state) => state.setLanguage);
  return (
    <div role="group" aria-label={t('header.language')} className="language-switch">
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="button button--toggle"
          aria-pressed={language === lang}
          onClick={() => setLanguage(language)}
        >
          {t(`languages.${language}`)}
        </button>
      ))}
    </div>
  );
}
