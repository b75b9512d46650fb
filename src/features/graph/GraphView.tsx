import './GraphView.css';

import type { Core } from 'cytoscape';
import {
  type KeyboardEvent,
  type Ref,
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';

import { computeLayout } from '../../model/layout/computeLayout';
import type { GraphLayout } from '../../model/layout/types';
import type { CoreDataset } from '../../model/schema';
import type { Language } from '../../model/vocabulary';
import { afterNextPaint } from '../../state/afterNextPaint';

import { AnnotationLegend } from './AnnotationLegend';
import { useColourScheme } from './colourScheme';
import { createCytoscape } from './createCytoscape';
import {
  addInChunks,
  applyClassTo,
  applyLabels,
  applyLayout,
  applyVisibility,
  highlightNeighbourhood,
  layoutOfShown,
  visibleItems,
} from './cyUpdates';
import { buildElements, type Visible } from './elements';
import type { ImageFormat } from './exportImage';
import type { GraphLabels } from './GraphLabels';
import { GraphLegend } from './GraphLegend';
import { GraphToolbar } from './GraphToolbar';
import { keyAction, nearestInDirection } from './keyboardNavigation';
import { type EdgesOnDemand, showEdgesAround, splitEdges } from './largeGraph';
import { animationDuration } from './motion';
import { applyOverlay } from './overlays';
import { CANVAS_LOOKS, type ColourScheme } from './palette';
import { graphStylesheet } from './stylesheet';
import type { GraphOverlay } from './useGraphOverlay';
import { centreOn, fitVisible, initialView, isInView, revealShown, ZOOM_STEP, zoomBy } from './viewport';

export interface GraphCommands {
  fit(): void;
  reset(): void;
  rearrange(): void;
  exportPng(): Promise<Blob>;
  exportSvg(): Promise<Blob>;
}

export interface GraphViewProps {
  dataset: CoreDataset;
  visible: Visible;
  selectedId: string | null;
  /** Emphasised (e.g. search matches), not filtered. */
  highlightIds?: ReadonlySet<string>;
  language: Language;
  labels: GraphLabels;
  onSelect(id: string | null): void;
  commands?: Ref<GraphCommands>;
  /** Role focus, supplier threats and layer marks, with their legend. */
  overlay?: GraphOverlay;
  /** Called once the graph has been drawn for the first time (again for a new data set). */
  onFirstDraw?(): void;
}

const NO_OVERLAY: GraphOverlay = { classes: new Map(), legend: { title: '', entries: [] } };

/** The props a Cytoscape instance currently reflects. */
interface Applied {
  visible: Visible;
  selectedId: string | null;
  highlightIds: ReadonlySet<string> | undefined;
  language: Language;
  labels: GraphLabels;
  scheme: ColourScheme;
  /** The language the stylesheet's fonts were chosen for. */
  fontsFor: Language;
}

/** Above this many nodes and edges, drawing shortcuts keep the page responsive (docs/graph.md, "Large graphs"). */
const LARGE_GRAPH = 4000;

const isLarge = (dataset: CoreDataset) => dataset.nodes.length + dataset.edges.length > LARGE_GRAPH;

/**
 * The graph canvas. It alone owns the Cytoscape instance: created once per data set, destroyed on
 * unmount; every later change is applied by id through classes. Filters never move nodes; only
 * "re-arrange" and "reset" do.
 */
export function GraphView({
  dataset,
  visible,
  selectedId,
  highlightIds,
  language,
  labels,
  onSelect,
  commands,
  overlay = NO_OVERLAY,
  onFirstDraw,
}: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const focusedRef = useRef<string | null>(null);
  const hoveredRef = useRef<string | null>(null);
  const [ready, setReady] = useState(false);
  /** Bumped when Cytoscape has finished loading, so the instance can then be made. */
  const [engineLoads, setEngineLoads] = useState(0);
  const [visibleCount, setVisibleCount] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const helpId = useId();
  const scheme = useColourScheme();
  /** The layout of the whole data set, worked out on first use: outside React's render, which cannot split it. */
  const fullLayout = useMemo(() => {
    let layout: GraphLayout | undefined;
    return () => (layout ??= computeLayout(dataset));
  }, [dataset]);
  const nodesById = useMemo(() => new Map(dataset.nodes.map((node) => [node.id, node])), [dataset]);

  const select = useEffectEvent((id: string | null) => onSelect(id));
  const reportFirstDraw = useEffectEvent(() => onFirstDraw?.());
  const currentProps = useEffectEvent((): Applied => ({
    visible,
    selectedId,
    highlightIds,
    language,
    labels,
    scheme,
    fontsFor: language,
  }));

  /** What the instance shows now, so effects skip work the creation already did. */
  const applied = useRef<Applied | null>(null);
  const largeRef = useRef(false);
  /** Large graphs: the edges, drawn only around the emphasised node. */
  const edgesRef = useRef<EdgesOnDemand | null>(null);
  /** Whether elements are still being added (large graphs). */
  const buildingRef = useRef(false);
  /** The overlay classes the instance shows. */
  const overlayApplied = useRef<GraphOverlay['classes'] | undefined>(undefined);
  /** The hovered node wins over the keyboard-focused one, which wins over the selected one. */
  const emphasise = (cy: Core) => {
    const id = hoveredRef.current ?? focusedRef.current ?? applied.current?.selectedId ?? null;
    if (edgesRef.current && applied.current && !buildingRef.current)
      showEdgesAround(cy, edgesRef.current, id, applied.current.visible);
    highlightNeighbourhood(cy, id, !largeRef.current);
  };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const large = isLarge(dataset);
    const create = (): (() => void) | undefined => {
      const initial = currentProps();
      const elements = buildElements(
        dataset,
        fullLayout(),
        initial.language,
        initial.labels,
        initial.visible,
      );
      largeRef.current = large;
      const { drawn, edges } = large ? splitEdges(elements) : { drawn: elements, edges: null };
      edgesRef.current = edges;
      const cy = createCytoscape(
        {
          container,
          elements: large ? [] : drawn,
          style: graphStylesheet(large, initial.scheme, initial.fontsFor),
          layout: { name: 'preset', fit: false },
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
          setVisibleCount(applyVisibility(cy, current.visible));
          emphasise(cy);
          // The overlay reached only the part added first.
          if (overlayApplied.current) applyOverlay(cy, overlayApplied.current, undefined);
        }
        cy.one('render', () => setReady(true));
      });

      setVisibleCount(visibleItems(cy).length);
      applyClassTo(cy, 'selected', initial.selectedId ? [initial.selectedId] : []);
      applyClassTo(cy, 'match', initial.highlightIds ?? []);
      emphasise(cy);
      initialView(cy, initial.selectedId);

      cy.on('tap', 'node.item', (event) => select(event.target.id() as string));
      cy.on('tap', (event) => {
        if (event.target === cy) select(null);
      });
      cy.on('mouseover', 'node.item', (event) => {
        hoveredRef.current = event.target.id() as string;
        emphasise(cy);
      });
      cy.on('mouseout', 'node.item', () => {
        hoveredRef.current = null;
        emphasise(cy);
      });
      // The zoom level, readable from outside the canvas (e.g. to check that reduced motion zooms at once).
      cy.on('zoom', () => {
        container.dataset.zoom = cy.zoom().toFixed(4);
      });
      return () => {
        stopAdding();
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
    // A large catalogue gets its layout, then its canvas, each in a task of its own once the page around it has
    // been laid out and painted (in an animation frame callback, the canvas would force that layout into its own
    // task), so neither adds to the other's.
    let destroy: (() => void) | undefined;
    let cancelCreate = () => {};
    const cancelLayout = afterNextPaint(() => {
      fullLayout();
      cancelCreate = afterNextPaint(() => {
        destroy = create();
      });
    });
    return () => {
      cancelLayout();
      cancelCreate();
      destroy?.();
    };
  }, [dataset, fullLayout, engineLoads]);

  // After the page says the graph is drawn, so whatever this starts comes after the first view.
  useEffect(() => {
    if (ready) reportFirstDraw();
  }, [ready]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !applied.current || applied.current.visible === visible) return;
    // While a large graph is still being built up, the last step applies the filters to all of it.
    const before = buildingRef.current ? undefined : applied.current.visible;
    applied.current = { ...applied.current, visible };
    setVisibleCount(applyVisibility(cy, visible, before));
    if (focusedRef.current && !visible.nodes.has(focusedRef.current)) {
      focusedRef.current = null;
      applyClassTo(cy, 'focused', []);
    }
    emphasise(cy);
    if (buildingRef.current) return;
    const { selectedId } = applied.current;
    // A selection the change brings back (as the details panel's "clear this filter" does) comes into view.
    if (selectedId && visible.nodes.has(selectedId) && before && !before.nodes.has(selectedId)) {
      if (!isInView(cy, selectedId)) centreOn(cy, selectedId, animationDuration());
    } else revealShown(cy, selectedId);
  }, [visible]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !applied.current || applied.current.selectedId === selectedId) return;
    applied.current = { ...applied.current, selectedId };
    applyClassTo(cy, 'selected', selectedId ? [selectedId] : []);
    emphasise(cy);
    if (selectedId) centreOn(cy, selectedId, animationDuration());
  }, [selectedId]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !applied.current || applied.current.highlightIds === highlightIds) return;
    applied.current = { ...applied.current, highlightIds };
    applyClassTo(cy, 'match', highlightIds ?? []);
  }, [highlightIds]);

  useEffect(() => {
    const cy = cyRef.current;
    const current = applied.current;
    if (!cy || !current || (current.scheme === scheme && current.fontsFor === language)) return;
    applied.current = { ...current, scheme, fontsFor: language };
    cy.style(graphStylesheet(largeRef.current, scheme, language));
  }, [scheme, language]);

  useEffect(() => {
    const cy = cyRef.current;
    const current = applied.current;
    if (!cy || !current || (current.language === language && current.labels === labels)) return;
    applied.current = { ...current, language, labels };
    applyLabels(cy, dataset, language, labels);
  }, [dataset, language, labels]);

  // Applied once the instance exists, and again on every change: only marked nodes are touched.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || overlayApplied.current === overlay.classes) return;
    applyOverlay(cy, overlay.classes, overlayApplied.current);
    overlayApplied.current = overlay.classes;
  }, [overlay.classes, engineLoads, dataset]);

  const picture = useCallback(
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
              picture: graphStylesheet(largeRef.current, 'light', shown.fontsFor),
              screen: graphStylesheet(largeRef.current, shown.scheme, shown.fontsFor),
            }
          : undefined;
      return exportImage(
        cy,
        format,
        {
          legend: pictureLegend(labels, overlay.legend),
          sources: sourceLinesOf(dataset),
          url: window.location.href,
        },
        looks,
      );
    },
    [dataset, labels, overlay.legend],
  );

  const api = useMemo(
    (): GraphCommands => ({
      fit() {
        const cy = cyRef.current;
        if (cy) fitVisible(cy, animationDuration());
      },
      reset() {
        const cy = cyRef.current;
        if (!cy) return;
        const duration = animationDuration();
        void applyLayout(cy, dataset, fullLayout(), duration).then(() => fitVisible(cy, duration));
      },
      rearrange() {
        const cy = cyRef.current;
        const shown = applied.current?.visible;
        if (!cy || !shown) return;
        const duration = animationDuration(500);
        void applyLayout(cy, dataset, layoutOfShown(dataset, shown), duration).then(() =>
          fitVisible(cy, duration),
        );
      },
      exportPng: () => picture('png'),
      exportSvg: () => picture('svg'),
    }),
    [dataset, fullLayout, picture],
  );
  useImperativeHandle(commands, () => api, [api]);

  // The same element while the strings and marks stay: a filter change then leaves the legend's swatches alone.
  const legend = useMemo(
    () => (
      <GraphLegend labels={labels}>
        <AnnotationLegend {...overlay.legend} />
      </GraphLegend>
    ),
    [labels, overlay.legend],
  );

  const zoomIn = () => cyRef.current && zoomBy(cyRef.current, ZOOM_STEP);
  const zoomOut = () => cyRef.current && zoomBy(cyRef.current, 1 / ZOOM_STEP);

  function focusNode(cy: Core, id: string | null) {
    focusedRef.current = id;
    applyClassTo(cy, 'focused', id ? [id] : []);
    emphasise(cy);
    if (!id) return;
    if (!isInView(cy, id)) centreOn(cy, id, animationDuration(200));
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
            selectedId && visible.nodes.has(selectedId) ? selectedId : (inReadingOrder()[0] ?? null);
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
        zoomBy(cy, ZOOM_STEP);
        return;
      case 'zoom-out':
        zoomBy(cy, 1 / ZOOM_STEP);
        return;
      case 'fit':
        fitVisible(cy, animationDuration());
        return;
    }
  }

  function onBlur() {
    const cy = cyRef.current;
    if (cy && focusedRef.current) focusNode(cy, null);
  }

  return (
    <div className="graph-view">
      <GraphToolbar
        labels={labels}
        onZoomIn={zoomIn}
        onZoomOut={zoomOut}
        onFit={api.fit}
        onReset={api.reset}
        onRearrange={api.rearrange}
      />
      <div className="graph-stage">
        <div className="graph-canvas-frame">
          <div
            ref={containerRef}
            className="graph-canvas"
            role="application"
            aria-label={labels.canvas}
            aria-describedby={helpId}
            tabIndex={0}
            onKeyDown={onKeyDown}
            onBlur={onBlur}
            data-graph-ready={ready ? 'true' : 'false'}
            data-visible-count={visibleCount}
            style={{ background: CANVAS_LOOKS[scheme].background }}
          />
        </div>
        {legend}
      </div>
      <p id={helpId} className="graph-sr-only">
        {labels.keyboardHelp}
      </p>
      <p className="graph-sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
