import './GraphView.css';

import type { Core, ElementDefinition } from 'cytoscape';
import {
  type KeyboardEvent,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import { type GraphPicture, pictureBounds } from '../../model/graphPicture';
import { isLargeDataset } from '../../model/layout/largeCatalogue';
import type { CoreDataset } from '../../model/schema';
import type { GraphRelations } from '../../model/viewState';
import type { Language } from '../../model/vocabulary';
import { afterNextPaint } from '../../state/afterNextPaint';

import { useColourScheme } from './colourScheme';
import { createCytoscape } from './createCytoscape';
import {
  addInChunks,
  applyClassTo,
  applyLabels,
  applyPicture,
  applyVisibility,
  highlightNeighbourhood,
  neighbourhood,
  type Relabel,
  showAndHide,
  visibleItems,
} from './cyUpdates';
import { buildElements, buildElementsInParts, nodeLabel, sectionLabel } from './elements';
import type { ImageFormat } from './exportImage';
import type { GraphLabels } from './GraphLabels';
import { GraphToolbar } from './GraphToolbar';
import { followHover } from './hoverIntent';
import { keyAction, nearestInDirection } from './keyboardNavigation';
import { type EdgesOnDemand, showAllEdges, showEdgesAround, splitEdges } from './linesOnDemand';
import { animationDuration } from './motion';
import { applyOverlay } from './overlays';
import { dropPagePicture } from './pagePicture';
import { CANVAS_LOOKS, type ColourScheme } from './palette';
import { PictureSvg } from './PictureSvg';
import { runInTasksAfterPaint } from './runInTasks';
import { SharedTouchHint, useSharedTouch } from './SharedTouchHint';
import { graphStylesheet } from './stylesheet';
import type { GraphOverlay } from './useGraphOverlay';
import { useStandInPicture } from './useStandInPicture';
import {
  bringIntoView,
  centreOn,
  coveredBy,
  type Insets,
  isInView,
  moveViewport,
  NO_INSETS,
  pictureViewport,
  sizeOf,
  ZOOM_STEP,
  zoomBy,
} from './viewport';

export interface GraphCommands {
  /** The whole picture back in view. */
  fit(): void;
  exportPng(): Promise<Blob>;
  exportSvg(): Promise<Blob>;
  /** Focuses the canvas with a drawn node in keyboard focus (as the arrow keys leave it); false if not drawn. */
  focusNode(id: string): boolean;
}

export interface GraphViewProps {
  dataset: CoreDataset;
  /** What to draw and where (`graphPicture`). */
  picture: GraphPicture;
  selectedId: string | null;
  /** Emphasised (e.g. search matches), not filtered. */
  highlightIds?: ReadonlySet<string>;
  /** Lines of the emphasised node only, or all of them. */
  relations?: GraphRelations;
  language: Language;
  labels: GraphLabels;
  onSelect(id: string | null): void;
  commands?: Ref<GraphCommands>;
  /** Role focus, supplier threats and layer marks, with their legend. */
  overlay?: GraphOverlay;
  /** Called once the graph has been drawn for the first time (again for a new data set). */
  onFirstDraw?(): void;
  /** Parts of the canvas a panel covers (the details): nodes are brought into view beside it. */
  insets?: Insets;
  /** A change brings the whole picture into view again (a search or a role, which do not change the picture). */
  viewKey?: string;
  /** More tools beside the zoom buttons. */
  tools?: ReactNode;
  /** The page scrolls under one finger (a phone): two fingers move the graph, or one after a tap (`shareTouch`). */
  sharesTouch?: boolean;
  /** The address of a node's details, for the links of the picture shown until the canvas is ready. */
  linkTo?(id: string): string;
}

const NO_OVERLAY: GraphOverlay = { classes: new Map(), legend: { title: '', entries: [] } };

/** The props a Cytoscape instance currently reflects. */
interface Applied {
  picture: GraphPicture;
  selectedId: string | null;
  highlightIds: ReadonlySet<string> | undefined;
  language: Language;
  labels: GraphLabels;
  scheme: ColourScheme;
  relations: GraphRelations;
  /** Whether the overlay marks any node. */
  marked: boolean;
}

/** The stylesheet for what an instance shows, in its own colours or in `scheme`. */
const looksOf = (shown: Applied, large: boolean, scheme = shown.scheme) =>
  graphStylesheet({
    large,
    scheme,
    language: shown.language,
    relations: shown.relations,
    marked: shown.marked,
  });

/** Whether the canvas holds every edge: all lines were asked for, on a graph that is not very large. */
const holdsAllLines = (relations: GraphRelations, large: boolean) => relations === 'all' && !large;

/**
 * The graph canvas. It alone owns the Cytoscape instance: created once per data set, destroyed on unmount; every
 * later change is applied by id through classes. A new picture (after a filter, the scope, a fold) moves what stays
 * to its new place and brings the whole picture into view; the user's own pan and zoom stand until then.
 */
export function GraphView({
  dataset,
  picture,
  selectedId,
  highlightIds,
  relations = 'focus',
  language,
  labels,
  onSelect,
  commands,
  overlay = NO_OVERLAY,
  onFirstDraw,
  insets = NO_INSETS,
  viewKey = '',
  tools,
  sharesTouch = false,
  linkTo = (id) => `?node=${encodeURIComponent(id)}`,
}: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  /**
   * The element Cytoscape draws into, inside the canvas element that carries the attributes. Cytoscape resizes
   * itself, and redraws everything, 100 ms after any attribute of its container changes (a MutationObserver meant
   * for style changes), so the counts, the zoom and the ready flag written on each change stay off it.
   */
  const engineRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const focusedRef = useRef<string | null>(null);
  const hoveredRef = useRef<string | null>(null);
  const [ready, setReady] = useState(false);
  const large = isLargeDataset(dataset);
  /** Bumped when Cytoscape has finished loading, so the instance can then be made. */
  const [engineLoads, setEngineLoads] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const helpId = useId();
  const scheme = useColourScheme();
  const nodesById = useMemo(() => new Map(dataset.nodes.map((node) => [node.id, node])), [dataset]);
  const toolbarRef = useRef<HTMLDivElement>(null);
  /**
   * The toolbar's height, kept by an observer: read from the element in an effect after a filter change, it would
   * force the browser to lay out the whole changed page there and then (some 6 ms a change).
   */
  const toolbarHeight = useRef(0);
  useLayoutEffect(() => {
    const toolbar = toolbarRef.current;
    if (!toolbar) return;
    toolbarHeight.current = toolbar.offsetHeight;
    if (typeof ResizeObserver === 'undefined') return;
    const resizes = new ResizeObserver(() => {
      toolbarHeight.current = toolbar.offsetHeight;
    });
    resizes.observe(toolbar);
    return () => resizes.disconnect();
  }, []);
  const insetsRef = useRef(insets);
  useLayoutEffect(() => {
    insetsRef.current = insets;
  }, [insets]);

  const marked = overlay.classes.size > 0;
  const select = useEffectEvent((id: string | null) => onSelect(id));
  const reportFirstDraw = useEffectEvent(() => onFirstDraw?.());
  const currentProps = useEffectEvent((): Applied => ({
    picture,
    selectedId,
    highlightIds,
    language,
    labels,
    scheme,
    relations,
    marked,
  }));

  /** What the instance shows now, so effects skip work the creation already did. */
  const applied = useRef<Applied | null>(null);
  const largeRef = useRef(false);
  /** The edges' definitions: the canvas holds those it draws (linesOnDemand.ts). */
  const edgesRef = useRef<EdgesOnDemand | null>(null);
  /** Whether elements are still being added (large graphs). */
  const buildingRef = useRef(false);
  /** The overlay classes the instance shows. */
  const overlayApplied = useRef<GraphOverlay['classes'] | undefined>(undefined);
  /** Whether the view shows the whole picture as last fitted, so a resize of the canvas fits it again. */
  const fittedRef = useRef(true);
  /** The hovered node wins over the keyboard-focused one, which wins over the selected one. */
  const emphasise = (cy: Core) => {
    const id = hoveredRef.current ?? focusedRef.current ?? applied.current?.selectedId ?? null;
    if (
      edgesRef.current &&
      applied.current &&
      !buildingRef.current &&
      !holdsAllLines(applied.current.relations, largeRef.current)
    )
      showEdgesAround(cy, edgesRef.current, id, applied.current.picture);
    highlightNeighbourhood(cy, id, !largeRef.current);
  };

  /** The whole picture in the free part of the canvas. */
  const showPicture = (cy: Core, shown: GraphPicture, duration: number) => {
    const bounds = pictureBounds(shown);
    if (!bounds) return;
    moveViewport(
      cy,
      pictureViewport(sizeOf(cy), bounds, coveredBy(insetsRef.current, toolbarHeight.current)),
      duration,
    );
    fittedRef.current = true;
  };

  /** The selected node with what it is linked to, in the free part of the canvas. */
  const showSelection = (cy: Core, id: string, duration: number) => {
    const node = cy.getElementById(id);
    if (node.empty() || node.hasClass('hidden')) return;
    const linked = neighbourhood(cy, id).nodes('.item');
    const section = node.data('section') as string;
    const nearby = linked.filter((other) => other.data('section') === section);
    bringIntoView(cy, [linked, nearby], node, coveredBy(insetsRef.current, toolbarHeight.current), duration);
    fittedRef.current = false;
  };

  useEffect(() => {
    const container = containerRef.current;
    const engineContainer = engineRef.current;
    if (!container || !engineContainer) return;
    const large = isLargeDataset(dataset);
    /** Element definitions made ahead (a large catalogue's, in a task of their own), and the props they are for. */
    interface Built {
      props: Applied;
      elements: ElementDefinition[];
    }
    const build = (props: Applied): Built => ({
      props,
      elements: buildElements(dataset, props.picture, props.language, props.labels),
    });
    const create = (ahead?: Built): (() => void) | undefined => {
      const initial = currentProps();
      const current =
        ahead && ahead.props.picture === initial.picture && ahead.props.labels === initial.labels;
      const elements = current ? ahead.elements : build(initial).elements;
      largeRef.current = large;
      const { drawn, edges } = splitEdges(elements);
      edgesRef.current = edges;
      const cy = createCytoscape(
        {
          container: engineContainer,
          elements: large ? [] : holdsAllLines(initial.relations, large) ? elements : drawn,
          style: looksOf(initial, large),
          // Each element is defined at its place: a preset layout of no positions leaves every node where it is
          // (with none given, it sets each node's place again, a position event and new bounds apiece).
          layout: { name: 'preset', fit: false, positions: {} },
          minZoom: 0.03,
          maxZoom: 3,
          boxSelectionEnabled: false,
          autounselectify: true,
          textureOnViewport: large,
          hideEdgesOnViewport: large,
          // On a high-density screen a large graph would cost four times the drawing for little gain.
          pixelRatio: large ? 1 : 'auto',
        },
        () => setEngineLoads((count) => count + 1),
      );
      if (!cy) return undefined;
      cyRef.current = cy;
      applied.current = initial;
      // A very large graph is built up over several frames (regions, then nodes) so the page never freezes for
      // seconds, starting with the frame after this one.
      buildingRef.current = large;
      const stopAdding = addInChunks(cy, large ? drawn : [], () => {
        buildingRef.current = false;
        const current = applied.current;
        if (current && large) {
          showVisibleCount(containerRef.current, applyVisibility(cy, current.picture));
          emphasise(cy);
          // The overlay reached only the part added first.
          if (overlayApplied.current) applyOverlay(cy, overlayApplied.current, undefined);
        }
        // The first frame is on the canvas: it takes the picture's place in this very frame, and answers clicks.
        cy.one('render', () => {
          container.setAttribute('data-graph-ready', 'true');
          container.parentElement?.querySelector('.graph-picture')?.setAttribute('hidden', '');
          dropPagePicture();
          setReady(true);
        });
      });

      showVisibleCount(containerRef.current, visibleItems(cy).length);
      applyClassTo(cy, 'selected', initial.selectedId ? [initial.selectedId] : []);
      applyClassTo(cy, 'match', initial.highlightIds ?? []);
      emphasise(cy);
      showPicture(cy, initial.picture, 0);
      if (initial.selectedId) showSelection(cy, initial.selectedId, 0);

      cy.on('tap', 'node.item', (event) => select(event.target.id() as string));
      cy.on('tap', (event) => {
        if (event.target === cy) select(null);
      });
      const stopHover = followHover(cy, (id) => {
        hoveredRef.current = id;
        emphasise(cy);
      });
      // The zoom level, readable from outside the canvas (e.g. to check that reduced motion zooms at once).
      cy.on('zoom', () => {
        container.dataset.zoom = cy.zoom().toFixed(4);
      });
      // Once the user pans or zooms, the view is theirs until the picture changes.
      const userMoves = () => {
        fittedRef.current = false;
      };
      container.addEventListener('wheel', userMoves, { passive: true });
      container.addEventListener('pointerdown', userMoves);
      // The canvas follows its box (the filter column folding, a panel opening), keeping the picture in view.
      const resizes =
        typeof ResizeObserver === 'undefined'
          ? undefined
          : new ResizeObserver(() => {
              cy.resize();
              const current = applied.current;
              if (current && fittedRef.current) showPicture(cy, current.picture, 0);
            });
      resizes?.observe(container);
      return () => {
        stopAdding();
        resizes?.disconnect();
        stopHover();
        container.removeEventListener('wheel', userMoves);
        container.removeEventListener('pointerdown', userMoves);
        cyRef.current = null;
        applied.current = null;
        edgesRef.current = null;
        overlayApplied.current = undefined;
        focusedRef.current = null;
        hoveredRef.current = null;
        cy.destroy();
        setReady(false);
      };
    };
    if (!large) return create();
    // A large catalogue gets its canvas in a task of its own once the page around it has been laid out and
    // painted (in an animation frame callback, the canvas would force that layout into its own task); its element
    // definitions (thousands of names broken into lines) are made in the tasks before, a few parts each.
    return runInTasksAfterPaint(function* (): Generator<void, Built> {
      const props = currentProps();
      return {
        props,
        elements: yield* buildElementsInParts(dataset, props.picture, props.language, props.labels),
      };
    }, create);
  }, [dataset, engineLoads]);

  const standIn = useStandInPicture({
    container: containerRef,
    ready,
    large,
    picture,
    insets,
    toolbarHeight,
  });

  // After the page says the graph is drawn, so whatever this starts comes after the first view.
  useEffect(() => {
    if (ready) reportFirstDraw();
  }, [ready]);

  const relabel = useMemo(
    (): Relabel => ({
      node(id, folded, width) {
        const node = nodesById.get(id);
        return node ? nodeLabel(node, language, labels, width, folded) : undefined;
      },
      section: (section, width) => sectionLabel(labels.sections[section], language, width),
    }),
    [nodesById, language, labels],
  );

  /** The closing up of the last picture, while it waits for its first frame to be painted: runs it at once. */
  const pendingCloseUp = useRef<(() => void) | null>(null);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !applied.current || applied.current.picture === picture) return;
    pendingCloseUp.current?.();
    // The last change's closing up stops where it is: the new answer comes first, and its own closing up starts
    // from there (stepping the old one would cost the answer's frame its moves and a redraw of the moving view).
    // A large graph's changes are not animated.
    if (!largeRef.current) {
      cy.stop(true);
      cy.nodes(':animated').stop(true);
    }
    const before = applied.current.picture;
    applied.current = { ...applied.current, picture };
    if (focusedRef.current && !picture.drawn.has(focusedRef.current)) {
      focusedRef.current = null;
      applyClassTo(cy, 'focused', []);
    }
    // While a large graph is still being built up, the last step applies the picture to all of it.
    if (buildingRef.current) return;
    // A large graph's view moves at once: each frame of a moving view redraws thousands of nodes (about 100 ms a
    // frame on a 2-core machine with a software-rendered canvas), so an animation would be a run of long tasks.
    const duration = largeRef.current ? 0 : animationDuration();
    if (!picture.closedUp) {
      showVisibleCount(containerRef.current, applyVisibility(cy, picture, before));
      emphasise(cy);
      showPicture(cy, picture, duration);
      return;
    }
    // The answer is drawn in the frame of the change; the rest closes up, and the view fits it, once that frame
    // has been painted (a change that follows first finishes this one's step at once).
    showVisibleCount(containerRef.current, showAndHide(cy, dataset, picture, before, relabel));
    emphasise(cy);
    const closeUp = () => {
      pendingCloseUp.current = null;
      if (cyRef.current !== cy || applied.current?.picture !== picture) return;
      applyPicture(cy, dataset, picture, relabel, duration);
      showPicture(cy, picture, duration);
    };
    const cancel = afterNextPaint(closeUp);
    pendingCloseUp.current = () => {
      cancel();
      closeUp();
    };
  }, [picture, dataset, relabel]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !applied.current || buildingRef.current) return;
    showPicture(cy, applied.current.picture, animationDuration());
  }, [viewKey]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !applied.current || applied.current.selectedId === selectedId) return;
    applied.current = { ...applied.current, selectedId };
    applyClassTo(cy, 'selected', selectedId ? [selectedId] : []);
    // The details and the selection's ring are the click's answer: the dimming, the lines and the move of the view
    // follow in the frame after, so restyling the canvas does not hold up the first.
    return afterNextPaint(() => {
      emphasise(cy);
      if (selectedId) showSelection(cy, selectedId, animationDuration());
    });
  }, [selectedId]);

  // A panel that opens, grows or comes over the canvas (a sheet, as the page scrolls) uncovers the selection.
  useEffect(() => {
    const cy = cyRef.current;
    const id = applied.current?.selectedId;
    if (cy && id && !buildingRef.current) showSelection(cy, id, animationDuration());
  }, [insets.right, insets.bottom]);

  const touch = useSharedTouch(containerRef, sharesTouch);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !applied.current || applied.current.highlightIds === highlightIds) return;
    applied.current = { ...applied.current, highlightIds };
    applyClassTo(cy, 'match', highlightIds ?? []);
  }, [highlightIds]);

  useEffect(() => {
    const cy = cyRef.current;
    const current = applied.current;
    if (
      !cy ||
      !current ||
      (current.scheme === scheme &&
        current.language === language &&
        current.relations === relations &&
        current.marked === marked)
    )
      return;
    applied.current = { ...current, scheme, relations, marked };
    cy.style(looksOf({ ...current, scheme, language, relations, marked }, largeRef.current));
    if (current.relations === relations || buildingRef.current) return;
    if (holdsAllLines(relations, largeRef.current) && edgesRef.current)
      showAllEdges(cy, edgesRef.current, applied.current.picture);
    emphasise(cy);
  }, [scheme, language, relations, marked]);

  useEffect(() => {
    const cy = cyRef.current;
    const current = applied.current;
    if (!cy || !current || (current.language === language && current.labels === labels)) return;
    applied.current = { ...current, language, labels };
    applyLabels(cy, dataset, language, labels, current.picture.folded);
  }, [dataset, language, labels]);

  // Applied once the instance exists, and again on every change: only marked nodes are touched.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || overlayApplied.current === overlay.classes) return;
    applyOverlay(cy, overlay.classes, overlayApplied.current);
    overlayApplied.current = overlay.classes;
  }, [overlay.classes, engineLoads, dataset]);

  const drawPicture = useCallback(
    async (format: ImageFormat) => {
      const cy = cyRef.current;
      if (!cy) throw new Error('The graph is not ready yet.');
      // Pictures are rare: their drawing code loads with the first one.
      const [{ exportImage, sourceLinesOf }, { pictureLegend }] = await Promise.all([
        import('./exportImage'),
        import('./pictureLegend'),
      ]);
      // Pictures go into documents, slides and print: they keep the light look in dark mode.
      const shown = applied.current;
      const looks =
        shown && shown.scheme !== 'light'
          ? {
              picture: looksOf(shown, largeRef.current, 'light'),
              screen: looksOf(shown, largeRef.current),
            }
          : undefined;
      return exportImage(
        cy,
        format,
        {
          title: labels.pictureTitle,
          legend: pictureLegend(labels, overlay.legend),
          sources: sourceLinesOf(dataset),
          date: new Date().toISOString().slice(0, 10),
          url: window.location.href,
        },
        looks,
      );
    },
    [dataset, labels, overlay.legend],
  );

  /** The latest `focusNode` for the command API, which is made once. */
  const keyboardFocus = useRef<(id: string) => boolean>(() => false);
  useEffect(() => {
    keyboardFocus.current = (id) => {
      const cy = cyRef.current;
      if (!cy || !picture.drawn.has(id) || cy.getElementById(id).empty()) return false;
      containerRef.current?.focus();
      focusNode(cy, id);
      return true;
    };
  });

  const api = useMemo(
    (): GraphCommands => ({
      fit() {
        const cy = cyRef.current;
        const current = applied.current;
        if (cy && current) showPicture(cy, current.picture, animationDuration());
      },
      exportPng: () => drawPicture('png'),
      exportSvg: () => drawPicture('svg'),
      focusNode: (id) => keyboardFocus.current(id),
    }),
    // showPicture reads only refs.

    [drawPicture],
  );
  useImperativeHandle(commands, () => api, [api]);

  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    fittedRef.current = false;
    zoomBy(cy, factor, animationDuration(200));
  };

  function focusNode(cy: Core, id: string | null) {
    focusedRef.current = id;
    applyClassTo(cy, 'focused', id ? [id] : []);
    emphasise(cy);
    if (!id) return;
    if (!isInView(cy, id, coveredBy(insetsRef.current, toolbarHeight.current))) {
      fittedRef.current = false;
      centreOn(cy, id, coveredBy(insetsRef.current, toolbarHeight.current), animationDuration(200));
    }
    const node = nodesById.get(id);
    if (node) {
      const neighbours = cy.getElementById(id).neighborhood('node.item').not('.hidden').length;
      setAnnouncement(`${node.title[language]} — ${labels.kinds[node.kind]} (${neighbours})`);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const cy = cyRef.current;
    const action = keyAction(event.key);
    if (!cy || !action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const items = visibleItems(cy);
    const inReadingOrder = () =>
      items
        .map((node) => node.id())
        .sort((a, b) => (nodesById.get(a)?.order ?? 0) - (nodesById.get(b)?.order ?? 0));
    const focused = focusedRef.current;
    switch (action.type) {
      case 'move': {
        if (!focused) {
          const start =
            selectedId && picture.drawn.has(selectedId) ? selectedId : (inReadingOrder()[0] ?? null);
          focusNode(cy, start);
          return;
        }
        const here = cy.getElementById(focused).position();
        const placed = items.map((node) => ({ id: node.id(), ...node.position() }));
        const next = nearestInDirection({ id: focused, ...here }, placed, action.direction);
        if (next) focusNode(cy, next);
        return;
      }
      case 'first':
        focusNode(cy, inReadingOrder()[0] ?? null);
        return;
      case 'last':
        focusNode(cy, inReadingOrder().at(-1) ?? null);
        return;
      case 'activate':
        if (focused) onSelect(focused);
        return;
      case 'escape':
        if (focused) focusNode(cy, null);
        else onSelect(null);
        return;
      case 'zoom-in':
        zoom(ZOOM_STEP);
        return;
      case 'zoom-out':
        zoom(1 / ZOOM_STEP);
        return;
      case 'fit':
        api.fit();
        return;
    }
  }

  function onBlur() {
    const cy = cyRef.current;
    if (cy && focusedRef.current) focusNode(cy, null);
  }

  return (
    <div className="graph-view">
      <div
        ref={containerRef}
        className={sharesTouch ? 'graph-canvas graph-canvas--shared' : 'graph-canvas'}
        role="application"
        aria-label={labels.canvas}
        aria-describedby={helpId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        data-graph-ready={ready ? 'true' : 'false'}
        style={{ background: CANVAS_LOOKS[scheme].background }}
      >
        <div ref={engineRef} className="graph-canvas__engine" />
      </div>
      {!ready && !large && !standIn.onPagePicture && (
        <PictureSvg
          dataset={dataset}
          picture={picture}
          language={language}
          labels={labels}
          scheme={scheme}
          viewport={standIn.viewport}
          linkTo={linkTo}
          onSelect={onSelect}
        />
      )}
      <GraphToolbar
        ref={toolbarRef}
        labels={labels}
        onZoomIn={() => zoom(ZOOM_STEP)}
        onZoomOut={() => zoom(1 / ZOOM_STEP)}
        onFit={api.fit}
      >
        {tools}
      </GraphToolbar>
      {sharesTouch && (
        <SharedTouchHint labels={labels.touch} handsOn={touch.handsOn} onRelease={touch.release} />
      )}
      <p id={helpId} className="graph-sr-only">
        {labels.keyboardHelp}
      </p>
      <p className="graph-sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/**
 * How many data nodes are drawn, for tests and tools (`data-visible-count` on the canvas), written straight onto
 * the element: as React state, set from the effect that follows every filter change, each change would leave a
 * render pending, and a burst of changes in one task (60 synthetic clicks on the filters) would trip React's limit
 * on nested updates (error #185).
 */
function showVisibleCount(container: HTMLElement | null, count: number) {
  container?.setAttribute('data-visible-count', String(count));
}
