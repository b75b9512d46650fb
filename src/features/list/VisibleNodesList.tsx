import { lazy, memo, Suspense, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { GraphIndex } from '../../model/graphIndex';
import { useViewStore } from '../../state/viewStore';

import { useNodeMarks } from './NodeMarks';
import { useRovingRows } from './useRovingRows';
import { visibleGroups } from './visibleGroups';
import { VisibleNodeRow } from './VisibleNodeRow';

interface VisibleNodesListProps {
  index: GraphIndex;
  /** Ids of the nodes that match the search text. */
  matches: ReadonlySet<string>;
  visibleNodes: ReadonlySet<string>;
  /** Id of the element, for the skip link. */
  id?: string;
  /**
   * Whether the graph's first view is on screen (`useAfterFirstView`), told by the page: the list can sit in a
   * folded column, where it hears of nothing but its props until the column opens.
   */
  firstViewShown: boolean;
}

/** Above this many shown nodes, only the rows in view are rendered. */
export const LONG_LIST = 600;

// Only catalogues of thousands of nodes need it: the shipped data set never loads its code (about 12 KB gzip).
const VirtualNodeList = lazy(() =>
  import('./VirtualNodeList').then((module) => ({ default: module.VirtualNodeList })),
);

/**
 * The text alternative to the graph: every node it shows, grouped by kind; search matches are marked. The section
 * says how many nodes it lists (`data-listed-count`), also when a long list renders only the rows in view. The
 * rows are one Tab stop: arrow keys, Home and End move between them (`useRovingRows`).
 */
export const VisibleNodesList = memo(function VisibleNodesList({
  index,
  matches,
  visibleNodes,
  id,
  firstViewShown,
}: VisibleNodesListProps) {
  const { t } = useTranslation();
  const marks = useNodeMarks(index);
  const groups = useMemo(() => visibleGroups(index, visibleNodes), [index, visibleNodes]);
  const matchNote = t('list.matchesSearch');
  const rowIds = useMemo(() => groups.flatMap((group) => group.nodes.map((node) => node.id)), [groups]);
  const listed = rowIds.length;
  const long = listed > LONG_LIST;
  const selectedId = useViewStore((state) => state.view.node);
  /** Set by a long list: scrolls its box to a row, which renders it. */
  const revealRow = useRef<((id: string) => void) | null>(null);
  const roving = useRovingRows(rowIds, selectedId, long ? (id) => revealRow.current?.(id) : undefined);
  // A full list waits for the graph's first drawing (it is as much work again, mostly out of sight below the
  // filters); a long list renders only the few rows in view, at once.
  const rowsShown = long || firstViewShown;

  return (
    <section
      className="node-list"
      data-testid="visible-nodes"
      data-listed-count={listed}
      data-long-list={long ? 'true' : undefined}
      aria-busy={rowsShown ? undefined : true}
      aria-labelledby={`${id ?? 'node-list'}-heading`}
      id={id}
    >
      <h2 id={`${id ?? 'node-list'}-heading`} tabIndex={-1}>
        {t('list.heading')}
      </h2>
      <p className="node-list__keys hint">{t('list.keys')}</p>
      {rowsShown && groups.length === 0 && <p className="hint">{t('list.empty')}</p>}
      <div className="node-list__rows" onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        {!rowsShown ? null : long ? (
          <Suspense>
            <VirtualNodeList
              groups={groups}
              matches={matches}
              marks={marks}
              matchNote={matchNote}
              active={roving.active}
              revealRef={revealRow}
            />
          </Suspense>
        ) : (
          groups.map((group) => (
            <div key={group.kind} className="node-list__group">
              <h3>{t('list.group', { label: t(`kindPlural.${group.kind}`), count: group.nodes.length })}</h3>
              <ul>
                {group.nodes.map((node) => (
                  <VisibleNodeRow
                    key={node.id}
                    node={node}
                    marks={marks}
                    matchNote={matches.has(node.id) ? matchNote : undefined}
                    tabbable={node.id === roving.active}
                  />
                ))}
              </ul>
            </div>
          ))
        )}
      </div>
    </section>
  );
});
