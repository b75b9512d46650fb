import { describe, expect, it } from 'vitest';

import { splitDataset } from '../../src/model/datasetParts';
import { computeLayout } from '../../src/model/layout/computeLayout';
import { fixedLayoutOf, keepLayout } from '../../src/model/layout/fixedLayout';

import { sampleDataset } from './fixtures/sampleDataset';

describe('the fixed layout of a catalogue', () => {
  it('is the one worked out ahead for that very data set, else worked out now', () => {
    const { core } = splitDataset(sampleDataset);
    expect(fixedLayoutOf(core)).toStrictEqual(computeLayout(core));
    const ahead = computeLayout(core);
    keepLayout(core, ahead);
    expect(fixedLayoutOf(core)).toBe(ahead);
    // A copy of the same data is another data set.
    expect(fixedLayoutOf(structuredClone(core))).not.toBe(ahead);
  });
});
