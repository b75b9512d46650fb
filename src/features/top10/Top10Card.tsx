import { useTranslation } from 'react-i18next';

import { top10Number } from '../../model/editions';
import type { NavNode } from '../../model/schema';
import type { Top10Entry } from '../../model/top10';
import { LANGUAGES } from '../../model/vocabulary';
import { useViewStore } from '../../state/viewStore';
import { ControlChipList } from '../catalogue/ControlChips';
import { MatchMark } from '../catalogue/MatchMark';
import { CopyButton } from '../common/CopyButton';
import { NodeButton } from '../common/NodeButton';
import { ExternalLink } from '../details/ExternalLink';

import { CoverageMeter } from './CoverageMeter';
import { MappingList } from './MappingList';
import { RiskScale } from './RiskScale';

interface Top10CardProps {
  entry: Top10Entry;
  visibleNodes: ReadonlySet<string>;
  matches: ReadonlySet<string>;
  /** The highest coverage of the list, for the length of the bars. */
  maxCoverage: number;
}

/** One Top 10 item: names, risk factors, the threats it maps to, the controls against them, links. */
export function Top10Card({ entry, visibleNodes, matches, maxCoverage }: Top10CardProps) {
  const { t } = useTranslation();
  const lang = useViewStore((state) => state.view.lang);
  const select = useViewStore((state) => state.select);
  const selected = useViewStore((state) => state.view.node === entry.item.id);
  const { item, mappings, controlsByType, groups, coverage, carriesOver, carriedInto } = entry;
  const headingId = `top10-${item.id}`;
  const otherLang = LANGUAGES.find((language) => language !== lang)!;
  const number = top10Number(item);
  const match = matches.has(item.id);

  return (
    <article
      className={`top10-card${selected ? ' is-selected' : ''}${match ? ' is-match' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="top10-card__header">
        <h3 id={headingId} className="top10-card__heading">
          <button
            type="button"
            className="top10-card__select"
            data-node-id={item.id}
            aria-current={selected ? 'true' : undefined}
            onClick={() => select(item.id)}
          >
            <span className="top10-card__number">{number}</span>{' '}
            <span className="top10-card__name">{item.title[lang]}</span>
            {match && <MatchMark />}
          </button>
        </h3>
        <dl className="top10-card__names">
          <div>
            <dt>{t(`top10.otherName.${otherLang}`)}</dt>
            <dd lang={otherLang}>
              {item.title[otherLang]}
              {/* Whose Japanese this is: the list's own translation, or ours. */}
              {otherLang === 'ja' && item.jaTitleSource && (
                <span lang={lang}> ({t(`details.jaTitleSource.${item.jaTitleSource}`)})</span>
              )}
            </dd>
          </div>
          {lang === 'ja' && item.jaTitleSource && (
            <div>
              <dt>{t('details.jaTitle')}</dt>
              <dd>{t(`details.jaTitleSource.${item.jaTitleSource}`)}</dd>
            </div>
          )}
          {item.aliases.length > 0 && (
            <div>
              <dt>{t('top10.aliases', { count: item.aliases.length })}</dt>
              <dd lang="en">{item.aliases.join(', ')}</dd>
            </div>
          )}
          {item.aliasesJa && (
            <div>
              <dt>{t('details.aliasesJa')}</dt>
              <dd lang="ja">{item.aliasesJa.join('、')}</dd>
            </div>
          )}
        </dl>
      </header>

      <div className="top10-card__facts">
        {item.riskFactors && <RiskScale factors={item.riskFactors} />}
        <CoverageMeter coverage={coverage} max={maxCoverage} />
      </div>

      {(carriesOver.length > 0 || carriedInto.length > 0) && (
        <dl className="top10-card__names">
          <EditionLinks term={t('top10.carriesOver')} nodes={carriesOver} />
          <EditionLinks term={t('top10.carriedInto')} nodes={carriedInto} />
        </dl>
      )}

      <section className="top10-card__section">
        <h4>{t('top10.mapsTo')}</h4>
        {mappings.length > 0 ? (
          <MappingList mappings={mappings} visibleNodes={visibleNodes} />
        ) : (
          <p className="no-mapping">{t('top10.noMapping')}</p>
        )}
      </section>

      {mappings.length > 0 && (
        <section className="top10-card__section">
          <h4>{t('top10.controls')}</h4>
          {controlsByType.length === 0 && groups.length === 0 && (
            <p className="hint">{t('catalogue.noControls')}</p>
          )}
          {controlsByType.map(({ type, controls }) => (
            <div key={type} className="control-type">
              <h5>{t(`controlType.${type}`)}</h5>
              <ControlChipList chips={controls.map((node) => ({ node, members: [] }))} matches={matches} />
            </div>
          ))}
          {groups.length > 0 && (
            <div className="control-type">
              <h5>{t('top10.groups')}</h5>
              <ControlChipList chips={groups} matches={matches} />
            </div>
          )}
        </section>
      )}

      <footer className="top10-card__footer">
        <ExternalLink href={item.permalink}>
          {t('top10.readOn', { host: new URL(item.permalink).host })}
        </ExternalLink>
        {item.secid && (
          <span className="secid">
            <code className="secid__value">{item.secid}</code>
            <CopyButton
              text={item.secid}
              label={t('details.copy')}
              ariaLabel={t('top10.copySecid', { id: item.id })}
              copiedLabel={t('details.copied')}
              failedLabel={t('details.copyFailed')}
            />
          </span>
        )}
      </footer>
    </article>
  );
}

/** The items of another edition that an item carries over, or is carried into, each selecting it. */
function EditionLinks({ term, nodes }: { term: string; nodes: readonly NavNode[] }) {
  if (nodes.length === 0) return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        {nodes.map((node) => (
          <NodeButton key={node.id} node={node} />
        ))}
      </dd>
    </div>
  );
}
