import './list.css';

import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, type RefObject, useCallback, useImperativeHandle, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { NodeMarksState } from './NodeMarks';
import { type KindGroup, listLines } from './visibleGroups';
import { VisibleNodeRow } from './VisibleNodeRow';

interface VirtualNodeListProps {
  groups: readonly KindGroup[];
  matches: ReadonlySet<string>;
  marks: NodeMarksState;
  matchNote: string;
  /** The row that is the list's Tab stop: always rendered, so Tab reaches it wherever the box is scrolled. */
  active: string | null;
  /** Receives the function that scrolls the box to a row (which renders it). */
  revealRef: RefObject<((id: string) => void) | null>;
}

const HEADING_HEIGHT = 40;
const ROW_HEIGHT = 30;

/**
 * The list of a catalogue of thousands of nodes: a scrolling box that renders only the lines in view (and a few
 * around them), so a filter change costs the same whatever the size. Each group keeps its heading and list; rows
 * say their place in the group (aria-posinset/setsize). The active row (the list's Tab stop, which the arrow keys
 * move) stays rendered while the box scrolls.
 */
export function VirtualNodeList({
  groups,
  matches,
  marks,
  matchNote,
  active,
  revealRef,
}: VirtualNodeListProps) {
  const { t } = useTranslation();
  const lines = useMemo(() => listLines(groups), [groups]);
  const lineOf = useMemo(
    () => new Map(lines.flatMap((line, at) => (line.type === 'node' ? [[line.node.id, at] as const] : []))),
    [lines],
  );
  const viewportRef = useRef<HTMLDivElement>(null);
  const activeLine = active === null ? null : (lineOf.get(active) ?? null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeLine === null || activeLine >= range.count || indexes.includes(activeLine)) return indexes;
      return [...indexes, activeLine].sort((a, b) => a - b);
    },
    [activeLine],
  );
  // The virtualizer's functions change on every render; nothing here memoises on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => viewportRef.current,
    estimateSize: (i) => (lines[i]?.type === 'heading' ? HEADING_HEIGHT : ROW_HEIGHT),
    getItemKey: (i) => lines[i]?.key ?? i,
    overscan: 12,
    rangeExtractor,
  });
  useImperativeHandle(revealRef, () => (id: string) => {
    const line = lineOf.get(id);
    if (line !== undefined) virtualizer.scrollToIndex(line, { align: 'auto' });
  });

  const items = virtualizer.getVirtualItems();
  // Consecutive rows of one group go into one list; a heading starts a new one.
  const blocks: ReactNode[] = [];
  let rows: ReactNode[] = [];
  const endList = () => {
    if (rows.length > 0) blocks.push(<ul key={`list:${blocks.length}`}>{rows}</ul>);
    rows = [];
  };
  let previous = -1;
  for (const item of items) {
    const line = lines[item.index];
    if (!line) continue;
    // A gap (the focused row kept far from view) also ends a list.
    if (item.index !== previous + 1) endList();
    previous = item.index;
    if (line.type === 'heading') {
      endList();
      blocks.push(
        <div
          key={line.key}
          ref={virtualizer.measureElement}
          data-index={item.index}
          className="node-list__heading-line"
        >
          <h3>
            {t('list.group', { label: t(`kindPlural.${line.group.kind}`), count: line.group.nodes.length })}
          </h3>
        </div>,
      );
    } else {
      rows.push(
        <VisibleNodeRow
          key={line.key}
          node={line.node}
          marks={marks}
          matchNote={matches.has(line.node.id) ? matchNote : undefined}
          tabbable={line.node.id === active}
          line={item.index}
          position={line.position}
          groupSize={line.groupSize}
          measure={virtualizer.measureElement}
        />,
      );
    }
  }
  endList();

  const before = items[0]?.start ?? 0;
  const after = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  return (
    <div ref={viewportRef} className="node-list__viewport">
      <div style={{ paddingTop: before, paddingBottom: after }}>{blocks}</div>
    </div>
  );
}
