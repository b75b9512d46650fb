import cytoscape, { type CytoscapeOptions } from 'cytoscape';

/** The one place a Cytoscape instance is made (component tests swap in a headless one). */
export function createCytoscape(options: CytoscapeOptions) {
  return cytoscape(options);
}
