import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { parseLanguage } from '../model/url';

export function NotFoundPage() {
  const { t } = useTranslation();
  const lang = parseLanguage(useLocation().search);
  useEffect(() => {
    document.title = `${t('notFound.heading')} — ${t('app.name')}`;
  }, [t]);
  return (
    <main className="screen">
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={{ pathname: '/', search: lang === 'en' ? '' : `?lang=${lang}` }}>{t('notFound.home')}</Link>
      </p>
    </main>
  );
}
