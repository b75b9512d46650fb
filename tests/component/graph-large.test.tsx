// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { applyVisibility, neighbourhood } from '../../src/features/graph/cyUpdates';
import { buildElements } from '../../src/features/graph/elements';
import { showEdgesAround, splitEdges } from '../../src/features/graph/largeGraph';
import { navigatorFixture } from '../unit/layout-fixture';

import { createHeadless, labels, pictureOf } from './graphTestKit';

const dataset = navigatorFixture();
const whole = pictureOf(dataset);
const elements = buildElements(dataset, whole, 'en', labels);
const withoutRateLimit = pictureOf(dataset, (id) => id !== 'ratelimit');

describe('lines of a large graph, drawn only around the emphasised node', () => {
  it('start with no lines at all', () => {
    const { drawn } = splitEdges(elements);
    const cy = createHeadless({ elements: drawn });
    expect(cy.nodes('.item').length).toBe(dataset.nodes.length);
    expect(cy.edges().length).toBe(0);
  });

  it('show the node’s lines and those of its groups, so the neighbourhood is the one of the full graph', () => {
    const { drawn, edges } = splitEdges(elements);
    const cy = createHeadless({ elements: drawn });
    const full = createHeadless({ elements });
    showEdgesAround(cy, edges, 'zeroknowledgeevasion', whole.edges);
    const ids = (hood: ReturnType<typeof neighbourhood>) => hood.map((element) => element.id()).sort();
    expect(ids(neighbourhood(cy, 'zeroknowledgeevasion'))).toEqual(
      ids(neighbourhood(full, 'zeroknowledgeevasion')),
    );
    // A control against the group counts for its member.
    expect(neighbourhood(cy, 'zeroknowledgeevasion').getElementById('evasionrobustmodel').nonempty()).toBe(
      true,
    );
  });

  it('follow the emphasis and the filters, and go when nothing is emphasised', () => {
    const { drawn, edges } = splitEdges(elements);
    const cy = createHeadless({ elements: drawn });
    const filtered = withoutRateLimit.edges;
    showEdgesAround(cy, edges, 'inputthreats', filtered);
    const toRateLimit = cy.edges().filter((edge) => edge.source().id() === 'ratelimit');
    expect(toRateLimit.length).toBe(1);
    expect(toRateLimit.hasClass('hidden')).toBe(true);
    showEdgesAround(cy, edges, 'modelensemble', filtered);
    expect(
      cy
        .edges()
        .filter((edge) => edge.source().id() === 'modelensemble')
        .nonempty(),
    ).toBe(true);
    expect(cy.edges().filter((edge) => edge.source().id() === 'ratelimit').length).toBe(0);
    showEdgesAround(cy, edges, null, filtered);
    expect(cy.edges().length).toBe(0);
  });

  it('take part in the next filter change, though they came after the one before', () => {
    const { drawn, edges } = splitEdges(elements);
    const cy = createHeadless({ elements: drawn });
    applyVisibility(cy, whole);
    showEdgesAround(cy, edges, 'inputthreats', whole.edges);
    const fromRateLimit = () => cy.edges().filter((edge) => edge.source().id() === 'ratelimit');
    expect(fromRateLimit().hasClass('hidden')).toBe(false);
    applyVisibility(cy, withoutRateLimit, whole);
    expect(fromRateLimit().length).toBe(1);
    expect(fromRateLimit().hasClass('hidden')).toBe(true);
  });
});
