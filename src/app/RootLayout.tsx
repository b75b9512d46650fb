import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';

import { parseLanguage } from '../model/url';

/** Keeps i18next and `<html lang>` on the language the URL names, on every page. */
export function RootLayout() {
  const { i18n } = useTranslation();
  const lang = parseLanguage(useLocation().search);
  useLayoutEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
  return <Outlet />;
}
