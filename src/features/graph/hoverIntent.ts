import type { Core, EventObject } from 'cytoscape';

import { afterNextPaint } from '../../state/afterNextPaint';

/**
 * How long the pointer rests on a node (or off every node) before the emphasis follows it, in ms: under the tenth
 * of a second that still reads as at once, and long enough that a pointer sweeping across the picture, or moving
 * to a node to click it, does not restyle the canvas at every name it crosses.
 */
export const HOVER_DELAY_MS = 90;

/**
 * Calls `onHover` with the node the pointer rests on (its id), or null once it rests off every node. A mouse press
 * ends the wait and counts as a rest where it lands, told after the next frame has been painted: a click's own answer
 * (the details, the selection's ring) is drawn first, not held up by restyling the canvas for the names crossed on
 * the way. Returns the function that stops listening.
 */
export function followHover(
  cy: Core,
  onHover: (id: string | null) => void,
  delay = HOVER_DELAY_MS,
): () => void {
  let resting: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelPainted = () => {};
  const rest = (id: string | null) => {
    if (id === resting) return;
    resting = id;
    onHover(id);
  };
  const settle = (id: string | null) => {
    clearTimeout(timer);
    timer = setTimeout(() => rest(id), delay);
  };
  const over = (event: EventObject) => settle(event.target.id() as string);
  const out = () => settle(null);
  const press = (event: EventObject) => {
    // A finger hovers nothing: only a mouse's press says where the pointer is.
    if (!event.originalEvent?.type.startsWith('mouse')) return;
    clearTimeout(timer);
    cancelPainted();
    const target = event.target as Core | EventObject['target'];
    const id = target !== cy && target.is('node.item') ? (target.id() as string) : null;
    cancelPainted = afterNextPaint(() => rest(id));
  };
  cy.on('mouseover', 'node.item', over);
  cy.on('mouseout', 'node.item', out);
  cy.on('tapstart', press);
  return () => {
    clearTimeout(timer);
    cancelPainted();
    cy.removeListener('mouseover', 'node.item', over);
    cy.removeListener('mouseout', 'node.item', out);
    cy.removeListener('tapstart', press);
  };
}
