import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import { type ImpactBlock, periodicTable, tableThreats } from '../../src/model/periodicTable';
import { visibleSubgraph } from '../../src/model/visibility';

import { sampleDataset } from './fixtures/sampleDataset';

const sample = buildIndex(sampleDataset);
const table = (index = sample, patch: Partial<Filters> = {}) => {
  const filters = { ...DEFAULT_FILTERS, ...patch };
  return periodicTable(index, filters, visibleSubgraph(index, filters).nodes);
};
/** `impact / lifecycle / threat` for each row. */
const rowPaths = (blocks: ImpactBlock[]) =>
  blocks.flatMap((block) =>
    block.surfaces.flatMap((surface) =>
      surface.rows.map((row) => `${block.impact} / ${surface.lifecycle} / ${row.threat.id}`),
    ),
  );
const rowOf = (blocks: ImpactBlock[], id: string) =>
  blocks.flatMap((b) => b.surfaces.flatMap((s) => s.rows)).find((row) => row.threat.id === id)!;

describe('periodic table', () => {
  it('groups rows by impact, then attack surface (use, runtime, development), in vocabulary order', () => {
    expect(rowPaths(table())).toEqual([
      'model-behaviour-integrity / use / evasion',
      'model-behaviour-integrity / development-time / datapoison',
      'training-data-confidentiality / use / disclosureuse',
      'model-confidentiality / runtime / runtimemodeltheft',
      'model-confidentiality / development-time / devmodelleak',
      'any-asset-cia / use / promptinjection',
    ]);
  });

  it('folds members without controls of their own into their group row, as variants', () => {
    const evasion = rowOf(table(), 'evasion');
    expect(evasion.variants.map((node) => node.id)).toEqual(['zeroknowledgeevasion']);
    expect(evasion.group?.id).toBe('inputthreats');
    expect(tableThreats(sample).map((row) => row.threat.id)).not.toContain('zeroknowledgeevasion');
    expect(rowOf(table(), 'disclosureuse').variants.map((node) => node.id)).toEqual(['modelinversion']);
  });

  it('lists direct controls and those through threat groups, in reading order, groups with members', () => {
    const row = rowOf(table(), 'datapoison');
    expect(row.controls.map((chip) => chip.node.id)).toEqual(['devsecurity', 'datacontrols']);
    expect(row.controls[1]!.members.map((chip) => chip.node.id)).toEqual([
      'dataqualitycontrol',
      'moretraindata',
    ]);
    expect(rowOf(table(), 'evasion').controls.map((chip) => chip.node.id)).toEqual([
      'monitoruse',
      'trainadversarial',
    ]);
  });

  it('keeps only the selected impacts and lifecycles, and only shown controls', () => {
    expect(rowPaths(table(sample, { impact: ['model-confidentiality'] }))).toEqual([
      'model-confidentiality / runtime / runtimemodeltheft',
      'model-confidentiality / development-time / devmodelleak',
    ]);
    expect(rowPaths(table(sample, { lifecycle: ['runtime'] }))).toEqual([
      'model-confidentiality / runtime / runtimemodeltheft',
    ]);
    const typed = table(sample, { type: ['standard-infosec'] });
    expect(rowOf(typed, 'datapoison').controls.map((chip) => chip.node.id)).toEqual(['devsecurity']);
  });

  it('is empty when the filters exclude every threat', () => {
    expect(table(sample, { lifecycle: ['runtime'], impact: ['any-asset-cia'] })).toEqual([]);
  });
});

describe('periodic table of the data set', () => {
  const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const index = buildIndex(parsed.dataset);
  const rows = tableThreats(index).map((row) => row.threat.id);

  it('has a row for every threat the upstream periodic table lists', () => {
    const listedUpstream = new Set(
      index.edges
        .filter((edge) => edge.kind === 'mitigates' && edge.basis.includes('periodic-table'))
        .map((edge) => edge.target),
    );
    expect(listedUpstream.size).toBeGreaterThan(0);
    for (const id of listedUpstream) expect(rows, id).toContain(id);
  });

  it('shows every threat once, as a row or as a variant of one, except the groups above rows', () => {
    const variants = tableThreats(index).flatMap((row) => row.variants.map((node) => node.id));
    for (const node of index.nodes.filter((n) => n.kind === 'threat')) {
      expect(rows.includes(node.id) !== variants.includes(node.id), node.id).toBe(true);
    }
  });

  it('marks the controls the upstream periodic table names', () => {
    const blocks = table(index);
    for (const row of blocks.flatMap((b) => b.surfaces.flatMap((s) => s.rows))) {
      for (const chip of row.controls) {
        const named = [row.threat.id, ...index.ancestors(row.threat.id)].some((target) =>
          index
            .incoming(target, 'mitigates')
            .some((edge) => edge.source === chip.node.id && edge.basis.includes('periodic-table')),
        );
        expect(chip.inPeriodicTable, `${row.threat.id} ← ${chip.node.id}`).toBe(named);
      }
    }
  });
});
