// @vitest-environment jsdom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { generateDataset } from '../../scripts/generate-dataset';
import {
  buildElements,
  buildElementsInParts,
  nodeClasses,
  nodeLabel,
} from '../../src/features/graph/elements';
import { withLineBreaks } from '../../src/features/graph/lineBreaks';
import { graphStylesheet } from '../../src/features/graph/stylesheet';
import { NODE_SIZES } from '../../src/model/layout/sizes';
import { navigatorFixture } from '../unit/layout-fixture';

import { labels, pictureOf } from './graphTestKit';

const dataset = navigatorFixture();
const picture = pictureOf(dataset);
const { layout } = picture;
const node = (id: string) => dataset.nodes.find((candidate) => candidate.id === id)!;

describe('graph elements', () => {
  it('are made a few hundred nodes at a time for a large catalogue, as they are all at once', () => {
    const large = generateDataset(700, 700);
    const whole = pictureOf(large);
    const parts = buildElementsInParts(large, whole, 'en', labels);
    let pauses = 0;
    let step = parts.next();
    while (!step.done) {
      pauses += 1;
      step = parts.next();
    }
    expect(pauses).toBe(Math.ceil(large.nodes.length / 250) - 1);
    expect(step.value).toEqual(buildElements(large, whole, 'en', labels));
  });

  it('give each node classes for its kind, control type and governance', () => {
    expect(nodeClasses(node('aiprogram'))).toEqual(['item', 'control', 'ct-other', 'governance']);
    expect(nodeClasses(node('ratelimit'))).toEqual(['item', 'control', 'ct-standard-infosec']);
    expect(nodeClasses(node('evasion'))).toEqual(['item', 'threat-group']);
    expect(nodeClasses(node('LLM01:2026'))).toEqual(['item', 'llm-top10']);
  });

  it('label nodes with their names alone, Top 10 items with their id, folded groups with a count', () => {
    // Names come broken into the lines they are drawn in.
    const plain = (text: string) => text.replaceAll('\u200b', '').replaceAll('\n', ' ');
    expect(plain(nodeLabel(node('disclosureinoutput'), 'en', labels))).toBe(
      'Disclosure of sensitive data in model output',
    );
    expect(plain(nodeLabel(node('governancecontrols'), 'en', labels, undefined, 2))).toBe(
      labels.folded('Governance', 2),
    );
    expect(plain(nodeLabel(node('ML03'), 'en', labels))).toBe('ML03 Model inversion attack');
    expect(plain(nodeLabel(node('evasion'), 'ja', labels))).toBe('回避');
    // The edition is in the column's heading, not repeated on each item.
    expect(plain(nodeLabel(node('LLM10:2026'), 'en', labels))).toBe('LLM10 Unbounded consumption');
    expect(labels.sections['llm-top10']).toBe('LLM Top 10 · 2026');
  });

  it('include bands, section names and frames, and hide what the picture does not draw', () => {
    const partial = pictureOf(dataset, (id) => node(id).section !== 'runtime-threats');
    const elements = buildElements(dataset, partial, 'en', labels);
    const byId = new Map(elements.map((element) => [element.data.id, element]));
    const classes = (id: string) => [byId.get(id)?.classes].flat();
    expect(classes('band:input-threats')).toEqual(['band']);
    expect(classes('band:runtime-threats')).toContain('hidden');
    expect(classes('band-label:runtime-threats')).toContain('hidden');
    expect(classes('frame:evasion')).toEqual(['frame', 'frame-threat-group']);
    expect(classes('frame:runtimeconventionalsec')).toContain('hidden');
    expect(classes('encodemodeloutput')).toContain('hidden');
    expect(byId.get('evasion')?.position).toEqual({
      x: partial.layout.nodes.get('evasion')!.x,
      y: partial.layout.nodes.get('evasion')!.y,
    });
  });

  it('size each node as the layout placed it', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: buildElements(dataset, picture, 'en', labels),
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
    const elements = buildElements(dataset, picture, 'en', labels);
    const edge = (id: string) => [elements.find((element) => element.data.id === id)?.classes].flat();
    expect(edge('part-of:zeroknowledgeevasion->evasion')).toContain('contained');
    expect(edge('mitigates:smallmodel->modelinversionandmembership')).not.toContain('contained');
  });
});

describe('withLineBreaks', () => {
  it('lets Japanese wrap between words, and inside words too long for a line', () => {
    const breaks = (text: string) => withLineBreaks(text).split('\u200b');
    expect(withLineBreaks('Model poisoning')).toBe('Model poisoning');
    expect(breaks('ブラックボックス型回避攻撃')).toEqual(['ブラックボックス', '型', '回避', '攻撃']);
    // A loan word the segmenter cuts up stays whole…
    expect(breaks('プログラム')).toEqual(['プログラム']);
    // …unless it is longer than a line.
    expect(breaks('コンフィデンシャルコンピューティング').length).toBeGreaterThan(1);
  });

  it('keeps Latin words, bracket pairs and Japanese line-breaking rules', () => {
    expect(withLineBreaks('監督（OVERSIGHT）')).not.toMatch(/（\u200b|[A-Z]\u200b|\u200b[A-Z）]/);
    expect(withLineBreaks('ション')).not.toMatch(/\u200b[ョン]/);
  });
});
