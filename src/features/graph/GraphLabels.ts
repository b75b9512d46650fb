import type { ControlType, EdgeKind, NodeKind, Section } from '../../model/vocabulary';

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
  /** What "fit" does, as its tooltip. */
  fitHint: string;
  legend: string;
  /** Opens the rest of the legend. */
  legendMore: string;
  /** How lines appear: on hover, focus or selection, or all with the toggle. */
  relationsHint: string;
  /** One line saying what the picture is. */
  intro: string;
  /** Toggle: every relation drawn, not only those of the emphasised node. */
  allRelations: string;
  /** Toggle: the general controls folded into their group boxes. */
  foldGeneral: string;
  /** The heading of a picture export. */
  pictureTitle: string;
  /** A folded group's label: its name and how many controls it holds. */
  folded(title: string, count: number): string;
  /** Names of the legend's lists. */
  legendGroups: { nodes: string; controlTypes: string; edges: string };
  /** Band names, e.g. "1. General controls against all threats". */
  sections: Record<Section, string>;
  kinds: Record<NodeKind, string>;
  controlTypes: Record<ControlType, string>;
  /** Short names for the legend's strip: control types, the Top 10 lists. */
  short: {
    controlTypes: Record<ControlType, string>;
    'ml-top10': string;
    'llm-top10': string;
    controls: string;
  };
  /** Short mark under the name of a governance control. */
  governance: string;
  edges: Record<EdgeKind, string>;
}
