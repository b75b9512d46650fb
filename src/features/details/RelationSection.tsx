import { useTranslation } from 'react-i18next';

import { byControlType, type DirectAndThroughGroups } from '../../model/relations';
import type { NavNode } from '../../model/schema';
import { NodeButton } from '../common/NodeButton';
import { useNodeTitle } from '../common/useNodeTitle';

interface RelationSectionProps {
  heading: string;
  /** Plain list, or direct links plus those through groups. */
  relation: NavNode[] | DirectAndThroughGroups;
  visibleNodes: ReadonlySet<string>;
  /** Lists the direct ones under the name of their control type (for the controls against a threat). */
  byType?: boolean;
}

/** One relation of the selected node, each related node a button that selects it. Renders nothing when empty. */
export function RelationSection({ heading, relation, visibleNodes, byType = false }: RelationSectionProps) {
  const { t } = useTranslation();
  const title = useNodeTitle();
  const { direct, throughGroups } = Array.isArray(relation)
    ? { direct: relation, throughGroups: [] }
    : relation;
  if (direct.length === 0 && throughGroups.length === 0) return null;

  const list = (nodes: NavNode[]) => (
    <ul className="relation-list">
      {nodes.map((node) => (
        <li key={node.id}>
          <NodeButton node={node} shown={visibleNodes.has(node.id)} kindName={t(`kind.${node.kind}`)} />
        </li>
      ))}
    </ul>
  );

  return (
    <section className="relation">
      <h3>{heading}</h3>
      {direct.length > 0 &&
        (byType
          ? byControlType(direct).map(({ type, nodes }) => (
              <div key={type} className="relation__type">
                <h4>{type === 'group' ? t('details.controlGroups') : t(`controlType.${type}`)}</h4>
                {list(nodes)}
              </div>
            ))
          : list(direct))}
      {throughGroups.map(({ via, nodes }) => (
        <div key={via.id} className="relation__through">
          <h4>{t('details.throughGroup', { group: title(via) })}</h4>
          {list(nodes)}
        </div>
      ))}
    </section>
  );
}
