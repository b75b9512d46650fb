import { describe, expect, it } from 'vitest';

import { controlChips } from '../../src/model/controlChips';
import { buildIndex } from '../../src/model/graphIndex';

import { sampleDataset } from './fixtures/sampleDataset';

const index = buildIndex(sampleDataset);
const all = new Set(index.nodes.map((node) => node.id));
const nodes = (...ids: string[]) => ids.map((id) => index.node(id)!);

describe('control chips', () => {
  it('show a group listed beside the group holding it once: beside it, not among its members', () => {
    const chips = controlChips(index, nodes('generalcontrols', 'governancecontrols', 'monitoruse'), all);
    expect(chips.map((chip) => chip.node.id)).toEqual([
      'generalcontrols',
      'governancecontrols',
      'monitoruse',
    ]);
    expect(chips[0]!.members).toEqual([]);
    expect(chips[1]!.members.map((chip) => chip.node.id)).toEqual(['aiprogram', 'secprogram']);
    expect(
      controlChips(index, nodes('generalcontrols'), all)[0]!.members.map((chip) => chip.node.id),
    ).toEqual(['governancecontrols']);
  });

  it('keep a control listed beside the group holding it, and a group alone', () => {
    expect(
      controlChips(index, nodes('governancecontrols', 'aiprogram'), all).map((chip) => chip.node.id),
    ).toEqual(['governancecontrols', 'aiprogram']);
  });
});
