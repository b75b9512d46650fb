import './frameworks.css';

import { type Framework, type FrameworkLink, textIn } from '../../model/frameworks/schema';
import type { GraphIndex } from '../../model/graphIndex';
import { useViewStore } from '../../state/viewStore';
import { useNodeTitle } from '../common/useNodeTitle';
import { ExternalLink } from '../details/ExternalLink';
import { useFeatureT } from '../scope/featureStrings';

import { frameworkStrings } from './strings';
import { useFrameworkData } from './useFrameworkData';

/**
 * The details panel's list of the framework items that link to a node, grouped by framework in the app's order:
 * each item links to its page (or the framework's source), says its coverage in words and the path of a link
 * reached through another item. Fetches the framework data when first shown.
 */
export function FrameworkLinks({ index, nodeId }: { index: GraphIndex; nodeId: string }) {
  const { t } = useFeatureT(frameworkStrings);
  const [status] = useFrameworkData(index);
  const heading = <h3 id="framework-links-heading">{t('details.heading')}</h3>;
  if (status.status !== 'ready')
    return (
      <section className="framework-links" aria-labelledby="framework-links-heading">
        {heading}
        <p className="hint" role="status">
          {status.status === 'error' ? t('details.failed') : t('details.loading')}
        </p>
      </section>
    );
  const { frameworks } = status;
  const links = frameworks.linksOfNode(nodeId);
  if (links.length === 0) return null;
  return (
    <section
      className="framework-links"
      aria-labelledby="framework-links-heading"
      data-testid="framework-links"
    >
      {heading}
      {frameworks.frameworks.map((framework) => {
        const own = links.filter((link) => link.framework === framework.id);
        return own.length > 0 ? (
          <FrameworkGroup key={framework.id} index={index} framework={framework} links={own} />
        ) : null;
      })}
    </section>
  );
}

interface FrameworkGroupProps {
  index: GraphIndex;
  framework: Framework;
  links: readonly FrameworkLink[];
}

function FrameworkGroup({ index, framework, links }: FrameworkGroupProps) {
  const { t, lang } = useFeatureT(frameworkStrings);
  const setFramework = useViewStore((state) => state.setFramework);
  const title = useNodeTitle();
  // One entry per item: several links of an item to the same node say the same thing.
  const byItem = new Map<string, FrameworkLink>();
  for (const link of links) if (!byItem.has(link.item)) byItem.set(link.item, link);
  return (
    <div className="framework-links__group">
      <h4>{framework.name[lang]}</h4>
      <ul>
        {[...byItem.values()].map((link) => {
          const item = framework.items.find((candidate) => candidate.id === link.item);
          if (!item) return null;
          // An item without a Japanese title shows its English one, marked as English for screen readers.
          const itemTitle = textIn(item.title, lang);
          const via = link.via?.map((id) => {
            const node = index.node(id);
            return node ? `${id} ${title(node)}` : id;
          });
          return (
            <li key={link.item}>
              <ExternalLink href={item.url ?? framework.source.url}>
                {item.label} <span lang={itemTitle === item.title.en ? 'en' : undefined}>{itemTitle}</span>
              </ExternalLink>
              {link.coverage && <span className="framework-note"> — {t(`coverage.${link.coverage}`)}</span>}
              {via && (
                <span className="framework-note"> ({t('details.through', { path: via.join(' › ') })})</span>
              )}
              {link.note && (
                // The source's own words, in English.
                <div className="framework-note" lang="en">
                  {link.note}
                </div>
              )}
              <div>
                <button
                  type="button"
                  className="button framework-links__lens"
                  onClick={() => setFramework({ framework: framework.id, item: item.id })}
                >
                  {t('details.showLens', { item: `${framework.name[lang]} ${item.label}` })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
