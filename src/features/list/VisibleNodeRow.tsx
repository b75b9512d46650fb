import { memo, type Ref } from 'react';

import type { NavNode } from '../../model/schema';
import { NodeButton } from '../common/NodeButton';

import { NodeMarks, type NodeMarksState } from './NodeMarks';

interface VisibleNodeRowProps {
  node: NavNode;
  marks: NodeMarksState;
  /** Set when the node matches the search: the words that say so to a screen reader. */
  matchNote?: string;
  /** Whether the row is the list's one Tab stop. */
  tabbable: boolean;
  /** Long lists: the row's line number, its place in its group and a ref that measures it. */
  line?: number;
  position?: number;
  groupSize?: number;
  measure?: Ref<HTMLLIElement>;
}

/**
 * One node of the list. Memoised: a filter change renders only the rows that appear, not every row again.
 */
export const VisibleNodeRow = memo(function VisibleNodeRow({
  node,
  marks,
  matchNote,
  tabbable,
  line,
  position,
  groupSize,
  measure,
}: VisibleNodeRowProps) {
  return (
    <li
      ref={measure}
      data-index={line}
      aria-posinset={position}
      aria-setsize={groupSize}
      className={matchNote ? 'is-match' : undefined}
    >
      <NodeButton node={node} tabIndex={tabbable ? 0 : -1} />
      <NodeMarks marks={marks} node={node} />
      {matchNote && <span className="visually-hidden">({matchNote})</span>}
    </li>
  );
});
