import { countByKind, countsAsThreat } from '../counts';
import type { GraphIndex } from '../graphIndex';
import { controlsForThreat } from '../layers/controlsForThreat';
import { isControl, isThreat, isTop10 } from '../nodeKinds';
import type { VisibleSubgraph } from '../visibility';

import type { FrameworkIndex } from './frameworkIndex';
import type { FrameworkLens } from './lensParam';
import type { Framework, FrameworkItem, FrameworkLink } from './schema';

/** What a framework lens reaches in the navigator. */
export interface LensReach {
  /** Nodes the framework's links name, in reading order. */
  named: readonly string[];
  /** Threats the lens covers: those it names, and those the controls it names mitigate. */
  covered: ReadonlySet<string>;
  /**
   * What the views keep: the named nodes, the nodes on their `via` paths, the covered threats, the controls against
   * the named threats, the groups all these are part of and the Top 10 items that map to a covered threat.
   */
  kept: ReadonlySet<string>;
}

/** The links of a lens: every link of the framework, or of one item. */
export function lensLinks(frameworks: FrameworkIndex, lens: FrameworkLens): readonly FrameworkLink[] {
  return lens.item === null
    ? frameworks.linksOfFramework(lens.framework)
    : frameworks.linksOfItem(lens.framework, lens.item);
}

/** Threats and controls a set of links reaches (see `LensReach`). */
export function lensReach(index: GraphIndex, links: readonly FrameworkLink[]): LensReach {
  const named = new Set(links.map((link) => link.node).filter((id) => index.has(id)));
  const kept = new Set(named);
  const covered = new Set<string>();
  const cover = (threatId: string) => {
    for (const id of [threatId, ...index.descendants(threatId)]) {
      const node = index.node(id);
      if (node && isThreat(node)) covered.add(id);
    }
  };
  for (const link of links) for (const id of link.via ?? []) if (index.has(id)) kept.add(id);

  for (const id of named) {
    const node = index.node(id)!;
    if (isControl(node)) {
      // A named control group names its member controls; a control mitigates through the groups it is part of.
      const controls = [id, ...index.descendants(id)];
      for (const control of controls) kept.add(control);
      for (const source of [...controls, ...index.ancestors(id)]) {
        for (const edge of index.outgoing(source, 'mitigates')) cover(edge.target);
      }
    } else if (isThreat(node)) {
      cover(id);
      for (const threatId of [id, ...index.descendants(id)]) {
        for (const mitigation of controlsForThreat(index, threatId)) kept.add(mitigation.controlId);
      }
    }
  }
  for (const id of covered) kept.add(id);
  // The boxes the kept nodes sit in, so the graph draws them in place.
  for (const id of [...kept]) {
    const node = index.node(id);
    if (!node || isTop10(node)) continue;
    for (const group of index.ancestors(id)) kept.add(group);
  }
  for (const node of index.nodes) {
    if (isTop10(node) && index.outgoing(node.id, 'maps-to').some((edge) => covered.has(edge.target)))
      kept.add(node.id);
  }
  const order = (id: string) => index.node(id)?.order ?? Number.MAX_SAFE_INTEGER;
  return { named: [...named].sort((a, b) => order(a) - order(b)), covered, kept };
}

export interface LensedView {
  /** How many threats the filters show that the lens covers (counted as threats, as every count is). */
  covered: number;
  /** Threats the filters show that the lens leaves uncovered, in reading order. */
  uncovered: readonly string[];
  /** How many nodes the filters show that the lens leaves out. */
  leftOut: number;
}

/**
 * The visible subgraph seen through a lens: only the nodes it keeps (`LensReach.kept`) among those shown, the edges
 * between them, and the counts of what is left; the totals stay those of the data. Also which shown threats the
 * lens leaves uncovered (counted as threats: a group with member threats is not one).
 */
export function applyLens<V extends VisibleSubgraph>(
  index: GraphIndex,
  visible: V,
  reach: LensReach,
): { visible: V; lensed: LensedView } {
  const nodes = new Set([...visible.nodes].filter((id) => reach.kept.has(id)));
  const edges = new Set<string>();
  for (const edge of index.edges) {
    if (visible.edges.has(edge.id) && nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.id);
  }
  const shown = countByKind(index, nodes);
  const counts = { ...visible.counts };
  for (const kind of Object.keys(counts) as (keyof typeof counts)[]) {
    counts[kind] = { shown: shown[kind], total: visible.counts[kind].total };
  }
  const threats = index.nodes.filter((node) => visible.nodes.has(node.id) && countsAsThreat(index, node.id));
  const uncovered = threats.filter((node) => !reach.covered.has(node.id)).map((node) => node.id);
  return {
    visible: { ...visible, nodes, edges, counts },
    lensed: {
      covered: threats.length - uncovered.length,
      uncovered,
      leftOut: visible.nodes.size - nodes.size,
    },
  };
}

/** A lens as the views apply it: not at all when the file lacks its framework or item, which they then say. */
export type LensOutcome<V extends VisibleSubgraph> =
  | { kind: 'unknown-framework'; visible: V }
  | { kind: 'unknown-item'; visible: V; item: string }
  | {
      kind: 'applied';
      visible: V;
      framework: Framework;
      item: FrameworkItem | null;
      reach: LensReach;
      lensed: LensedView;
    };

/** What the views show through `lens` (see `applyLens`); the item is matched in any case. */
export function viewThroughLens<V extends VisibleSubgraph>(
  index: GraphIndex,
  frameworks: FrameworkIndex,
  lens: FrameworkLens,
  visible: V,
): LensOutcome<V> {
  const framework = frameworks.framework(lens.framework);
  if (!framework) return { kind: 'unknown-framework', visible };
  const item = lens.item === null ? null : frameworks.findItem(lens.framework, lens.item);
  if (item === undefined) return { kind: 'unknown-item', visible, item: lens.item! };
  const reach = lensReach(
    index,
    lensLinks(frameworks, { framework: lens.framework, item: item?.id ?? null }),
  );
  const applied = applyLens(index, visible, reach);
  return { kind: 'applied', visible: applied.visible, framework, item, reach, lensed: applied.lensed };
}
