import type { Core } from 'cytoscape';

/**
 * Puts the overlay classes on the nodes that have them now and takes them off those that had them before: only
 * the nodes of the two maps are touched, by id, in one batch. Only GraphView calls this.
 */
export function applyOverlay(
  cy: Core,
  next: ReadonlyMap<string, readonly string[]>,
  before: ReadonlyMap<string, readonly string[]> | undefined,
): void {
  cy.batch(() => {
    for (const [id, classes] of before ?? []) {
      const kept = next.get(id);
      const gone = kept ? classes.filter((name) => !kept.includes(name)) : classes;
      if (gone.length > 0) cy.getElementById(id).removeClass(gone.join(' '));
    }
    // Cytoscape restyles an element on every addClass, even of classes it has: only what it lacks is added.
    for (const [id, classes] of next) {
      const node = cy.getElementById(id);
      const missing = classes.filter((name) => !node.hasClass(name));
      if (missing.length > 0) node.addClass(missing.join(' '));
    }
  });
}
