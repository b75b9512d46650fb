import { type FocusEvent, type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';

/** The row a key moves to, from the one at `at` of `count` rows; null for a key that moves nothing. */
function target(key: string, at: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(at + 1, count - 1);
    case 'ArrowUp':
      return Math.max(at - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

const ROW = '[data-node-id]';

export interface RovingRows {
  /** The one row reached by Tab: the last one focused, else the selected node's, else the first. */
  active: string | null;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onFocus(event: FocusEvent<HTMLElement>): void;
}

/**
 * A roving tabindex over the rows of a list: the list is one Tab stop, and inside it the arrow keys move up and
 * down, Home and End to the first and last row. Rows are elements carrying `data-node-id`, in `ids` order. A
 * long list that renders only the rows in view passes `reveal`, which brings a row into view (and so renders
 * it) before it takes the focus.
 */
export function useRovingRows(
  ids: readonly string[],
  preferred: string | null,
  reveal?: (id: string) => void,
): RovingRows {
  const position = useMemo(() => new Map(ids.map((id, at) => [id, at])), [ids]);
  const [chosen, setChosen] = useState<string | null>(null);
  const pendingFocus = useRef<{ id: string; container: HTMLElement } | null>(null);

  const active =
    chosen !== null && position.has(chosen)
      ? chosen
      : preferred !== null && position.has(preferred)
        ? preferred
        : (ids[0] ?? null);

  // A row that was not rendered yet when its key was pressed takes the focus once it is.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const row = rowIn(pending.container, pending.id);
    if (!row) return;
    pendingFocus.current = null;
    row.focus({ preventScroll: !!reveal });
  });

  return {
    active,
    onKeyDown(event) {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const from = (event.target as Element).closest(ROW)?.getAttribute('data-node-id');
      const at = from ? position.get(from) : undefined;
      if (at === undefined) return;
      const next = target(event.key, at, ids.length);
      if (next === null) return;
      event.preventDefault();
      const id = ids[next]!;
      setChosen(id);
      reveal?.(id);
      const row = rowIn(event.currentTarget, id);
      if (row) row.focus({ preventScroll: !!reveal });
      else pendingFocus.current = { id, container: event.currentTarget };
    },
    onFocus(event) {
      const id = (event.target as Element).closest(ROW)?.getAttribute('data-node-id');
      if (id && position.has(id)) setChosen(id);
    },
  };
}

function rowIn(container: HTMLElement, id: string): HTMLElement | null {
  return [...container.querySelectorAll<HTMLElement>(ROW)].find((row) => row.dataset.nodeId === id) ?? null;
}
