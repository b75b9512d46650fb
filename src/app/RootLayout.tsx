import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';

import { parseLanguage } from '../model/url';

import { hasLanguage, loadLanguage } from './i18n/loadLanguage';
import { UpdatePrompt } from './UpdatePrompt';

/**
 * Keeps i18next and `<html lang>` on the language the URL names, on every page. A language whose strings are not
 * loaded yet (back to a Japanese address, say) is switched to once they are; until then the page stays as it was.
 */
export function RootLayout() {
  const { i18n } = useTranslation();
  const lang = parseLanguage(useLocation().search);
  useLayoutEffect(() => {
    let current = true;
    const apply = () => {
      if (!current) return;
      if (i18n.language !== lang) void i18n.changeLanguage(lang);
      document.documentElement.lang = lang;
    };
    if (hasLanguage(i18n, lang)) apply();
    // If the strings cannot be loaded, i18next falls back to English.
    else void loadLanguage(i18n, lang).then(apply, apply);
    return () => {
      current = false;
    };
  }, [i18n, lang]);
  return (
    <>
      <Outlet />
      <UpdatePrompt />
    </>
  );
}
