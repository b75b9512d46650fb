import { useTranslation } from 'react-i18next';

import { top10Number } from '../../model/editions';
import { isTop10 } from '../../model/nodeKinds';
import type { NavNode } from '../../model/schema';
import { useViewStore } from '../../state/viewStore';

import { KindMarker } from './KindMarker';
import { useNodeTitle } from './useNodeTitle';

interface NodeButtonProps {
  node: NavNode;
  /** Whether the node is shown with the current filters; a hidden one says so. */
  shown?: boolean;
  /** The node's kind, in words, shown after its title (the caller translates it once for a whole list). */
  kindName?: string;
  /** -1 for a row of a list that is one Tab stop, but for its current row. */
  tabIndex?: 0 | -1;
}

/** A node's title as a button that selects it. Carries `data-node-id`. */
export function NodeButton({ node, shown = true, kindName, tabIndex }: NodeButtonProps) {
  const title = useNodeTitle();
  const select = useViewStore((state) => state.select);
  const selected = useViewStore((state) => state.view.node === node.id);
  // An LLM item of another edition is not hidden by a filter: its number says which edition it belongs to.
  const otherEdition = useViewStore(
    (state) => node.kind === 'llm-top10' && node.edition !== state.view.filters.edition,
  );
  return (
    <button
      type="button"
      className={`node-button node-button--${node.kind}${shown ? '' : ' node-button--hidden'}`}
      data-node-id={node.id}
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabIndex}
      onClick={() => select(node.id)}
    >
      <KindMarker node={node} />
      <span className="node-button__title">
        {/* A Top 10 item goes by its number, which says its edition (LLM08:2026 is not LLM08:2025). */}
        {isTop10(node) && `${top10Number(node)} `}
        {title(node)}
      </span>
      {kindName !== undefined && <span className="node-button__kind">{kindName}</span>}
      {!shown && !otherEdition && <HiddenNote />}
    </button>
  );
}

// The note some buttons add, in a component of its own: a list re-renders dozens of plain buttons on each filter
// change, and a translation hook in each cost more than the rest of the button.
function HiddenNote() {
  const { t } = useTranslation();
  return <span className="node-button__note">({t('details.hiddenByFilters')})</span>;
}
