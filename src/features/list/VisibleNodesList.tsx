import { useTranslation } from 'react-i18next';

import type { GraphIndex } from '../../model/graphIndex';
import type { NavNode } from '../../model/schema';
import { NODE_KINDS } from '../../model/vocabulary';
import { NodeButton } from '../common/NodeButton';

import { NodeMarks, useNodeMarks } from './NodeMarks';

interface VisibleNodesListProps {
  index: GraphIndex;
  /** Ids of the nodes that match the search text. */
  matches: ReadonlySet<string>;
  visibleNodes: ReadonlySet<string>;
  /** Id of the element, for the skip link. */
  id?: string;
}

/** The text alternative to the graph: every node it shows, grouped by kind; search matches are marked. */
export function VisibleNodesList({ index, matches, visibleNodes, id }: VisibleNodesListProps) {
  const { t } = useTranslation();

  const marks = useNodeMarks(index);
  const groups = NODE_KINDS.map((kind) => ({
    kind,
    nodes: index.nodes.filter((node) => node.kind === kind && visibleNodes.has(node.id)),
  })).filter((group) => group.nodes.length > 0);

  return (
    <section
      className="node-list"
      data-testid="visible-nodes"
      aria-labelledby={`${id ?? 'node-list'}-heading`}
      id={id}
    >
      <h2 id={`${id ?? 'node-list'}-heading`} tabIndex={-1}>
        {t('list.heading')}
      </h2>
      {groups.length === 0 && <p className="hint">{t('list.empty')}</p>}
      {groups.map((group) => (
        <div key={group.kind} className="node-list__group">
          <h3>{t('list.group', { label: t(`kindPlural.${group.kind}`), count: group.nodes.length })}</h3>
          <ul>
            {group.nodes.map((node: NavNode) => (
              <li key={node.id} className={matches.has(node.id) ? 'is-match' : undefined}>
                <NodeButton node={node} />
                <NodeMarks marks={marks} node={node} />
                {matches.has(node.id) && <span className="visually-hidden">({t('list.matchesSearch')})</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
