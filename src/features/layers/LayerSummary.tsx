import './layers.css';

import { useId, useMemo } from 'react';

import { countNodes, countsAsThreat } from '../../model/counts';
import type { GraphIndex } from '../../model/graphIndex';
import { summarizeLayer, threatCoverage } from '../../model/layers/coverage';
import { CONTROL_STATUSES } from '../../model/layers/layerVocabulary';
import { riskLevel } from '../../model/layers/risk';
import { selectActiveLayer } from '../../state/layerStore';
import { useFeatureT } from '../scope/featureStrings';
import { NodeRef } from '../scope/NodeRef';

import { useLayers } from './layerStoreContext';
import { StatusBadge } from './StatusBadge';
import { layerStrings } from './strings';

interface LayerSummaryProps {
  index: GraphIndex;
  /** Ids of the nodes in view (scope and filters applied). */
  visible: ReadonlySet<string>;
  onSelect?(id: string): void;
  /** Level of the summary's heading; its sub-headings are one below. Default 2. */
  headingLevel?: 2 | 3;
}

/**
 * The risk overview of the active layer over what is in view: the share of controls implemented, the controls by
 * status, threats without an implemented or partial control, rated threats by risk, and coverage per threat.
 */
export function LayerSummary({ index, visible, onSelect, headingLevel = 2 }: LayerSummaryProps) {
  const { t, lang } = useFeatureT(layerStrings);
  const id = useId();
  const layer = useLayers(selectActiveLayer);
  const summary = useMemo(() => summarizeLayer(index, layer, visible), [index, layer, visible]);
  const coverage = useMemo(
    () =>
      index.nodes
        .filter((node) => visible.has(node.id) && countsAsThreat(index, node.id))
        .map((node) => ({ node, ...threatCoverage(index, layer, node.id, visible) })),
    [index, layer, visible],
  );
  const inView = useMemo(() => countNodes(index, visible), [index, visible]);
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const node = (nodeId: string) => index.node(nodeId);

  if (!layer) {
    return (
      <section className="layer-summary" aria-labelledby={id}>
        <Heading id={id}>{t('summary.heading')}</Heading>
        <InViewLine threats={inView.threat.shown} controls={inView.control.shown} />
        <p className="hint">{t('summary.noLayer')}</p>
      </section>
    );
  }

  const { controls, threats } = summary;
  return (
    <section className="layer-summary" aria-labelledby={id} data-testid="layer-summary">
      <Heading id={id}>{t('summary.heading')}</Heading>
      <InViewLine threats={inView.threat.shown} controls={inView.control.shown} />
      <p className="layer-summary__headline">
        {t('summary.implemented', {
          implemented: controls.counts.implemented,
          applicable: controls.total - controls.counts['not-applicable'],
          share: percent.format(controls.implementedShare),
          notApplicable: controls.counts['not-applicable'],
        })}
      </p>
      <SubHeading>{t('summary.byStatus')}</SubHeading>
      <ul className="layer-summary__statuses">
        {CONTROL_STATUSES.map((status) => (
          <li key={status}>
            <StatusBadge status={status} /> <span data-count={status}>{controls.counts[status]}</span>
          </li>
        ))}
      </ul>
      <p>{t('summary.rated', { rated: threats.rated, total: threats.total })}</p>

      <SubHeading>{t('summary.uncovered', { count: threats.uncovered.length })}</SubHeading>
      <ul className="layer-summary__threats" data-testid="uncovered-threats">
        {threats.uncovered.flatMap((threatId) => {
          const threat = node(threatId);
          return threat ? (
            <li key={threatId}>
              <NodeRef node={threat} lang={lang} onSelect={onSelect} />
            </li>
          ) : (
            []
          );
        })}
      </ul>

      {threats.byRisk.length > 0 && (
        <>
          <SubHeading>{t('summary.byRisk')}</SubHeading>
          <ol className="layer-summary__threats">
            {threats.byRisk.flatMap(({ threatId, risk }) => {
              const threat = node(threatId);
              return threat ? (
                <li key={threatId}>
                  <NodeRef node={threat} lang={lang} onSelect={onSelect} />{' '}
                  <span className={`risk-line risk-line--${riskLevel(risk)}`}>
                    {t('editor.risk', { score: risk, level: t(`riskLevel.${riskLevel(risk)}`) })}
                  </span>
                </li>
              ) : (
                []
              );
            })}
          </ol>
        </>
      )}

      {coverage.length === 0 ? (
        <p className="hint">{t('summary.noThreats')}</p>
      ) : (
        <table className="layer-summary__table">
          <caption>{t('summary.coverage')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summary.columns.threat')}</th>
              <th scope="col">{t('summary.columns.risk')}</th>
              <th scope="col">{t('summary.columns.controls')}</th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((row) => (
              <tr key={row.threatId} data-threat-id={row.threatId}>
                <th scope="row">
                  <NodeRef node={row.node} lang={lang} onSelect={onSelect} />
                </th>
                <td>{row.risk ?? '–'}</td>
                <td>
                  <ul className="layer-summary__counts">
                    {CONTROL_STATUSES.filter((status) => row.counts[status] > 0).map((status) => (
                      <li key={status}>
                        <StatusBadge status={status} /> {row.counts[status]}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** What the overview covers, counted as the graph and the scope page count it. */
function InViewLine({ threats, controls }: { threats: number; controls: number }) {
  const { t } = useFeatureT(layerStrings);
  return (
    <p className="layer-summary__in-view" data-testid="risk-in-view">
      {t('summary.inView', { threats, controls })}
    </p>
  );
}
