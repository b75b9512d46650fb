import { useTranslation } from 'react-i18next';

import type { Cite } from '../../model/schema';

import { ExternalLink } from './ExternalLink';

/** The upstream lines a relation rests on, each linked to that line at the commit the data was built from. */
export function CiteList({ cites }: { cites: readonly Cite[] }) {
  const { t } = useTranslation();
  if (cites.length === 0) return null;
  return (
    <span className="cite-list">
      {t('top10.source')}{' '}
      {cites.map((cite, i) => (
        <span key={`${cite.file}:${cite.line}`}>
          {i > 0 && ', '}
          <ExternalLink href={cite.url}>
            {t('top10.sourceLine', { file: cite.file.split('/').pop(), line: cite.line })}
          </ExternalLink>
        </span>
      ))}
    </span>
  );
}
