import type { TFunction } from 'i18next';

import type { GraphLabels } from '../features/graph/GraphLabels';
import { CONTROL_TYPES, EDGE_KINDS, IMPACTS, NODE_KINDS, SECTIONS } from '../model/vocabulary';

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
    reset: t('graph.reset'),
    rearrange: t('graph.rearrange'),
    legend: t('graph.legend'),
    legendGroups: {
      nodes: t('graph.legendGroups.nodes'),
      controlTypes: t('graph.legendGroups.controlTypes'),
      impacts: t('graph.legendGroups.impacts'),
      edges: t('graph.legendGroups.edges'),
    },
    sections: record(SECTIONS, (section) => t(`graph.sections.${section}`)),
    kinds: record(NODE_KINDS, (kind) => t(`kind.${kind}`)),
    controlTypes: record(CONTROL_TYPES, (type) => t(`controlType.${type}`)),
    governance: t('graph.governance'),
    impacts: record(IMPACTS, (impact) => t(`graph.impacts.${impact}`)),
    edges: record(EDGE_KINDS, (kind) => t(`graph.edges.${kind}`)),
  };
}
