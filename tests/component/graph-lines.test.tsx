// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import { applyVisibility, neighbourhood } from '../../src/features/graph/cyUpdates';
import { buildElements, edgeClassesIn } from '../../src/features/graph/elements';
import { showAllEdges, showEdgesAround, splitEdges } from '../../src/features/graph/linesOnDemand';
import { navigatorFixture } from '../unit/layout-fixture';

import { createHeadless, labels, pictureOf } from './graphTestKit';

const dataset = navigatorFixture();
const whole = pictureOf(dataset);
const elements = buildElements(dataset, whole, 'en', labels);
const withoutRateLimit = pictureOf(dataset, (id) => id !== 'ratelimit');

describe('lines on demand: the canvas holds only the lines it draws', () => {
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
    showEdgesAround(cy, edges, 'zeroknowledgeevasion', whole);
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
    const filtered = withoutRateLimit;
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
    showEdgesAround(cy, edges, 'inputthreats', whole);
    const fromRateLimit = () => cy.edges().filter((edge) => edge.source().id() === 'ratelimit');
    expect(fromRateLimit().hasClass('hidden')).toBe(false);
    applyVisibility(cy, withoutRateLimit, whole);
    expect(fromRateLimit().length).toBe(1);
    expect(fromRateLimit().hasClass('hidden')).toBe(true);
  });

  it('come with the classes of the picture shown now, not of the one they were made for', () => {
    const { drawn, edges } = splitEdges(elements);
    const cy = createHeadless({ elements: drawn });
    const closedUp = withoutRateLimit;
    showEdgesAround(cy, edges, 'inputthreats', closedUp);
    expect(cy.edges().nonempty()).toBe(true);
    cy.edges().forEach((edge) => {
      const kind = edge.data('kind') as string;
      const expected = edgeClassesIn(closedUp, {
        id: edge.id(),
        kind,
        source: edge.source().id(),
        target: edge.target().id(),
      });
      expect(expected.slice(0, 2)).toEqual(['link', kind]);
      expect(edge.classes().sort()).toEqual(expected.sort());
    });
  });

  it('are all on the canvas once all lines are asked for, each once', () => {
    const { drawn, edges } = splitEdges(elements);
    const cy = createHeadless({ elements: drawn });
    showEdgesAround(cy, edges, 'inputthreats', whole);
    showAllEdges(cy, edges, whole);
    const full = createHeadless({ elements });
    expect(
      cy
        .edges()
        .map((edge) => edge.id())
        .sort(),
    ).toEqual(
      full
        .edges()
        .map((edge) => edge.id())
        .sort(),
    );
    showEdgesAround(cy, edges, null, whole);
    expect(cy.edges().length).toBe(0);
  });
});
