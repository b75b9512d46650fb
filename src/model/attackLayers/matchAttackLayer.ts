import { isControl, isThreat } from '../nodeKinds';
import type { DatasetNode } from '../schema';

import type { AttackLayer } from './format';

/** One entry of a Navigator layer, as the overlay shows it beside a node it reaches. */
export interface OverlayEntry {
  techniqueID: string;
  /** ATLAS's name of the id the node cites (the entry's, or its parent's), as the data set gives it. */
  name?: string;
  tactic?: string;
  score?: number;
  comment?: string;
  /** Set when the entry is a sub-technique and reaches the node through its parent technique, named here. */
  viaParent?: string;
}

/** A threat or control that entries of the layer reach, with those entries. */
export interface OverlayMatch {
  nodeId: string;
  entries: OverlayEntry[];
  /** The highest score of its entries, or null when none is scored. */
  score: number | null;
}

/** What a Navigator layer shows over the data set. A plain value: nothing in it is shared with the layer. */
export interface AttackOverlay {
  name: string;
  description: string;
  /** `atlas_data_version` of the layer's metadata (the ATLAS release it was made with), or null. */
  atlasVersion: string | null;
  /** Distinct ids of the entries read (enabled ones). */
  idCount: number;
  /** Entries the layer marks as disabled: left out, as ATT&CK Navigator greys them out. */
  disabled: number;
  /** Threats and threat groups reached, highest score first, then in the data set's order. */
  threats: OverlayMatch[];
  /** Controls and control groups reached (through mitigation ids, or technique ids they cite). */
  controls: OverlayMatch[];
  /** Ids of the layer no threat or control of the data set refers to, in order. */
  unknown: string[];
}

type MatchNode = Pick<DatasetNode, 'id' | 'kind' | 'references'>;

/** `AML.T0051` for `AML.T0051.000`; null for a technique, a mitigation or another id. */
export function parentTechnique(id: string): string | null {
  const match = /^(AML\.T\d{4})\.\d{3}$/.exec(id);
  return match?.[1] ?? null;
}

/**
 * The threats and controls of the data set an ATLAS Navigator layer reaches: a node is reached by an entry whose
 * id one of its MITRE ATLAS references names (`AML.T0051` on prompt injection, `AML.M0015` on input handling), and
 * by an entry for a sub-technique of a technique it names. Each reached node lists those entries with their scores
 * and comments; ids that reach nothing are listed apart.
 */
export function matchAttackLayer(nodes: readonly MatchNode[], layer: AttackLayer): AttackOverlay {
  const byId = new Map<string, MatchNode[]>();
  const names = new Map<string, string>();
  for (const node of nodes) {
    for (const ref of node.references) {
      if (ref.scheme !== 'mitre-atlas' || !ref.id) continue;
      names.set(ref.id, ref.title);
      const list = byId.get(ref.id) ?? [];
      if (!list.includes(node)) list.push(node);
      byId.set(ref.id, list);
    }
  }
  const reached = new Map<string, OverlayEntry[]>();
  const ids = new Set<string>();
  const unknown: string[] = [];
  let disabled = 0;
  for (const technique of layer.techniques ?? []) {
    if (technique.enabled === false) {
      disabled++;
      continue;
    }
    const id = technique.techniqueID;
    const firstTime = !ids.has(id);
    ids.add(id);
    const entry: OverlayEntry = { techniqueID: id };
    if (technique.tactic !== undefined) entry.tactic = technique.tactic;
    if (technique.score !== undefined) entry.score = technique.score;
    if (technique.comment) entry.comment = technique.comment;
    const parent = parentTechnique(id);
    const direct = byId.get(id) ?? [];
    const throughParent = parent ? (byId.get(parent) ?? []).filter((node) => !direct.includes(node)) : [];
    for (const node of direct) add(reached, node.id, { ...entry, name: names.get(id) });
    for (const node of throughParent)
      add(reached, node.id, { ...entry, name: names.get(parent!), viaParent: parent! });
    if (direct.length + throughParent.length === 0 && firstTime) unknown.push(id);
  }

  const order = new Map(nodes.map((node, i) => [node.id, i]));
  const matches = [...reached].map(([nodeId, entries]): OverlayMatch => {
    const scores = entries.flatMap((entry) => (entry.score === undefined ? [] : [entry.score]));
    return { nodeId, entries, score: scores.length > 0 ? Math.max(...scores) : null };
  });
  matches.sort(
    (a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || order.get(a.nodeId)! - order.get(b.nodeId)!,
  );
  const kindOf = new Map(nodes.map((node) => [node.id, node]));
  return {
    name: layer.name,
    description: layer.description ?? '',
    atlasVersion: metadataValue(layer, 'atlas_data_version'),
    idCount: ids.size,
    disabled,
    threats: matches.filter((match) => isThreat(kindOf.get(match.nodeId)!)),
    controls: matches.filter((match) => isControl(kindOf.get(match.nodeId)!)),
    unknown,
  };
}

/** The value of the layer's first metadata entry of that name, or null. */
export function metadataValue(layer: AttackLayer, name: string): string | null {
  for (const item of layer.metadata ?? []) if ('name' in item && item.name === name) return item.value;
  return null;
}

function add(reached: Map<string, OverlayEntry[]>, nodeId: string, entry: OverlayEntry) {
  const list = reached.get(nodeId);
  if (list) list.push(entry);
  else reached.set(nodeId, [entry]);
}
