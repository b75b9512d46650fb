import './list.css';

import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type FocusEvent, type ReactNode, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import type { NodeMarksState } from './NodeMarks';
import { type KindGroup, listLines } from './visibleGroups';
import { VisibleNodeRow } from './VisibleNodeRow';

interface VirtualNodeListProps {
  groups: readonly KindGroup[];
  matches: ReadonlySet<string>;
  marks: NodeMarksState;
  matchNote: string;
}

const HEADING_HEIGHT = 40;
const ROW_HEIGHT = 30;

/**
 * The list of a catalogue of thousands of nodes: a scrolling box that renders only the lines in view (and a few
 * around them), so a filter change costs the same whatever the size. Each group keeps its heading and list; rows
 * say their place in the group (aria-posinset/setsize), and the row that has the focus stays rendered while the
 * box scrolls, so Tab and Shift+Tab walk the whole list.
 */
export function VirtualNodeList({ groups, matches, marks, matchNote }: VirtualNodeListProps) {
  const { t } = useTranslation();
  const lines = useMemo(() => listLines(groups), [groups]);
  const viewportRef = useRef<HTMLDivElement>(null);
  const focusedLine = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedLine.current;
    if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);
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
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const line = event.target.closest('[data-index]')?.getAttribute('data-index');
    focusedLine.current = line == null ? null : Number(line);
  };

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
    <div ref={viewportRef} className="node-list__viewport" onFocus={onFocus}>
      <div style={{ paddingTop: before, paddingBottom: after }}>{blocks}</div>
    </div>
  );
}
