import type { ControlType, EdgeKind, Impact, NodeKind, Section } from '../../model/vocabulary';

/** Translated strings the graph shows; the caller passes them from i18n. */
export interface GraphLabels {
  /** Accessible name of the canvas: says it is the graph and that the list view offers the same content. */
  canvas: string;
  /** How to use the canvas from the keyboard. */
  keyboardHelp: string;
  toolbar: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  reset: string;
  rearrange: string;
  legend: string;
  /** Names of the legend's lists. */
  legendGroups: { nodes: string; controlTypes: string; impacts: string; edges: string };
  /** Band names, e.g. "1. General controls against all threats". */
  sections: Record<Section, string>;
  kinds: Record<NodeKind, string>;
  controlTypes: Record<ControlType, string>;
  /** Short mark under the name of a governance control. */
  governance: string;
  /** Short impact tags shown under threat names, e.g. "Integrity"; the legend lists them. */
  impacts: Record<Impact, string>;
  edges: Record<EdgeKind, string>;
}
