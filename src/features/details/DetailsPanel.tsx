import { type KeyboardEvent, memo, type Ref, useEffect, useImperativeHandle } from 'react';
import { useTranslation } from 'react-i18next';

import type { Filters } from '../../model/filters';
import type { GraphIndex } from '../../model/graphIndex';
import type { ScopeResult } from '../../model/scope/evaluate';
import { useDataStore } from '../../state/dataStore';
import { useViewStore } from '../../state/viewStore';

import { NodeDetails } from './NodeDetails';
import { useDetailsFromTheTop } from './useDetailsFromTheTop';
import { isFreeEscape, useReturnFocus } from './useReturnFocus';

interface DetailsPanelProps {
  index: GraphIndex;
  nodeId: string | null;
  visibleNodes: ReadonlySet<string>;
  /** The nodes shown with other filters: what clearing the filters that hide the selection would show. */
  shownWith(filters: Filters): ReadonlySet<string>;
  scopeResult: ScopeResult;
  /** Puts the keyboard focus on a node of the graph; false when the graph cannot (not drawn, node hidden). */
  focusOnGraph?(id: string): boolean;
  /**
   * Where the panel is: a column of the page (the default); over the graph's right side, shown only while a node is
   * selected; or a sheet over the bottom of a phone's screen, shown while `open`.
   */
  placement?: 'column' | 'over' | 'sheet';
  /** A sheet's state. */
  open?: boolean;
  id?: string;
  ref?: Ref<HTMLElement | null>;
}

/**
 * The details panel: the selected node, or a hint when nothing is selected. Over the graph it opens with a
 * selection and closes without one, leaving the picture its room; as a sheet (a phone) the page opens and folds it.
 * Escape anywhere inside closes it and returns the focus to what opened it (`useReturnFocus`).
 */
export const DetailsPanel = memo(function DetailsPanel({
  index,
  nodeId,
  visibleNodes,
  shownWith,
  scopeResult,
  focusOnGraph,
  placement = 'column',
  open = true,
  id,
  ref,
}: DetailsPanelProps) {
  const { t } = useTranslation();
  const select = useViewStore((state) => state.select);
  const node = nodeId ? index.node(nodeId) : undefined;
  const panel = useDetailsFromTheTop(node ? node.id : null);
  useImperativeHandle(ref, () => panel.current as HTMLElement, [panel]);
  const loadDetails = useDataStore((state) => state.loadDetails);
  // A selected node (from a ?node= link, say) needs its summary now, not once the first view is done.
  const selected = node !== undefined;
  useEffect(() => {
    if (selected && useDataStore.getState().details.status === 'idle') void loadDetails();
  }, [selected, loadDetails]);
  // A button that disappears with what it did (closing, showing a hidden node) leaves keyboard focus in the panel.
  const focusPanel = () => panel.current?.focus();
  const returnFocus = useReturnFocus(panel, node ? node.id : null, focusOnGraph);
  const close = () => {
    select(null);
    // Over the graph or as a sheet the panel goes with the selection: the focus goes back to what opened it.
    if (placement !== 'column' && node) returnFocus(node.id);
    else focusPanel();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!node || !isFreeEscape(event)) return;
    event.preventDefault();
    select(null);
    returnFocus(node.id);
  };
  return (
    <aside
      ref={panel}
      tabIndex={-1}
      id={id}
      className={placement === 'column' ? 'details' : `details details--${placement}`}
      hidden={placement === 'over' ? !node : placement === 'sheet' && !open}
      data-testid="details"
      aria-label={t('details.label')}
      onKeyDown={onKeyDown}
    >
      {node ? (
        <NodeDetails
          key={node.id}
          index={index}
          node={node}
          visibleNodes={visibleNodes}
          shownWith={shownWith}
          scopeResult={scopeResult}
          onClose={close}
          onFiltersCleared={focusPanel}
        />
      ) : (
        <p className="hint details__empty">{t('details.empty')}</p>
      )}
    </aside>
  );
});
