// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { GraphLegend } from '../../src/features/graph/GraphLegend';
import { CONTROL_TYPES, EDGE_KINDS, IMPACTS, NODE_KINDS } from '../../src/model/vocabulary';

import { labels } from './graphTestKit';

describe('GraphLegend', () => {
  it('names every node kind, control type, impact tag and relation in labelled lists', () => {
    render(<GraphLegend labels={labels} />);
    const list = (name: string) => within(screen.getByRole('list', { name }));
    for (const kind of NODE_KINDS)
      expect(list(labels.legendGroups.nodes).getByText(labels.kinds[kind])).toBeTruthy();
    for (const type of CONTROL_TYPES) {
      expect(list(labels.legendGroups.controlTypes).getByText(labels.controlTypes[type])).toBeTruthy();
    }
    expect(list(labels.legendGroups.controlTypes).getByText(labels.governance)).toBeTruthy();
    for (const impact of IMPACTS) {
      expect(list(labels.legendGroups.impacts).getByText(labels.impacts[impact])).toBeTruthy();
    }
    for (const kind of EDGE_KINDS)
      expect(list(labels.legendGroups.edges).getByText(labels.edges[kind])).toBeTruthy();
  });

  it('opens and closes from its summary', async () => {
    const user = userEvent.setup();
    render(<GraphLegend labels={labels} />);
    const details = screen.getByText(labels.legend).closest('details')!;
    const wasOpen = details.open;
    await user.click(screen.getByText(labels.legend));
    expect(details.open).toBe(!wasOpen);
  });

  it('draws its swatches as decoration only', () => {
    const { container } = render(<GraphLegend labels={labels} />);
    const swatches = container.querySelectorAll('svg');
    expect(swatches.length).toBeGreaterThan(0);
    swatches.forEach((svg) => expect(svg.getAttribute('aria-hidden')).toBe('true'));
  });
});
