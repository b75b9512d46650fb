import { describe, expect, it } from 'vitest';

import { buildStructure } from '../../src/model/layout/structure';
import type { LayoutEdge, LayoutNode } from '../../src/model/layout/types';

let order = 0;
const node = (
  id: string,
  kind: LayoutNode['kind'],
  section: LayoutNode['section'] = 'input-threats',
): LayoutNode => ({
  id,
  kind,
  section,
  order: order++,
});
const edge = (kind: LayoutEdge['kind'], source: string, target: string): LayoutEdge => ({
  kind,
  source,
  target,
});

describe('buildStructure', () => {
  const nodes = [
    node('umbrella', 'threat-group'),
    node('always', 'control'),
    node('groupa', 'threat-group'),
    node('threata', 'threat'),
    node('threatb', 'threat'),
    node('both', 'control'),
    node('onlya', 'control'),
    node('elsewhere', 'control'),
    node('devthreat', 'threat', 'development-time-threats'),
    node('ctrlgroup', 'control-group', 'general-controls'),
    node('member', 'control', 'general-controls'),
    node('ML01', 'ml-top10', 'ml-top10'),
  ];
  const edges = [
    edge('part-of', 'groupa', 'umbrella'),
    edge('part-of', 'threata', 'groupa'),
    edge('part-of', 'threatb', 'groupa'),
    edge('part-of', 'member', 'ctrlgroup'),
    edge('part-of', 'devthreat', 'groupa'),
    edge('part-of', 'ML01', 'groupa'),
    edge('mitigates', 'always', 'umbrella'),
    edge('mitigates', 'both', 'threata'),
    edge('mitigates', 'both', 'threatb'),
    edge('mitigates', 'onlya', 'threata'),
    edge('mitigates', 'elsewhere', 'devthreat'),
    edge('maps-to', 'ML01', 'threata'),
  ];
  const structure = buildStructure({ nodes, edges });

  it('nests members in their group only within one section and between matching kinds', () => {
    expect(structure.parents.get('threata')).toBe('groupa');
    expect(structure.parents.get('groupa')).toBe('umbrella');
    expect(structure.parents.get('member')).toBe('ctrlgroup');
    expect(structure.parents.has('devthreat')).toBe(false);
    expect(structure.parents.has('ML01')).toBe(false);
    expect(structure.members.get('groupa')).toEqual(['threata', 'threatb']);
  });

  it('puts a control next to the smallest box holding everything it mitigates in its section', () => {
    expect(structure.anchors.get('onlya')).toBe('threata');
    expect(structure.anchors.get('both')).toBe('groupa');
    expect(structure.anchors.get('always')).toBe('umbrella');
    expect(structure.satellites.get('threata')).toEqual(['onlya']);
  });

  it('gathers controls that mitigate nothing in their own section', () => {
    expect(structure.anchors.has('elsewhere')).toBe(false);
    expect(structure.looseControls.get('input-threats')).toEqual(['elsewhere']);
  });

  it('lists the top-level items of each section in reading order', () => {
    expect(structure.roots.get('input-threats')).toEqual(['umbrella']);
    expect(structure.roots.get('general-controls')).toEqual(['ctrlgroup']);
    expect(structure.roots.get('ml-top10')).toEqual(['ML01']);
    expect(structure.roots.get('development-time-threats')).toEqual(['devthreat']);
  });

  it('ignores edges to unknown nodes', () => {
    const withDangling = buildStructure({ nodes, edges: [...edges, edge('part-of', 'threata', 'ghost')] });
    expect(withDangling.parents.get('threata')).toBe('groupa');
  });
});
