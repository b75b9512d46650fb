import { useTranslation } from 'react-i18next';

import type { Filters } from '../../model/filters';
import type { GraphIndex } from '../../model/graphIndex';
import { isControl, isThreat, isTop10 } from '../../model/nodeKinds';
import {
  controlsAgainst,
  groupsOf,
  mappedFrom,
  mapsTo,
  membersOf,
  mitigatedBy,
  mitigatorsOf,
} from '../../model/relations';
import type { NavNode } from '../../model/schema';
import type { ScopeResult } from '../../model/scope/evaluate';
import { useViewStore } from '../../state/viewStore';
import { CopyButton } from '../common/CopyButton';
import { KindMarker } from '../common/KindMarker';
import { FrameworkLinks } from '../frameworks/FrameworkLinks';
import { ControlAnnotationEditor } from '../layers/ControlAnnotationEditor';
import { ThreatAnnotationEditor } from '../layers/ThreatAnnotationEditor';
import { RoleReasons } from '../roles/RoleReasons';
import { ScopeExplanation } from '../scope/ScopeExplanation';

import { AnnotationBox } from './AnnotationBox';
import { ExternalLink } from './ExternalLink';
import { HiddenNote } from './HiddenNote';
import { NodeFacts } from './NodeFacts';
import { NodeReferences, NodeSummary } from './NodeText';
import { RelationSection } from './RelationSection';
import { useAfterFirstFrame } from './useAfterFirstFrame';

interface NodeDetailsProps {
  index: GraphIndex;
  node: NavNode;
  visibleNodes: ReadonlySet<string>;
  shownWith(filters: Filters): ReadonlySet<string>;
  /** Why the node is in or out of the scope answers. */
  scopeResult: ScopeResult;
  onClose(): void;
  onFiltersCleared(): void;
}

export function NodeDetails({
  index,
  node,
  visibleNodes,
  shownWith,
  scopeResult,
  onClose,
  onFiltersCleared,
}: NodeDetailsProps) {
  const { t } = useTranslation();
  const lang = useViewStore((state) => state.view.lang);
  const scope = useViewStore((state) => state.view.scope);
  const role = useViewStore((state) => state.view.role);
  const relation = { visibleNodes };
  const rest = useAfterFirstFrame();
  const nodesOf = (ids: readonly string[]) => ids.flatMap((id) => index.node(id) ?? []);

  return (
    <article className="node-details" aria-labelledby="details-title">
      <header className="node-details__header">
        <p className={`badge badge--${node.kind}`}>
          <KindMarker node={node} />
          {t(`kind.${node.kind}`)}
        </p>
        {node.governance && <p className="badge badge--governance">{t('details.governance')}</p>}
        <button
          type="button"
          className="button button--icon node-details__close"
          aria-label={t('details.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <h2 id="details-title" className="node-details__title">
        {node.title[lang]}
      </h2>
      {lang !== 'en' && (
        <p className="node-details__upstream">
          {t('details.upstreamName')}: <span lang="en">{node.title.en}</span>
        </p>
      )}
      <HiddenNote
        nodeId={node.id}
        shown={visibleNodes.has(node.id)}
        shownWith={shownWith}
        onCleared={onFiltersCleared}
      />
      <NodeSummary nodeId={node.id} />
      {/* The answer first: what mitigates a threat, what a control mitigates, what a Top 10 item maps to. */}
      {isThreat(node) && (
        <RelationSection
          heading={t('details.mitigatedBy')}
          relation={mitigatorsOf(index, node.id)}
          byType
          {...relation}
        />
      )}
      {isControl(node) && (
        <RelationSection
          heading={t('details.mitigates')}
          relation={mitigatedBy(index, node.id)}
          {...relation}
        />
      )}
      <RelationSection heading={t('details.mapsTo')} relation={mapsTo(index, node.id)} {...relation} />
      {isTop10(node) && (
        <RelationSection
          heading={t('details.controlsAgainstMapped')}
          relation={{
            direct: controlsAgainst(
              index,
              mapsTo(index, node.id).map((threat) => threat.id),
            ),
            throughGroups: [],
          }}
          byType
          {...relation}
        />
      )}
      {/* The rest follows in the frame after: a selection shows the node and its answer first. */}
      {rest && (
        <>
          <RelationSection
            heading={t('details.mappedFrom')}
            relation={mappedFrom(index, node.id)}
            {...relation}
          />
          <RelationSection
            heading={t('details.members')}
            relation={membersOf(index, node.id)}
            {...relation}
          />
          <RelationSection heading={t('details.partOf')} relation={groupsOf(index, node.id)} {...relation} />
          <RelationSection
            heading={t('details.predecessors')}
            relation={nodesOf(index.predecessors(node.id))}
            {...relation}
          />
          <RelationSection
            heading={t('details.successors')}
            relation={nodesOf(index.successors(node.id))}
            {...relation}
          />
          <NodeReferences nodeId={node.id} />
          <FrameworkLinks index={index} nodeId={node.id} />
          <NodeFacts node={node} />
          <ScopeExplanation index={index} result={scopeResult} nodeId={node.id} />
          {role && <RoleReasons index={index} role={role} nodeId={node.id} />}
          {(isThreat(node) || isControl(node)) && (
            <AnnotationBox>
              <ControlAnnotationEditor index={index} controlId={node.id} scope={scope} />
              <ThreatAnnotationEditor index={index} threatId={node.id} scope={scope} />
            </AnnotationBox>
          )}

          <p className="node-details__permalink">
            <ExternalLink href={node.permalink}>
              {t('details.permalink', { host: new URL(node.permalink).host })}
            </ExternalLink>
          </p>
          {node.secid && (
            <div className="secid">
              <span className="secid__label">{t('details.secid')}</span>
              <code className="secid__value">{node.secid}</code>
              <CopyButton
                text={node.secid}
                label={t('details.copy')}
                ariaLabel={t('details.copySecid')}
                copiedLabel={t('details.copied')}
                failedLabel={t('details.copyFailed')}
              />
            </div>
          )}
        </>
      )}
    </article>
  );
}
