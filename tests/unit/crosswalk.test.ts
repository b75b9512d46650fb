import { describe, expect, it } from 'vitest';

import { exportCrosswalkCsv, exportCrosswalkMarkdown } from '../../src/model/export/crosswalkExport';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { crosswalkRows } from '../../src/model/frameworks/crosswalk';
import { buildFrameworkIndex } from '../../src/model/frameworks/frameworkIndex';
import { buildIndex } from '../../src/model/graphIndex';
import { statusOf } from '../../src/model/layers/annotations';
import type { Layer } from '../../src/model/layers/schema';
import { visibleSubgraph } from '../../src/model/visibility';

import { sampleDataset } from './fixtures/sampleDataset';
import { sampleFrameworks } from './fixtures/sampleFrameworks';

const index = buildIndex(sampleDataset);
const frameworks = buildFrameworkIndex(sampleFrameworks, index);
const all = visibleSubgraph(index, DEFAULT_FILTERS).nodes;
const act = frameworks.framework('eu-ai-act')!;

const layer: Layer = {
  format: 'ai-security-navigator-layer',
  version: 2,
  name: 'Payments =HYPERLINK("x")',
  created: '2026-01-01T00:00:00Z',
  modified: '2026-01-01T00:00:00Z',
  dataVersion: 'a'.repeat(40),
  controls: {
    dataqualitycontrol: { status: 'implemented' },
    moretraindata: { status: 'planned' },
    trainadversarial: { status: 'partial' },
  },
  threats: {},
};

describe('crosswalkRows', () => {
  it('lists every item with the controls and threats it names, in the framework order', () => {
    const rows = crosswalkRows(index, frameworks, 'eu-ai-act', { visible: all, narrowed: false });
    expect(rows.map((row) => row.item.id)).toEqual(['art10', 'art15', 'art99']);
    expect(rows[0]!.controls).toEqual([
      { nodeId: 'dataqualitycontrol', coverage: 'partial', note: 'Gap: covers partly' },
      { nodeId: 'datacontrols' },
    ]);
    expect(rows[2]).toMatchObject({ controls: [], threats: [], linked: 0, statuses: null });
  });

  it('lists the controls against the threats an item names, and keeps the path of a link through another item', () => {
    const [atlas] = crosswalkRows(index, frameworks, 'atlas', { visible: all, narrowed: false });
    expect(atlas!.threats).toEqual([{ nodeId: 'evasion' }]);
    expect(atlas!.against).toEqual(['monitoruse', 'trainadversarial']);
    const [asi] = crosswalkRows(index, frameworks, 'asi', { visible: all, narrowed: false });
    expect(asi!.threats).toEqual([{ nodeId: 'promptinjection', via: ['LLM01:2026'] }]);
  });

  it('follows the filters: hidden links are counted, items left with nothing are dropped while narrowed', () => {
    const visible = visibleSubgraph(index, { ...DEFAULT_FILTERS, lifecycle: ['development-time'] }).nodes;
    const rows = crosswalkRows(index, frameworks, 'eu-ai-act', { visible, narrowed: true });
    expect(rows.map((row) => row.item.id)).toEqual(
      ['art10', 'art15'].filter((id) =>
        frameworks.linksOfItem('eu-ai-act', id).some((l) => visible.has(l.node)),
      ),
    );
    const art10 = crosswalkRows(index, frameworks, 'eu-ai-act', {
      visible: new Set(['dataqualitycontrol']),
      narrowed: true,
    });
    expect(art10).toHaveLength(1);
    expect(art10[0]).toMatchObject({ hidden: 1, linked: 2 });
  });

  it('sorts by coverage, the framework order among equals, and shows one item', () => {
    const rows = crosswalkRows(index, frameworks, 'eu-ai-act', {
      visible: all,
      narrowed: false,
      sort: 'coverage',
    });
    expect(rows.map((row) => row.item.id)).toEqual(['art10', 'art15', 'art99']);
    expect(
      crosswalkRows(index, frameworks, 'eu-ai-act', { visible: all, narrowed: false, item: 'art15' }).map(
        (row) => row.item.id,
      ),
    ).toEqual(['art15']);
  });

  it('counts the statuses of an item’s controls in the active layer, a named group by its members', () => {
    const rows = crosswalkRows(index, frameworks, 'eu-ai-act', { visible: all, narrowed: false, layer });
    expect(rows[0]!.statuses).toMatchObject({ implemented: 1, planned: 1, partial: 0 });
    expect(rows[1]!.statuses).toMatchObject({ partial: 1, implemented: 0 });
    expect(rows[2]!.statuses).toMatchObject({ implemented: 0, partial: 0, planned: 0, unknown: 0 });
  });
});

describe('crosswalk exports', () => {
  const rows = crosswalkRows(index, frameworks, 'eu-ai-act', { visible: all, narrowed: false, layer });

  it('CSV: one row per item and node, coverage and status, a row for an item with none', () => {
    const csv = exportCrosswalkCsv(index, act, rows, (id) => statusOf(layer, id), 'en');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('framework,item_id,item,title,relation,node_id,node,coverage,note,via,status');
    expect(lines).toContain(
      'eu-ai-act,art10,Art. 10,Data governance,control,dataqualitycontrol,DATA QUALITY CONTROL,partial,Gap: covers partly,,implemented',
    );
    expect(lines.at(-1)).toBe('eu-ai-act,art99,Art. 99,Penalties,,,,,,,');
  });

  it('CSV guards against formulas in any text', () => {
    const hostile = structuredClone(act);
    hostile.items[0]!.title.en = '=HYPERLINK("http://x")';
    const csv = exportCrosswalkCsv(
      index,
      hostile,
      rows.slice(0, 1).map((row) => ({ ...row, item: hostile.items[0]! })),
      null,
      'en',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('Markdown: a heading per item, coverage and status in words, the data versions, in Japanese too', () => {
    const md = exportCrosswalkMarkdown(index, act, rows, (id) => statusOf(layer, id), 'en');
    expect(md).toContain('# Crosswalk: EU AI Act');
    expect(md).toContain('## Art. 10 Data governance');
    expect(md).toContain('- DATA QUALITY CONTROL (dataqualitycontrol) (covers partly, implemented)');
    expect(md).toContain('Controls by status: implemented 1, planned 1');
    expect(md).toContain('No Exchange control or threat linked.');
    expect(md).toContain('OWASP AI Exchange');
    const ja = exportCrosswalkMarkdown(index, act, rows, null, 'ja');
    expect(ja).toContain('# 対応表：EU AI法');
    expect(ja).toContain('## Art. 10 データガバナンス');
    expect(ja).toContain('部分的に対応');
  });
});
