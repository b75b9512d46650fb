// @vitest-environment jsdom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { buildElements, nodeClasses, nodeLabel } from '../../src/features/graph/elements';
import { withLineBreaks } from '../../src/features/graph/lineBreaks';
import { graphStylesheet } from '../../src/features/graph/stylesheet';
import { computeLayout } from '../../src/model/layout/computeLayout';
import { NODE_SIZES } from '../../src/model/layout/sizes';
import { navigatorFixture } from '../unit/layout-fixture';

import { labels, visibleOf } from './graphTestKit';

const dataset = navigatorFixture();
const layout = computeLayout(dataset);
const node = (id: string) => dataset.nodes.find((candidate) => candidate.id === id)!;

describe('graph elements', () => {
  it('give each node classes for its kind, control type and governance', () => {
    expect(nodeClasses(node('aiprogram'))).toEqual(['item', 'control', 'ct-other', 'governance']);
    expect(nodeClasses(node('ratelimit'))).toEqual(['item', 'control', 'ct-standard-infosec']);
    expect(nodeClasses(node('evasion'))).toEqual(['item', 'threat-group']);
    expect(nodeClasses(node('LLM01:2026'))).toEqual(['item', 'llm-top10']);
  });

  it('label threats with their impact tags and Top 10 items with their id', () => {
    const plain = (text: string) => text.replaceAll('\u200b', '');
    expect(plain(nodeLabel(node('disclosureinoutput'), 'en', labels))).toBe(
      'Disclosure of sensitive data in model output\nTraining data · Input data',
    );
    expect(plain(nodeLabel(node('ML03'), 'en', labels))).toBe('ML03 Model inversion attack');
    expect(plain(nodeLabel(node('evasion'), 'ja', labels))).toBe('回避');
  });

  it('include bands, section names and frames, and hide what is not visible', () => {
    const visible = visibleOf(dataset, (id) => node(id).section !== 'runtime-threats');
    const elements = buildElements(dataset, layout, 'en', labels, visible);
    const byId = new Map(elements.map((element) => [element.data.id, element]));
    const classes = (id: string) => [byId.get(id)?.classes].flat();
    expect(classes('band:input-threats')).toEqual(['band']);
    expect(classes('band:runtime-threats')).toContain('hidden');
    expect(classes('band-label:runtime-threats')).toContain('hidden');
    expect(classes('frame:evasion')).toEqual(['frame', 'frame-threat-group']);
    expect(classes('frame:runtimeconventionalsec')).toContain('hidden');
    expect(classes('encodemodeloutput')).toContain('hidden');
    expect(byId.get('evasion')?.position).toEqual({
      x: layout.nodes.get('evasion')!.x,
      y: layout.nodes.get('evasion')!.y,
    });
  });

  it('size each node as the layout placed it', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: buildElements(dataset, layout, 'en', labels, visibleOf(dataset)),
      style: graphStylesheet(),
    });
    const size = (id: string) => ({ width: cy.$id(id).width(), height: cy.$id(id).height() });
    const boxSize = (box: { width: number; height: number } | undefined) => ({
      width: box?.width,
      height: box?.height,
    });
    expect(size('ratelimit')).toEqual(NODE_SIZES.control);
    expect(size('LLM01:2026')).toEqual(NODE_SIZES['llm-top10']);
    // A group's heading spans its frame.
    const wideHeading = dataset.nodes.find(
      (item) => layout.nodes.get(item.id)!.width > NODE_SIZES[item.kind].width,
    );
    expect(wideHeading?.kind).toMatch(/group$/);
    expect(size(wideHeading!.id)).toEqual(boxSize(layout.nodes.get(wideHeading!.id)));
    expect(size('frame:evasion')).toEqual(boxSize(layout.frames.get('evasion')));
    expect(size('band:input-threats')).toEqual(boxSize(layout.bands.get('input-threats')));
    for (const [id, box] of layout.nodes) expect(size(id), id).toEqual(boxSize(box));
    cy.destroy();
  });

  it('hide part-of lines where a frame already shows the membership', () => {
    const elements = buildElements(dataset, layout, 'en', labels, visibleOf(dataset));
    const edge = (id: string) => [elements.find((element) => element.data.id === id)?.classes].flat();
    expect(edge('part-of:zeroknowledgeevasion->evasion')).toContain('contained');
    expect(edge('mitigates:smallmodel->modelinversionandmembership')).not.toContain('contained');
  });
});

describe('withLineBreaks', () => {
  it('lets Japanese wrap between characters but keeps Latin words and bracket pairs whole', () => {
    expect(withLineBreaks('Model poisoning')).toBe('Model poisoning');
    expect(withLineBreaks('回避攻撃')).toBe('回\u200b避\u200b攻\u200b撃');
    expect(withLineBreaks('監督（OVERSIGHT）')).toBe('監\u200b督\u200b（OVERSIGHT）');
    expect(withLineBreaks('ション')).toBe('ショ\u200bン');
  });
});
