import { useState } from 'react';
import { flushSync } from 'react-dom';

import { VIEW_HEADING_ID } from '../features/catalogue/viewHeading';
import type { ViewId } from '../model/views';

/** Ids of the parts the skip links and the phone's bar go to. */
export const PART_IDS = {
  filters: 'filters',
  list: 'visible-nodes',
  details: 'details',
  /** The buttons that open the folded filters: the rail beside the graph, the phone's bar. */
  railButton: 'filters-rail-open',
  barButton: 'phone-bar-filters',
} as const;

/** The graph's canvas, which takes the keyboard. */
const CANVAS = '[data-graph-ready]';

/**
 * Whether the filter column starts open beside the graph: where the screen leaves the whole map room at a
 * readable size with it (docs/graph.md). Narrower, it starts folded to a rail that opens it.
 */
const startsOpen = () =>
  typeof window === 'undefined' || !window.matchMedia || window.matchMedia('(min-width: 1600px)').matches;

function focusOn(selector: string, preventScroll = false) {
  document.querySelector<HTMLElement>(selector)?.focus({ preventScroll });
}

interface PagePartsOptions {
  /** The phone layout: the filters and the details are sheets over the view. */
  compact: boolean;
  view: ViewId;
  selectedId: string | null;
}

/**
 * Which folding parts of the page are open — the filter column (beside the graph it folds to a rail; on a phone it
 * is a sheet, on every view) and, on a phone, the details sheet — and how to go to each part with its keyboard
 * focus, whether it is folded or not: the skip links and the phone's bar use these.
 */
export function usePageParts({ compact, view, selectedId }: PagePartsOptions) {
  const [filtersOpen, setFiltersOpen] = useState(startsOpen);
  const [detailsOpen, setDetailsOpen] = useState(selectedId !== null);
  const [detailsFor, setDetailsFor] = useState(selectedId);
  if (detailsFor !== selectedId) {
    // A new selection opens its details; on a phone they take the place of the filter sheet (a search result
    // picked in it, say), which would cover them.
    setDetailsFor(selectedId);
    setDetailsOpen(selectedId !== null);
    if (compact && selectedId !== null) setFiltersOpen(false);
  }

  /** Opens and closes parts at once, so that what opens can take the focus straight after. */
  const arrange = (next: { filters?: boolean; details?: boolean }) =>
    flushSync(() => {
      if (next.filters !== undefined) setFiltersOpen(next.filters);
      if (next.details !== undefined) setDetailsOpen(next.details);
    });

  const goTo = {
    /** The graph's canvas, or a reading view's heading; on a phone the sheets close and the page goes to its top. */
    view() {
      if (compact) {
        arrange({ filters: false, details: false });
        window.scrollTo({ top: 0 });
      }
      focusOn(view === 'graph' ? CANVAS : `#${VIEW_HEADING_ID}`, compact);
    },
    filters() {
      arrange(compact ? { filters: true, details: false } : { filters: true });
      focusOn(`#${PART_IDS.filters}`);
    },
    /** The list of shown nodes: in the filter column beside the graph, under the graph on a phone. */
    list() {
      arrange(compact ? { filters: false, details: false } : { filters: true });
      focusOn(`#${PART_IDS.list}-heading`);
      // On a phone its start would be just under the bar: the list comes up to the top of the screen.
      if (compact) document.getElementById(PART_IDS.list)?.scrollIntoView({ block: 'start' });
    },
    details() {
      if (compact) arrange({ filters: false, details: true });
      focusOn(`#${PART_IDS.details}`);
    },
  };

  /** Folds the filters, the focus going to the button that opens them again. */
  const closeFilters = () => {
    arrange({ filters: false });
    focusOn(`#${compact ? PART_IDS.barButton : PART_IDS.railButton}`);
  };

  return {
    filtersOpen,
    detailsOpen,
    goTo,
    closeFilters,
    toggleFilters: () => (filtersOpen ? closeFilters() : goTo.filters()),
    toggleDetails: () => (detailsOpen ? arrange({ details: false }) : goTo.details()),
  };
}
