import { useTranslation } from 'react-i18next';

import type { Reference } from '../../model/schema';
import { REFERENCE_SCHEMES } from '../../model/vocabulary';

import { ExternalLink } from './ExternalLink';

/** External references, grouped by scheme in vocabulary order. */
export function ReferenceList({ references }: { references: readonly Reference[] }) {
  const { t } = useTranslation();
  if (references.length === 0) return null;
  const groups = REFERENCE_SCHEMES.map((scheme) => ({
    scheme,
    items: references.filter((reference) => reference.scheme === scheme),
  })).filter((group) => group.items.length > 0);

  return (
    <section className="references">
      <h3>{t('details.references')}</h3>
      {groups.map(({ scheme, items }) => (
        <div key={scheme} className="references__group">
          <h4>{t(`scheme.${scheme}`)}</h4>
          <ul>
            {items.map((reference, i) => {
              // Ids and titles as the sources give them, in English.
              const label = (
                <span lang="en">{[reference.id, reference.title].filter(Boolean).join(' — ')}</span>
              );
              return (
                <li key={`${reference.id ?? ''}-${i}`}>
                  {reference.url ? <ExternalLink href={reference.url}>{label}</ExternalLink> : label}
                  {reference.edition && <span className="references__edition"> ({reference.edition})</span>}
                  {reference.aliases && (
                    <span className="references__alias">
                      {' '}
                      ({t('details.upstreamSpelling', { names: reference.aliases.join(' / ') })})
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
