import type { TFunction } from 'i18next';

import type { GraphLabels } from '../features/graph/GraphLabels';
import { CONTROL_TYPES, EDGE_KINDS, NODE_KINDS, SECTIONS } from '../model/vocabulary';

/** The graph's strings, read from the app's translations. */
export function graphLabels(t: TFunction): GraphLabels {
  const record = <K extends string>(keys: readonly K[], label: (key: K) => string) =>
    Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, string>;
  return {
    canvas: t('graph.canvas'),
    keyboardHelp: t('graph.keyboardHelp'),
    toolbar: t('graph.toolbar'),
    zoomIn: t('graph.zoomIn'),
    zoomOut: t('graph.zoomOut'),
    fit: t('graph.fit'),
    fitHint: t('graph.fitHint'),
    legend: t('graph.legend'),
    legendMore: t('graph.legendMore'),
    relationsHint: t('graph.relationsHint'),
    intro: t('graph.intro'),
    allRelations: t('graph.allRelations'),
    foldGeneral: t('graph.foldGeneral'),
    pictureTitle: t('graph.pictureTitle'),
    folded: (title, count) => t('graph.folded', { title, count }),
    legendGroups: {
      nodes: t('graph.legendGroups.nodes'),
      controlTypes: t('graph.legendGroups.controlTypes'),
      edges: t('graph.legendGroups.edges'),
    },
    sections: record(SECTIONS, (section) => t(`graph.sections.${section}`)),
    kinds: record(NODE_KINDS, (kind) => t(`kind.${kind}`)),
    controlTypes: record(CONTROL_TYPES, (type) => t(`controlType.${type}`)),
    short: {
      controlTypes: record(CONTROL_TYPES, (type) => t(`graph.short.${type}`)),
      'ml-top10': t('graph.short.ml-top10'),
      'llm-top10': t('graph.short.llm-top10'),
      controls: t('graph.short.controls'),
    },
    governance: t('graph.governance'),
    edges: record(EDGE_KINDS, (kind) => t(`graph.edges.${kind}`)),
  };
}
