import type { GraphIndex } from './graphIndex';
import { computeLayout } from './layout/computeLayout';
import { fingerprint, layoutFromJson, type LayoutJson } from './layout/layoutJson';
import type { GraphLayout } from './layout/types';
import { type EdgeIds, edgesAmong, type VisibleSubgraph } from './visibility';

/**
 * Whether the general controls (section 1, which apply to every threat) are listed in full or folded into their
 * group boxes with a count: `auto` folds them while the view is narrowed to an answer, so they do not crowd it out
 * (unless the picture keeps one layout: `isFolded`).
 */
export const GENERAL_FOLDS = ['auto', 'open', 'folded'] as const;
export type GeneralFold = (typeof GENERAL_FOLDS)[number];

/** What the graph draws for a view: the shown nodes, closed up into a picture of their own. */
export interface GraphPicture {
  /** Nodes drawn: the shown ones, but the members of folded groups. */
  drawn: ReadonlySet<string>;
  /** Edge ids between drawn nodes. */
  edges: EdgeIds;
  /** Folded group → how many of its shown controls it stands for. */
  folded: ReadonlyMap<string, number>;
  /** Where each drawn node goes. */
  layout: GraphLayout;
  /** Whether hidden nodes gave up their place (false for very large graphs, which keep the whole layout). */
  closedUp: boolean;
}

export interface PictureOptions {
  fold: GeneralFold;
  /** Whether a filter or the scope narrows the view to an answer. */
  narrowed: boolean;
  /**
   * Very large graphs keep the layout of the whole data set: laying out thousands of nodes again and moving them on
   * every filter change would freeze the page. They get this layout, worked out once.
   */
  fixedLayout?: () => GraphLayout;
}

const GENERAL_SECTION = 'general-controls';

/** What the filters show: the part of `visibleSubgraph` a picture is made from. */
type Shown = Pick<VisibleSubgraph, 'nodes' | 'edges'>;

/** The general control groups that hold controls directly: the boxes a fold closes. */
function foldableGroups(index: GraphIndex, visible: Shown): string[] {
  return index.nodes
    .filter(
      (node) =>
        node.kind === 'control-group' &&
        node.section === GENERAL_SECTION &&
        visible.nodes.has(node.id) &&
        index.children(node.id).some((id) => index.node(id)?.kind === 'control' && visible.nodes.has(id)),
    )
    .map((node) => node.id);
}

/**
 * Whether the general controls are folded: asked for, or under `auto` while the view is narrowed. A picture that
 * keeps one layout (a very large catalogue) leaves them open under `auto`: folding would give the answer no room
 * there, only leave their boxes standing empty where the view opens, and restyle hundreds of chips each way.
 */
export function isFolded(fold: GeneralFold, narrowed: boolean, keepsLayout = false): boolean {
  return fold === 'folded' || (fold === 'auto' && narrowed && !keepsLayout);
}

/**
 * The picture of a view: what is shown, less what folded groups stand for, laid out afresh so hidden nodes give
 * up their space while sections and groups keep their order.
 */
export function graphPicture(index: GraphIndex, visible: Shown, options: PictureOptions): GraphPicture {
  const folded = new Map<string, number>();
  const drawn = new Set(visible.nodes);
  if (isFolded(options.fold, options.narrowed, options.fixedLayout !== undefined)) {
    for (const group of foldableGroups(index, visible)) {
      const members = index.descendants(group).filter((id) => visible.nodes.has(id));
      for (const id of members) drawn.delete(id);
      folded.set(group, members.filter((id) => index.node(id)?.kind === 'control').length);
    }
  }
  const edges = drawn.size === visible.nodes.size ? visible.edges : edgesAmong(index, drawn);
  if (options.fixedLayout) return { drawn, edges, folded, layout: options.fixedLayout(), closedUp: false };
  return { drawn, edges, folded, layout: layoutOf(index, drawn, edges), closedUp: true };
}

/** How many of the latest layouts each data set keeps: enough for a few filters turned on and off again. */
const KEPT_LAYOUTS = 8;

/** Each data set's latest layouts, by the nodes and edges they place, the least recently used first. */
const keptLayouts = new WeakMap<GraphIndex, Map<string, GraphLayout>>();

/** A layout the build made ahead for each data set (the first view's), until a view asks for it. */
const madeAhead = new WeakMap<GraphIndex, LayoutJson>();

/**
 * Offers the layout the build made for a view of this data set (its first view): the view that places exactly what
 * it was made for gets it instead of laying out anew, which took 20–50 ms of a visit's start on the shipped data.
 */
export function offerLayout(index: GraphIndex, layout: LayoutJson): void {
  madeAhead.set(index, layout);
}

/** What a picture's layout depends on: its nodes and edges in data order, and a key naming them. */
function layoutInput(index: GraphIndex, drawn: ReadonlySet<string>, edges: EdgeIds) {
  const nodes = index.nodes.filter((node) => drawn.has(node.id));
  const links = index.edges.filter((edge) => edges.has(edge.id));
  const key = `${nodes.map((node) => node.id).join(' ')}|${links.map((edge) => edge.id).join(' ')}`;
  return { nodes, links, key };
}

/** The key of what a picture's layout places: the build writes it out with the layout (layoutJson.ts). */
export function layoutKey(index: GraphIndex, picture: Pick<GraphPicture, 'drawn' | 'edges'>): string {
  return layoutInput(index, picture.drawn, picture.edges).key;
}

/**
 * The layout the build made for the `nodeCount` nodes `key` names, if it was offered and is that one. A layout places
 * every node it is given, so a view of another size is told apart without hashing its key: one that starts
 * narrowed by a filter, and never shows the first view, does not pay for it on every change.
 */
function layoutMadeAhead(index: GraphIndex, nodeCount: number, key: string): GraphLayout | undefined {
  const offered = madeAhead.get(index);
  if (!offered || offered.nodes.length !== nodeCount || offered.fingerprint !== fingerprint(key))
    return undefined;
  madeAhead.delete(index);
  return layoutFromJson(offered);
}

/**
 * The layout of the drawn nodes and edges. A view seen a moment ago (a filter turned off again, the way back to
 * everything) gets the layout it had: laying out anew is most of the work of a filter change.
 */
function layoutOf(index: GraphIndex, drawn: ReadonlySet<string>, edges: EdgeIds): GraphLayout {
  const { nodes, links, key } = layoutInput(index, drawn, edges);
  let kept = keptLayouts.get(index);
  if (!kept) keptLayouts.set(index, (kept = new Map()));
  const layout =
    kept.get(key) ?? layoutMadeAhead(index, nodes.length, key) ?? computeLayout({ nodes, edges: links });
  kept.delete(key);
  kept.set(key, layout);
  if (kept.size > KEPT_LAYOUTS) kept.delete(kept.keys().next().value!);
  return layout;
}

type Bounds = { x1: number; y1: number; x2: number; y2: number };

/** Each picture's bounds, worked out once: the canvas and the picture that stands in for it both ask. */
const boundsOf = new WeakMap<GraphPicture, Readonly<Bounds> | null>();

/** The rectangle a picture covers (corners), or null when it draws nothing. */
export function pictureBounds(picture: GraphPicture): Readonly<Bounds> | null {
  if (boundsOf.has(picture)) return boundsOf.get(picture)!;
  const bounds: Bounds = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const add = (box: { x: number; y: number; width: number; height: number } | undefined) => {
    if (!box) return;
    bounds.x1 = Math.min(bounds.x1, box.x - box.width / 2);
    bounds.y1 = Math.min(bounds.y1, box.y - box.height / 2);
    bounds.x2 = Math.max(bounds.x2, box.x + box.width / 2);
    bounds.y2 = Math.max(bounds.y2, box.y + box.height / 2);
  };
  if (picture.closedUp) picture.layout.bands.forEach(add);
  else for (const id of picture.drawn) add(picture.layout.nodes.get(id));
  const found = Number.isFinite(bounds.x1) ? bounds : null;
  boundsOf.set(picture, found);
  return found;
}
