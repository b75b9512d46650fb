import { describe, expect, it } from 'vitest';

import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildFrameworkIndex } from '../../src/model/frameworks/frameworkIndex';
import { applyLens, lensLinks, lensReach, viewThroughLens } from '../../src/model/frameworks/lens';
import { parseFrameworkParam } from '../../src/model/frameworks/lensParam';
import { parseFrameworksFile as parseFrameworks } from '../../src/model/frameworks/parse';
import { buildIndex } from '../../src/model/graphIndex';
import { visibleSubgraph } from '../../src/model/visibility';

import { sampleDataset } from './fixtures/sampleDataset';
import { sampleFrameworks } from './fixtures/sampleFrameworks';

const index = buildIndex(sampleDataset);
const frameworks = buildFrameworkIndex(sampleFrameworks, index);
const all = visibleSubgraph(index, DEFAULT_FILTERS);

describe('parseFrameworks', () => {
  it('accepts a valid file', () => {
    expect(parseFrameworks(structuredClone(sampleFrameworks))).toEqual({ ok: true, value: sampleFrameworks });
  });

  it('names the path of each field the schema refuses', () => {
    const broken = structuredClone(sampleFrameworks) as unknown as {
      frameworks: { id: string; items: { label: string }[] }[];
      links: { coverage?: string }[];
    };
    broken.frameworks[0]!.id = 'gdpr';
    broken.frameworks[1]!.items[0]!.label = '';
    broken.links[2]!.coverage = 'most';
    const result = parseFrameworks(broken);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.some((line) => line.startsWith('frameworks[0].id:'))).toBe(true);
    expect(errors.some((line) => line.startsWith('frameworks[1].items[0].label:'))).toBe(true);
    expect(errors.some((line) => line.startsWith('links[2].coverage:'))).toBe(true);
  });

  it('refuses a link to an item or framework the file does not have, and items listed twice', () => {
    const broken = structuredClone(sampleFrameworks);
    broken.links[0]!.item = 'art16';
    broken.links[4]!.framework = 'iso42001';
    broken.frameworks[0]!.items.push({ id: 'art10', label: 'Art. 10', title: { en: 'Again' } });
    const result = parseFrameworks(broken);
    expect(result).toEqual({
      ok: false,
      errors: [
        'frameworks[0].items[3].id: "art10" appears twice in eu-ai-act',
        'links[0].item: "art16" is not an item of eu-ai-act',
        'links[4].framework: "iso42001" has no entry in frameworks',
      ],
    });
  });

  it('refuses what is not a frameworks file', () => {
    expect(parseFrameworks(null)).toMatchObject({ ok: false });
    expect(parseFrameworks({ format: 2, frameworks: [], links: [] })).toMatchObject({ ok: false });
  });
});

describe('buildFrameworkIndex', () => {
  it('lists frameworks in the app order and finds items in any case', () => {
    expect(frameworks.frameworks.map((framework) => framework.id)).toEqual(['eu-ai-act', 'atlas', 'asi']);
    expect(frameworks.findItem('eu-ai-act', 'ART15')?.id).toBe('art15');
    expect(frameworks.findItem('atlas', 'aml.t0015')?.id).toBe('AML.T0015');
    expect(frameworks.findItem('eu-ai-act', 'art16')).toBeUndefined();
  });

  it('indexes links by node and item, and sets aside links to nodes the data lacks', () => {
    expect(frameworks.linksOfNode('evasion').map((link) => link.item)).toEqual(['AML.T0015']);
    expect(frameworks.linksOfItem('eu-ai-act', 'art15').map((link) => link.node)).toEqual([
      'trainadversarial',
    ]);
    expect(frameworks.unknownNodes).toEqual(['nosuchnode']);
  });
});

describe('framework lens', () => {
  const reachOf = (value: string) => {
    const parsed = parseFrameworkParam(value);
    if (!parsed.ok || !parsed.lens) throw new Error(value);
    return lensReach(index, lensLinks(frameworks, parsed.lens));
  };

  it('a control item keeps the control, the threats it mitigates and their groups and Top 10 items', () => {
    const reach = reachOf('eu-ai-act:art15');
    expect(reach.named).toEqual(['trainadversarial']);
    expect([...reach.covered].sort()).toEqual(['evasion', 'zeroknowledgeevasion']);
    const { visible, lensed } = applyLens(index, all, reach);
    expect([...visible.nodes].sort()).toEqual(
      ['ML01', 'evasion', 'inputthreats', 'trainadversarial', 'zeroknowledgeevasion'].sort(),
    );
    // What the filters show that the lens does not cover, counted as threats (not groups with member threats).
    expect(lensed.covered).toBe(1);
    expect(lensed.uncovered).toEqual([
      'promptinjection',
      'modelinversion',
      'datapoison',
      'devmodelleak',
      'runtimemodeltheft',
    ]);
    expect(visible.counts.control).toEqual({ shown: 1, total: all.counts.control.total });
    for (const edge of visible.edges) {
      const [source, target] = [...index.edges]
        .filter((e) => e.id === edge)
        .map((e) => [e.source, e.target])[0]!;
      expect(visible.nodes.has(source!) && visible.nodes.has(target!)).toBe(true);
    }
  });

  it('a control group names its members; a threat keeps the controls against it', () => {
    expect([...reachOf('eu-ai-act:art10').kept]).toEqual(
      expect.arrayContaining([
        'datacontrols',
        'dataqualitycontrol',
        'moretraindata',
        'datapoison',
        'devthreats',
      ]),
    );
    const atlas = reachOf('atlas');
    expect(atlas.named).toEqual(['evasion']);
    expect([...atlas.kept]).toEqual(expect.arrayContaining(['trainadversarial', 'monitoruse', 'ML01']));
  });

  it('keeps the nodes a link goes through', () => {
    expect(reachOf('asi:ASI01').kept.has('LLM01:2026')).toBe(true);
  });

  it('an item without links keeps nothing and leaves every shown threat uncovered', () => {
    const { visible, lensed } = applyLens(index, all, reachOf('eu-ai-act:art99'));
    expect(visible.nodes.size).toBe(0);
    expect(lensed.uncovered).toHaveLength(all.counts.threat.shown);
  });

  it('narrows what the filters show, never widens it', () => {
    const filtered = visibleSubgraph(index, { ...DEFAULT_FILTERS, lifecycle: ['development-time'] });
    const { visible } = applyLens(index, filtered, reachOf('eu-ai-act'));
    for (const id of visible.nodes) expect(filtered.nodes.has(id)).toBe(true);
    expect(visible.nodes.has('trainadversarial')).toBe(false);
    expect(visible.nodes.has('dataqualitycontrol')).toBe(filtered.nodes.has('dataqualitycontrol'));
  });
});

describe('viewThroughLens', () => {
  it('applies a known lens, matching the item in any case', () => {
    const outcome = viewThroughLens(index, frameworks, { framework: 'eu-ai-act', item: 'ART15' }, all);
    expect(outcome.kind).toBe('applied');
    if (outcome.kind === 'applied') {
      expect(outcome.item?.id).toBe('art15');
      expect(outcome.visible.nodes.has('trainadversarial')).toBe(true);
      expect(outcome.visible.nodes.has('dataqualitycontrol')).toBe(false);
    }
  });

  it('leaves the view alone for a framework or item the file lacks', () => {
    expect(viewThroughLens(index, frameworks, { framework: 'iso27002', item: null }, all)).toEqual({
      kind: 'unknown-framework',
      visible: all,
    });
    expect(viewThroughLens(index, frameworks, { framework: 'eu-ai-act', item: 'art16' }, all)).toEqual({
      kind: 'unknown-item',
      visible: all,
      item: 'art16',
    });
  });
});
