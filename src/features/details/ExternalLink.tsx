import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A link to another site, opened in a new tab without giving it access to this page. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external-link">
      {children}
      <span className="visually-hidden"> {t('details.opensInNewTab')}</span>
      <span aria-hidden="true" className="external-link__icon">
        ↗
      </span>
    </a>
  );
}
