import type { NavEdge } from '../../src/model/schema';
import type { Basis, EdgeKind } from '../../src/model/vocabulary';

/** Collects edges, merging the bases of the same (kind, source, target) into one edge. */
export class EdgeSet {
  private readonly edges = new Map<string, NavEdge>();

  add(kind: EdgeKind, source: string, target: string, basis: Basis, reason?: NavEdge['reason']): void {
    if (source === target) return;
    const key = `${kind} ${source} ${target}`;
    const edge = this.edges.get(key);
    if (!edge) {
      this.edges.set(key, { source, target, kind, basis: [basis], ...(reason ? { reason } : {}) });
      return;
    }
    if (!edge.basis.includes(basis)) edge.basis.push(basis);
    if (reason && !edge.reason) edge.reason = reason;
  }

  has(kind: EdgeKind, source: string, target: string): boolean {
    return this.edges.has(`${kind} ${source} ${target}`);
  }

  /** Edges in a stable order: by kind, then by the reading order of source and target. */
  sorted(order: Map<string, number>): NavEdge[] {
    const kindOrder: EdgeKind[] = ['part-of', 'mitigates', 'maps-to'];
    const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
    return [...this.edges.values()]
      .map((edge) => ({ ...edge, basis: [...edge.basis].sort() }))
      .sort(
        (a, b) =>
          kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
          rank(a.source) - rank(b.source) ||
          rank(a.target) - rank(b.target),
      );
  }
}
