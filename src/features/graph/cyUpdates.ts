import type {
  Collection,
  CollectionArgument,
  Core,
  ElementDefinition,
  NodeCollection,
  NodeSingular,
  SingularElementArgument,
} from 'cytoscape';

import type { GraphPicture } from '../../model/graphPicture';
import type { Box } from '../../model/layout/types';
import type { CoreDataset } from '../../model/schema';
import type { Language, NodeKind, Section } from '../../model/vocabulary';

import { isFar, nodeLabel, nodeSizeData, sectionLabel, sizeData } from './elements';
import type { GraphLabels } from './GraphLabels';

/**
 * A very large graph is built up in steps of this many elements (small, as a frame ends only between steps, and the
 * first steps, in code not yet optimised, took up to 100 ms for 100 elements)…
 */
const ADD_STEP = 25;
/**
 * …in frames of about this long, adding and drawing together. Cytoscape draws each frame in the same task, and its
 * drawing grows with what the canvas holds (30 to 50 ms a frame at 5,000 nodes on a slow 2-core machine), so each
 * step adds for what the last frame's drawing left of it. A fixed 16 ms of adding made a 5,000-node catalogue take
 * some 70 frames, most of them drawing: 5.5 s to the first graph, against 3.3 s with 50 ms of adding.
 */
const BUILD_FRAME_MS = 100;
/** The least a step adds, however long the drawing, so the build-up always moves on. */
const MIN_ADD_MS = 16;
/**
 * …and at most this many of them in view. Only what is in view is drawn, and drawing an element the first time (its
 * label measured, its texture made) costs far more than drawing it again: a step of 250 elements that brought most
 * of the view's chips was followed by a frame of 265 ms, whatever the frames before had taken. Cold loads of 5,000
 * nodes, longest task after first paint, median of 6: 223 ms without this, 164 ms with 40, 149 ms with 20.
 */
export const IN_VIEW_STEP = 20;

/**
 * Changes GraphView applies to its own Cytoscape instance: always by id, inside one batch,
 * through classes the stylesheet styles. Only GraphView calls these.
 */

/** What a filter change looks up on the canvas, gathered once per instance. */
interface CanvasElements {
  byId: Map<string, SingularElementArgument>;
  /** The section of each data node. */
  sectionOf: Map<string, string>;
  /** The frame of each group, by the group's id. */
  frameOf: Map<string, SingularElementArgument>;
  /** Section bands and their labels. */
  regions: SingularElementArgument[];
  /** The edges on the canvas: all of them, or for a large graph the few around the emphasised node. */
  edges: SingularElementArgument[];
}

const gathered = new WeakMap<Core, CanvasElements>();
const watched = new WeakSet<Core>();

/**
 * The instance's elements, kept until one is added or removed. A lookup through cy.getElementById() makes a
 * collection each time, and a selector scans every element: with thousands of elements either cost more than the
 * class changes of a filter change themselves.
 */
function canvasElements(cy: Core): CanvasElements {
  const known = gathered.get(cy);
  if (known) return known;
  if (!watched.has(cy)) {
    watched.add(cy);
    cy.on('add remove', () => void gathered.delete(cy));
  }
  const elements: CanvasElements = {
    byId: new Map(),
    sectionOf: new Map(),
    frameOf: new Map(),
    regions: [],
    edges: [],
  };
  cy.elements().forEach((element) => {
    elements.byId.set(element.id(), element);
    if (element.group() === 'edges') elements.edges.push(element);
    else if (element.hasClass('item'))
      elements.sectionOf.set(element.id(), element.data('section') as string);
    else if (element.hasClass('frame')) elements.frameOf.set(element.data('group') as string, element);
    else if (element.hasClass('band') || element.hasClass('band-label')) elements.regions.push(element);
  });
  gathered.set(cy, elements);
  return elements;
}

/** `cy.collection()` takes an array of elements (so Cytoscape's documentation says); its typings list only JSON. */
const collectionOf = (cy: Core, elements: SingularElementArgument[]): Collection =>
  cy.collection(elements as unknown as CollectionArgument);

export function visibleItems(cy: Core): NodeCollection {
  return cy.nodes('.item').not('.hidden');
}

export function applyClassTo(
  cy: Core,
  className: string,
  ids: ReadonlySet<string> | readonly string[],
): void {
  cy.batch(() => {
    cy.elements(`.${className}`).removeClass(className);
    for (const id of ids) cy.getElementById(id).addClass(className);
  });
}

/**
 * A node, its edges and neighbours, plus the groups it belongs to (at any depth) and what
 * mitigates or maps to those groups: a control against a group counts for its members too.
 */
export function neighbourhood(cy: Core, id: string): Collection {
  const node = cy.getElementById(id);
  let hood = node.closedNeighborhood();
  let groups = node.outgoers('edge.part-of').targets();
  const seen = new Set<string>([id]);
  while (groups.nonempty()) {
    const fresh = groups.filter((group) => !seen.has(group.id()));
    fresh.forEach((group) => void seen.add(group.id()));
    const against = fresh.incomers('edge.mitigates, edge.maps-to');
    hood = hood.union(fresh).union(fresh.outgoers('edge.part-of')).union(against).union(against.sources());
    groups = fresh.outgoers('edge.part-of').targets();
  }
  return hood.not('.hidden');
}

/**
 * Emphasises a node's neighbourhood and dims the rest (`dim: false` skips dimming, which
 * touches every element, on very large graphs). `null` clears.
 */
export function highlightNeighbourhood(cy: Core, id: string | null, dim = true): void {
  const before = emphasised.get(cy);
  const node = id === null ? null : cy.getElementById(id);
  const shown = node !== null && node.nonempty() && !node.hasClass('hidden');
  if (!before && !shown) return;
  cy.batch(() => {
    emphasised.delete(cy);
    const hood = shown ? neighbourhood(cy, node.id()) : cy.collection();
    const dimmed = shown && dim ? cy.elements('.item, .link').not('.hidden').not(hood) : cy.collection();
    // Only this function sets these classes, so what it set last time is all there is to clear (no scan of every
    // element); and only what changes is touched, as Cytoscape restyles every element a class is added to or
    // removed from, had it the class or not: moving the pointer from one node to the next restyles the difference.
    moveClass('dimmed', before?.dimmed, dimmed);
    moveClass('hood', before?.hood, hood);
    if (shown) emphasised.set(cy, { dimmed, hood });
  });
}

/**
 * Puts a class on or takes it off an element only when that changes something: Cytoscape's `toggleClass(name, on)`
 * restyles the element either way.
 */
function setClass(element: SingularElementArgument, className: string, on: boolean): void {
  if (element.hasClass(className) !== on) element.toggleClass(className, on);
}

/** Takes `className` off what had it and is not in `next`, and puts it on what is in `next` and lacks it. */
function moveClass(className: string, had: Collection | undefined, next: Collection): void {
  had?.not(next).removeClass(className);
  next.filter((element) => !element.hasClass(className)).addClass(className);
}

/** The elements `highlightNeighbourhood` dimmed and emphasised last, per instance. */
const emphasised = new WeakMap<Core, { dimmed: Collection; hood: Collection }>();

export function applyLabels(
  cy: Core,
  dataset: CoreDataset,
  language: Language,
  labels: GraphLabels,
  folded: GraphPicture['folded'],
): void {
  cy.batch(() => {
    for (const node of dataset.nodes) {
      const element = cy.getElementById(node.id);
      // A group's heading is as wide as its frame (`w`); other nodes have their kind's width.
      const width = element.data('w') as number | undefined;
      element.data('label', nodeLabel(node, language, labels, width, folded.get(node.id)));
    }
    cy.nodes('.band-label').forEach((band) => {
      const name = labels.sections[band.data('section') as Section];
      band.data('label', sectionLabel(name, language, band.data('labelWidth') as number));
    });
  });
}

/**
 * Sets the data that differ. Cytoscape restyles an element on every `data()` call, even with nothing new (an empty
 * object included): on a filter change that would restyle and re-measure the label of every node on the canvas.
 */
function setChangedData(element: SingularElementArgument, data: Record<string, number>): void {
  const changed = Object.entries(data).filter(([key, value]) => element.data(key) !== value);
  if (changed.length > 0) element.data(Object.fromEntries(changed));
}

/** How an element of the canvas stands in a picture: shown or not, and where. */
interface Placement {
  shown: boolean;
  box?: Box;
}

function placementOf(element: SingularElementArgument, picture: GraphPicture): Placement {
  const { layout, drawn } = picture;
  if (element.hasClass('item')) {
    const id = element.id();
    return { shown: drawn.has(id), box: layout.nodes.get(id) };
  }
  if (element.hasClass('frame')) {
    const group = element.data('group') as string;
    const box = layout.frames.get(group);
    return { shown: drawn.has(group) && box !== undefined, box };
  }
  const section = element.data('section') as Section;
  if (element.hasClass('band')) {
    const box = layout.bands.get(section);
    return { shown: box !== undefined, box };
  }
  const label = layout.bandLabels.get(section);
  return {
    shown: label !== undefined,
    box: label && { x: label.x, y: label.y, width: label.width, height: 0 },
  };
}

/** The names of nodes and sections for the sizes a new picture gives them. */
export interface Relabel {
  node(id: string, folded: number | undefined, width: number): string | undefined;
  section(section: Section, width: number): string;
}

/**
 * Gives a shown element its size, label and fold in `picture`, and its place `box`: at once (`moveNow`), else returns
 * the place it should move to, if it is not there.
 */
function fitToPicture(
  element: NodeSingular,
  box: Box | undefined,
  picture: GraphPicture,
  kind: NodeKind | undefined,
  relabel: Relabel,
  moveNow: boolean,
): { x: number; y: number } | undefined {
  if (!box) return undefined;
  if (kind) setChangedData(element, nodeSizeData(kind, box));
  else if (!element.hasClass('band-label')) setChangedData(element, sizeData(box));
  else if (element.data('labelWidth') !== box.width) {
    element.data({
      labelWidth: box.width,
      label: relabel.section(element.data('section') as Section, box.width),
    });
  }
  if (element.hasClass('item')) {
    const folded = picture.folded.get(element.id());
    setClass(element, 'folded', folded !== undefined);
    const label = relabel.node(element.id(), folded, box.width);
    if (label !== undefined && label !== element.data('label')) element.data('label', label);
  }
  const position = element.position();
  if (position.x === box.x && position.y === box.y) return undefined;
  if (moveNow) {
    element.position({ x: box.x, y: box.y });
    return undefined;
  }
  return { x: box.x, y: box.y };
}

const kindTables = new WeakMap<CoreDataset, ReadonlyMap<string, NodeKind>>();

/** The kind of each data node, by id, made once per data set (every picture change looks them up). */
function kindsOf(dataset: CoreDataset): ReadonlyMap<string, NodeKind> {
  let known = kindTables.get(dataset);
  if (!known) {
    known = new Map(dataset.nodes.map((node) => [node.id, node.kind]));
    kindTables.set(dataset, known);
  }
  return known;
}

/**
 * The first step of a new picture, for the frame of the change itself: what the picture leaves out is hidden, and
 * what it adds appears at its new place and size; what stays keeps its place until `applyPicture` moves it (after
 * that frame has been painted). It costs what hiding and showing cost, so the answer is on screen at once whatever
 * the closing up costs. Returns how many data nodes are shown.
 */
export function showAndHide(
  cy: Core,
  dataset: CoreDataset,
  picture: GraphPicture,
  before: GraphPicture,
  relabel: Relabel,
): number {
  const change = visibilityChange(cy, picture, before);
  const kindOf = kindsOf(dataset);
  cy.batch(() => {
    for (const element of change.toShow) {
      if (!element.isNode()) continue;
      const { box } = placementOf(element, picture);
      fitToPicture(element as NodeSingular, box, picture, kindOf.get(element.id()), relabel, true);
    }
    collectionOf(cy, change.toShow).removeClass('hidden');
    collectionOf(cy, change.toHide).addClass('hidden');
  });
  return change.shown;
}

/**
 * Makes the canvas show `picture`: shows and hides by class, resizes group headings, frames and regions, relabels
 * folded groups, and moves what stays to its new place (animated over `duration` ms; what appears is put down in
 * place at once).
 */
export function applyPicture(
  cy: Core,
  dataset: CoreDataset,
  picture: GraphPicture,
  relabel: Relabel,
  duration: number,
): void {
  const toShow: SingularElementArgument[] = [];
  const toHide: SingularElementArgument[] = [];
  const moves = new Map<string, { x: number; y: number }>();
  const kindOf = kindsOf(dataset);
  cy.batch(() => {
    cy.nodes().forEach((element) => {
      const { shown, box } = placementOf(element, picture);
      const wasShown = !element.hasClass('hidden');
      if (shown !== wasShown) (shown ? toShow : toHide).push(element);
      if (!shown) return;
      const move = fitToPicture(
        element,
        box,
        picture,
        kindOf.get(element.id()),
        relabel,
        !wasShown || duration <= 0,
      );
      if (move) moves.set(element.id(), move);
    });
    cy.edges().forEach((edge) => {
      const shown = picture.edges.has(edge.id());
      if (shown === edge.hasClass('hidden')) (shown ? toShow : toHide).push(edge);
      const source = picture.layout.nodes.get(edge.source().id());
      const target = picture.layout.nodes.get(edge.target().id());
      if (source && target) setClass(edge, 'far', isFar(source, target));
      if (edge.hasClass('part-of'))
        setClass(edge, 'contained', picture.layout.parents.get(edge.source().id()) === edge.target().id());
    });
    collectionOf(cy, toShow).removeClass('hidden');
    collectionOf(cy, toHide).addClass('hidden');
  });
  if (moves.size === 0) return;
  cy.nodes()
    .filter((node) => moves.has(node.id()))
    .layout({
      name: 'preset',
      positions: Object.fromEntries(moves),
      animate: true,
      animationDuration: duration,
      fit: false,
    })
    .run();
}

/** What to show and hide for `picture`: by its drawn set, touching only the difference from `before` if given. */
function visibilityChange(
  cy: Core,
  picture: GraphPicture,
  before?: GraphPicture,
): { toShow: SingularElementArgument[]; toHide: SingularElementArgument[]; shown: number } {
  const { byId, sectionOf, frameOf, regions, edges } = canvasElements(cy);
  const sections = new Set<string>();
  let shown = 0;
  for (const id of picture.drawn) {
    const section = sectionOf.get(id);
    if (section === undefined) continue;
    shown++;
    sections.add(section);
  }
  const regionShown = (region: SingularElementArgument) => sections.has(region.data('section') as string);
  const toShow: SingularElementArgument[] = [];
  const toHide: SingularElementArgument[] = [];
  const collect = (ids: Iterable<string>, unless: ReadonlySet<string>, into: SingularElementArgument[]) => {
    for (const id of ids) {
      if (unless.has(id)) continue;
      const element = byId.get(id);
      if (element) into.push(element);
      // A group's frame shows with the group.
      const frame = frameOf.get(id);
      if (frame) into.push(frame);
    }
  };
  collect(picture.drawn, before?.drawn ?? new Set(), toShow);
  // The edges the canvas holds, rather than the picture's thousands of which a large graph holds a few.
  for (const edge of edges) {
    const id = edge.id();
    if (picture.edges.has(id)) toShow.push(edge);
    else toHide.push(edge);
  }
  if (before) {
    collect(before.drawn, picture.drawn, toHide);
  } else {
    for (const [id, element] of byId) {
      if (element.isEdge()) continue;
      if (sectionOf.has(id)) {
        if (!picture.drawn.has(id)) toHide.push(element);
      } else if (element.hasClass('frame') && !picture.drawn.has(element.data('group') as string)) {
        toHide.push(element);
      }
    }
  }
  for (const region of regions) {
    if (regionShown(region) === region.hasClass('hidden'))
      (regionShown(region) ? toShow : toHide).push(region);
  }
  // Only what changes: Cytoscape restyles every element a class is removed from or added to, whether or not it had
  // it (without `before`, all 5,500 elements of a 5,000-node catalogue: a 170 ms task once it was built).
  return {
    toShow: toShow.filter((element) => element.hasClass('hidden')),
    toHide: toHide.filter((element) => !element.hasClass('hidden')),
    shown,
  };
}

/**
 * Shows and hides by the picture's drawn set only, touching the difference from `before` (the picture of a very
 * large graph, whose nodes keep their places). Returns how many data nodes are shown.
 */
export function applyVisibility(cy: Core, picture: GraphPicture, before?: GraphPicture): number {
  const { toShow, toHide, shown } = visibilityChange(cy, picture, before);
  cy.batch(() => {
    // One class change per collection rather than per element; inside a batch, styles are worked out once at
    // its end.
    collectionOf(cy, toShow).removeClass('hidden');
    collectionOf(cy, toHide).addClass('hidden');
  });
  return shown;
}

/**
 * Whether an element not yet on the canvas is placed in the view, by its definition's place (a node's centre; one
 * without a place counts as in it). viewport.ts `isInView` asks the same of an element drawn already.
 */
function placedInView(
  element: ElementDefinition,
  view: { x1: number; x2: number; y1: number; y2: number },
): boolean {
  const at = element.position;
  return !at || (at.x >= view.x1 && at.x <= view.x2 && at.y >= view.y1 && at.y <= view.y2);
}

/**
 * Adds elements a part at a time over the following frames, each frame about BUILD_FRAME_MS long; then calls
 * `done`. Returns a function that stops early.
 */
export function addInChunks(cy: Core, elements: ElementDefinition[], done: () => void): () => void {
  let frame = 0;
  let index = 0;
  /**
   * What the frame spends besides adding; until a frame has been measured, as if it left the least. The first
   * steps run code not yet optimised: given half a frame, the first one took 136 ms of adding.
   */
  let drawing = BUILD_FRAME_MS - MIN_ADD_MS;
  let last: { start: number; adding: number } | null = null;
  const step = () => {
    const start = performance.now();
    if (last) drawing = Math.max(0, start - last.start - last.adding);
    const budget = Math.max(MIN_ADD_MS, BUILD_FRAME_MS - drawing);
    const view = cy.extent();
    let inView = 0;
    do {
      let end = index;
      while (end < elements.length && end - index < ADD_STEP && inView < IN_VIEW_STEP) {
        if (placedInView(elements[end]!, view)) inView += 1;
        end += 1;
      }
      const added = cy.add(elements.slice(index, end));
      // Styles and sizes are worked out now, part by part, rather than all at once for the first drawing.
      added.boundingBox();
      index = end;
    } while (index < elements.length && inView < IN_VIEW_STEP && performance.now() - start < budget);
    last = { start, adding: performance.now() - start };
    if (index < elements.length) frame = requestAnimationFrame(step);
    else done();
  };
  // The first part too waits for the next frame: the task that created the instance has done enough.
  if (elements.length === 0) done();
  else frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}
