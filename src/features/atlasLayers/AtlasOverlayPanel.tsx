import './atlasLayers.css';

import { useId } from 'react';

import type { OverlayMatch } from '../../model/attackLayers/matchAttackLayer';
import type { GraphIndex } from '../../model/graphIndex';
import { useAtlasOverlayStore } from '../../state/atlasOverlayStore';
import { useViewStore } from '../../state/viewStore';
import { useFeatureT } from '../scope/featureStrings';
import { NodeRef } from '../scope/NodeRef';

import { atlasLayerStrings } from './strings';

/** A layer may name thousands of ids: the panel lists this many of those that reach nothing. */
const SHOWN_UNKNOWN = 200;

interface AtlasOverlayPanelProps {
  index: GraphIndex;
  /** Level of the panel's heading; its sub-headings are one below. Default 2. */
  headingLevel?: 2 | 3;
}

/**
 * The ATLAS Navigator layer shown over the map, beside every view: the threats and controls its ids reach (each a
 * button that opens it), with the layer's scores and comments, the ids that reach nothing, and a way to clear it.
 */
export default function AtlasOverlayPanel({ index, headingLevel = 2 }: AtlasOverlayPanelProps) {
  const { t, lang } = useFeatureT(atlasLayerStrings);
  const id = useId();
  const overlay = useAtlasOverlayStore((state) => state.overlay);
  const source = useAtlasOverlayStore((state) => state.source);
  const clear = useAtlasOverlayStore((state) => state.clear);
  const select = useViewStore((state) => state.select);
  if (!overlay) return null;
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const ours = index.dataset.upstream.find((item) => item.repository.includes('github.com/mitre-atlas/'))
    ?.editions?.[0];

  const list = (matches: readonly OverlayMatch[]) =>
    matches.length === 0 ? (
      <p className="hint">{t('overlay.none')}</p>
    ) : (
      <ul className="atlas-overlay__matches">
        {matches.map((match) => {
          const node = index.node(match.nodeId);
          if (!node) return null;
          return (
            <li key={match.nodeId} data-atlas-match={match.nodeId}>
              <NodeRef node={node} lang={lang} onSelect={select} />
              <ul className="atlas-overlay__entries">
                {match.entries.map((entry, i) => (
                  <li key={i}>
                    <code>{entry.techniqueID}</code>
                    {entry.name && !entry.viaParent && <span> {entry.name}</span>}
                    {entry.tactic && <span className="hint"> ({entry.tactic})</span>}
                    {entry.viaParent && (
                      <span className="hint">
                        {' '}
                        ·{' '}
                        {t('overlay.viaParent', { parent: `${entry.viaParent} ${entry.name ?? ''}`.trim() })}
                      </span>
                    )}
                    {entry.score !== undefined && (
                      <span> · {t('overlay.score', { score: entry.score })}</span>
                    )}
                    {entry.comment && <p className="atlas-overlay__comment">{entry.comment}</p>}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    );

  return (
    <section className="atlas-overlay" aria-labelledby={id} data-testid="atlas-overlay">
      <Heading id={id}>
        <span aria-hidden="true">◆ </span>
        {t('overlay.heading', { name: overlay.name })}
      </Heading>
      {source && <p className="hint">{t('overlay.source', { source })}</p>}
      <p>
        {t('overlay.summary', {
          ids: t('overlay.ids', { count: overlay.idCount }),
          threats: t('overlay.threatCount', { count: overlay.threats.length }),
          controls: t('overlay.controlCount', { count: overlay.controls.length }),
        })}
      </p>
      {overlay.atlasVersion && ours && overlay.atlasVersion !== ours && (
        <p className="hint">{t('overlay.version', { version: overlay.atlasVersion, ours })}</p>
      )}
      {overlay.disabled > 0 && <p className="hint">{t('overlay.disabled', { count: overlay.disabled })}</p>}
      <button
        type="button"
        className="button"
        onClick={(event) => {
          // The panel goes with its layer: the focus stays in the column it stood in, not at the page's start.
          const column = event.currentTarget.parentElement?.closest<HTMLElement>('[tabindex="-1"]');
          clear();
          column?.focus();
        }}
      >
        {t('overlay.clear')}
      </button>
      <SubHeading>{t('overlay.threats')}</SubHeading>
      {list(overlay.threats)}
      <SubHeading>{t('overlay.controls')}</SubHeading>
      {list(overlay.controls)}
      {overlay.unknown.length > 0 && (
        <details className="atlas-overlay__unknown">
          <summary>{t('overlay.unknown', { count: overlay.unknown.length })}</summary>
          <p>
            {overlay.unknown.slice(0, SHOWN_UNKNOWN).map((unknownId, i) => (
              <span key={unknownId}>
                {i > 0 && ', '}
                <code>{unknownId}</code>
              </span>
            ))}
            {overlay.unknown.length > SHOWN_UNKNOWN && ' …'}
          </p>
        </details>
      )}
      {overlay.description && (
        <details>
          <summary>{t('overlay.about')}</summary>
          <p className="atlas-overlay__comment">{overlay.description}</p>
        </details>
      )}
    </section>
  );
}
