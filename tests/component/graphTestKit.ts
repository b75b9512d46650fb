import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';

import type { GraphLabels } from '../../src/features/graph/GraphLabels';
import { edgeId } from '../../src/model/edges';
import type { Dataset } from '../../src/model/schema';

/** Strings for graph tests; the app passes the real ones from i18n. */
export const labels: GraphLabels = {
  canvas: 'Graph of threats and controls; the list view offers the same content',
  keyboardHelp: 'Arrow keys move between nodes, Enter selects.',
  toolbar: 'Graph tools',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  reset: 'Reset layout',
  rearrange: 'Re-arrange',
  legend: 'Legend',
  legendGroups: { nodes: 'Nodes', controlTypes: 'Control types', impacts: 'Impact tags', edges: 'Relations' },
  sections: {
    'general-controls': '1. General controls',
    'input-threats': '2. Input threats',
    'development-time-threats': '3. Development-time threats',
    'runtime-threats': '4. Runtime threats',
    'ml-top10': 'ML Top 10',
    'llm-top10': 'LLM Top 10',
  },
  kinds: {
    threat: 'Threat',
    'threat-group': 'Threat group',
    control: 'Control',
    'control-group': 'Control group',
    'ml-top10': 'ML Top 10 item',
    'llm-top10': 'LLM Top 10 item',
  },
  controlTypes: {
    'standard-infosec': 'Standard information security control',
    'runtime-ai-engineer': 'Runtime AI engineer control',
    'development-time-ai-engineer': 'Development-time AI engineer control',
    other: 'Other control',
  },
  governance: 'governance',
  impacts: {
    'model-behaviour-integrity': 'Integrity',
    'training-data-confidentiality': 'Training data',
    'model-confidentiality': 'Model IP',
    'input-data-confidentiality': 'Input data',
    'model-availability': 'Availability',
    'any-asset-cia': 'Any asset',
  },
  edges: { mitigates: 'mitigates', 'part-of': 'part of', 'maps-to': 'maps to' },
};

/** Everything visible, or only the nodes that pass `keep` and the edges between them. */
export function visibleOf(dataset: Dataset, keep: (id: string) => boolean = () => true) {
  const nodes = new Set(dataset.nodes.map((node) => node.id).filter(keep));
  const edges = new Set(
    dataset.edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)).map(edgeId),
  );
  return { nodes, edges };
}

/** Instances the mocked factory made, newest last. */
export const made: Core[] = [];

/**
 * Stands in for createCytoscape in jsdom, which has no canvas: the same Cytoscape core, headless,
 * with styles on; it reports a first drawing on the next tick as the real renderer would.
 */
export function createHeadless(options: CytoscapeOptions): Core {
  const cy = cytoscape({ ...options, container: undefined, headless: true, styleEnabled: true });
  made.push(cy);
  setTimeout(() => {
    if (!cy.destroyed()) cy.emit('render');
  }, 0);
  return cy;
}
