// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { GraphLegend } from '../../src/features/graph/GraphLegend';
import { CONTROL_TYPES, EDGE_KINDS, NODE_KINDS } from '../../src/model/vocabulary';

import { labels } from './graphTestKit';

describe('GraphLegend', () => {
  it('shows every kind of node and control type in sight, in labelled lists', () => {
    render(<GraphLegend labels={labels} />);
    const [kinds, types] = screen
      .getAllByRole('list')
      .filter((list) =>
        [labels.legendGroups.nodes, labels.legendGroups.controlTypes].includes(
          list.getAttribute('aria-label')!,
        ),
      );
    for (const kind of NODE_KINDS.filter((one) => one !== 'control'))
      expect(within(kinds!).getByTitle(labels.kinds[kind])).toBeTruthy();
    for (const type of CONTROL_TYPES) {
      expect(within(types!).getByText(labels.controlTypes[type])).toBeTruthy();
      expect(within(types!).getByText(labels.short.controlTypes[type])).toBeTruthy();
    }
  });

  it('opens the rest, the governance mark and the relations, from “More”', async () => {
    const user = userEvent.setup();
    render(<GraphLegend labels={labels} />);
    const more = screen.getByText(labels.legendMore).closest('details')!;
    expect(more.open).toBe(false);
    await user.click(screen.getByText(labels.legendMore));
    expect(more.open).toBe(true);
    const relations = within(more).getByRole('list', { name: labels.legendGroups.edges });
    for (const kind of EDGE_KINDS) expect(within(relations).getByText(labels.edges[kind])).toBeTruthy();
    expect(within(more).getByText(labels.governance)).toBeTruthy();
  });

  it('draws its swatches as decoration only', () => {
    const { container } = render(<GraphLegend labels={labels} />);
    const swatches = container.querySelectorAll('svg');
    expect(swatches.length).toBeGreaterThan(0);
    swatches.forEach((svg) => expect(svg.getAttribute('aria-hidden')).toBe('true'));
  });
});
