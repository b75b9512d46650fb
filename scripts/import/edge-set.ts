import type { Cite, DatasetEdge } from '../../src/model/schema';
import type { Basis, EdgeKind } from '../../src/model/vocabulary';

/** Why an edge holds, besides its basis: a curated reason, the upstream lines it was read from. */
export interface EdgeSupport {
  reason?: DatasetEdge['reason'];
  cites?: readonly Cite[];
}

/** Cites in a stable order, each once. */
export function sortedCites(cites: readonly Cite[]): Cite[] {
  const unique = new Map(cites.map((cite) => [`${cite.basis}|${cite.file}|${cite.line}`, cite]));
  return [...unique.values()].sort(
    (a, b) => a.basis.localeCompare(b.basis) || a.file.localeCompare(b.file) || a.line - b.line,
  );
}

/** Collects edges, merging the bases (and sources) of the same (kind, source, target) into one edge. */
export class EdgeSet {
  private readonly edges = new Map<string, DatasetEdge>();

  add(kind: EdgeKind, source: string, target: string, basis: Basis, support: EdgeSupport = {}): void {
    if (source === target) return;
    const key = `${kind} ${source} ${target}`;
    const edge = this.edges.get(key) ?? { source, target, kind, basis: [] };
    this.edges.set(key, edge);
    if (!edge.basis.includes(basis)) edge.basis.push(basis);
    if (support.reason && !edge.reason) edge.reason = support.reason;
    if (support.cites?.length) edge.cites = sortedCites([...(edge.cites ?? []), ...support.cites]);
  }

  has(kind: EdgeKind, source: string, target: string): boolean {
    return this.edges.has(`${kind} ${source} ${target}`);
  }

  /** Edges in a stable order: by kind, then by the reading order of source and target. */
  sorted(order: Map<string, number>): DatasetEdge[] {
    const kindOrder: EdgeKind[] = ['part-of', 'mitigates', 'maps-to'];
    const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
    return [...this.edges.values()]
      .map(({ source, target, kind, basis, reason, cites }) => ({
        source,
        target,
        kind,
        basis: [...basis].sort(),
        ...(reason ? { reason } : {}),
        ...(cites ? { cites } : {}),
      }))
      .sort(
        (a, b) =>
          kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
          rank(a.source) - rank(b.source) ||
          rank(a.target) - rank(b.target),
      );
  }
}
