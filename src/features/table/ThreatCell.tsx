import { useTranslation } from 'react-i18next';

import type { ThreatRow } from '../../model/periodicTable';
import type { NavNode } from '../../model/schema';
import { useViewStore } from '../../state/viewStore';
import { MatchMark } from '../catalogue/MatchMark';
import { NodeButton } from '../common/NodeButton';
import { useNodeTitle } from '../common/useNodeTitle';
import { NodeMarks, type NodeMarksState } from '../list/NodeMarks';

/** The threat of a row, its group for context, and the variants folded into it; each selects its node. */
export function ThreatCell({
  row,
  matches,
  marks,
}: {
  row: ThreatRow;
  matches: ReadonlySet<string>;
  marks: NodeMarksState;
}) {
  const { t } = useTranslation();
  const title = useNodeTitle();
  return (
    <div className="threat-cell">
      <div className="threat-cell__main">
        <NodeButton node={row.threat} />
        {matches.has(row.threat.id) && <MatchMark />}
        <NodeMarks marks={marks} node={row.threat} />
      </div>
      {row.group && (
        <p className="threat-cell__context">
          <SmallNodeLink node={row.group} label={t('table.partOf', { group: title(row.group) })} />
        </p>
      )}
      {row.variants.length > 0 && (
        <div className="threat-cell__variants">
          <span className="threat-cell__label">{t('table.variants')}</span>{' '}
          <ul className="variant-list">
            {row.variants.map((variant) => (
              <li key={variant.id}>
                <SmallNodeLink node={variant} label={title(variant)} match={matches.has(variant.id)} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** A small text button that selects a node. */
function SmallNodeLink({ node, label, match = false }: { node: NavNode; label: string; match?: boolean }) {
  const select = useViewStore((state) => state.select);
  const selected = useViewStore((state) => state.view.node === node.id);
  return (
    <button
      type="button"
      className={`text-button${match ? ' is-match' : ''}`}
      data-node-id={node.id}
      aria-current={selected ? 'true' : undefined}
      onClick={() => select(node.id)}
    >
      {label}
      {match && <MatchMark />}
    </button>
  );
}
