// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateDataset } from '../../scripts/generate-dataset';
import { visibleGroups } from '../../src/features/list/visibleGroups';
import { LONG_LIST } from '../../src/features/list/VisibleNodesList';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { visibleSubgraph } from '../../src/model/visibility';

import { findList, renderApp } from './renderApp';

const dataset = generateDataset(1200, 2400);
const index = buildIndex(dataset);
const shownWith = (lifecycle: (typeof DEFAULT_FILTERS)['lifecycle']) =>
  visibleSubgraph(index, { ...DEFAULT_FILTERS, lifecycle }).nodes;

describe('the list of a catalogue of thousands of nodes', { timeout: 30_000 }, () => {
  // jsdom lays nothing out: the list's scrolling box and its lines are given the heights a screen would give them.
  const heights = [
    [
      Element.prototype,
      'clientHeight',
      (element: Element) => (element.matches('.node-list__viewport') ? 600 : 0),
    ],
    [HTMLElement.prototype, 'offsetHeight', (element: Element) => (element.matches('[data-index]') ? 30 : 0)],
  ] as const;
  const originals = heights.map(([proto, name]) => Object.getOwnPropertyDescriptor(proto, name));
  beforeAll(() => {
    for (const [proto, name, height] of heights)
      Object.defineProperty(proto, name, {
        configurable: true,
        get(this: Element) {
          return height(this);
        },
      });
  });
  afterAll(() => {
    heights.forEach(([proto, name], i) => {
      const original = originals[i];
      if (original) Object.defineProperty(proto, name, original);
      else delete (proto as unknown as Record<string, unknown>)[name];
    });
  });

  it('says how many nodes it lists and renders only rows of shown nodes, with their place in the group', async () => {
    renderApp('/', { data: dataset });
    const list = await findList();
    const all = shownWith([]);
    expect(all.size).toBeGreaterThan(LONG_LIST);
    expect(list.getAttribute('data-listed-count')).toBe(String(all.size));

    const rows = await within(list).findAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all.size);
    const firstGroup = index.nodes.filter((node) => node.kind === 'threat' && all.has(node.id));
    expect(within(list).getByRole('heading', { name: `Threats (${firstGroup.length})` })).toBeTruthy();
    expect(rows[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(rows[0]!.getAttribute('aria-setsize')).toBe(String(firstGroup.length));
    expect(within(rows[0]!).getByRole('button', { name: new RegExp(firstGroup[0]!.title.en) })).toBeTruthy();
  });

  it('follows a filter change', async () => {
    const { user } = renderApp('/', { data: dataset });
    const list = await findList();
    await user.click(screen.getByRole('checkbox', { name: 'Runtime' }));
    const shown = shownWith(['runtime']);
    expect(list.getAttribute('data-listed-count')).toBe(String(shown.size));
    for (const row of list.querySelectorAll('[data-node-id]'))
      expect(shown.has(row.getAttribute('data-node-id')!)).toBe(true);
  });

  it('is one Tab stop whose arrows, Home and End reach rows not rendered yet', async () => {
    const { user } = renderApp('/', { data: dataset });
    const list = await findList();
    const first = (await within(list).findAllByRole('button'))[0]!;
    expect(
      within(list)
        .getAllByRole('button')
        .filter((button) => button.tabIndex === 0),
    ).toEqual([first]);
    first.focus();
    const order = visibleGroups(index, shownWith([])).flatMap((group) => group.nodes.map((node) => node.id));
    const focusedId = () => (document.activeElement as HTMLElement).dataset.nodeId;
    await user.keyboard('{End}');
    expect(focusedId()).toBe(order.at(-1));
    expect((document.activeElement as HTMLElement).tabIndex).toBe(0);
    await user.keyboard('{ArrowUp}');
    expect(focusedId()).toBe(order.at(-2));
    await user.keyboard('{Home}');
    expect(focusedId()).toBe(order[0]);
    expect(first.dataset.nodeId).toBe(order[0]);
  });

  it('selects a node from a rendered row', async () => {
    const { user, location } = renderApp('/', { data: dataset });
    const list = await findList();
    const button = (await within(list).findAllByRole('button'))[0]!;
    await user.click(button);
    expect(await location()).toContain(`node=${button.getAttribute('data-node-id')}`);
  });
});
