import { describe, expect, it } from 'vitest';

import { parseDataset } from '../../src/model/parseDataset';

import { cloneSample, sampleDataset } from './fixtures/sampleDataset';

describe('parseDataset', () => {
  it('accepts a valid data set', () => {
    const result = parseDataset(cloneSample());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.nodes).toHaveLength(sampleDataset.nodes.length);
  });

  it('names the path and the value of a bad vocabulary id', () => {
    const data = cloneSample() as unknown as { nodes: { impacts?: string[] }[] };
    data.nodes[12]!.impacts = ['foo'];
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^nodes\[12\]\.impacts\[0\]: invalid value "foo"/);
  });

  it('names a missing field', () => {
    const data = cloneSample() as unknown as { nodes: Record<string, unknown>[] };
    delete data.nodes[3]!.title;
    const result = parseDataset(data);
    expect(!result.ok && result.errors).toEqual(['nodes[3].title: missing (expected object)']);
  });

  it('names unknown fields and edges to unknown nodes', () => {
    const data = cloneSample() as unknown as {
      nodes: Record<string, unknown>[];
      edges: { target: string }[];
    };
    data.nodes[0]!.colour = 'red';
    data.edges[1]!.target = 'nosuchnode';
    const result = parseDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContain('nodes[0]: unknown field "colour"');
      expect(result.errors).toContain('edges[1].target: unknown node "nosuchnode"');
    }
  });

  it('rejects what is not a data set at all, without throwing', () => {
    for (const input of [null, 42, 'text', [], { format: 2 }]) {
      const result = parseDataset(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it('keeps a long error list readable', () => {
    const data = cloneSample() as unknown as { nodes: { kind: string }[] };
    for (let i = 0; i < 200; i++) data.nodes.push({ ...data.nodes[0]!, kind: 'bad' });
    const result = parseDataset(data);
    expect(!result.ok && result.errors.length).toBeLessThanOrEqual(51);
    expect(!result.ok && result.errors.at(-1)).toMatch(/more$/);
  });
});
