// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { cloneSample } from '../unit/fixtures/sampleDataset';

import { findList, renderApp } from './renderApp';

const list = () => findList();
const listedIds = async () =>
  Array.from((await list()).querySelectorAll('[data-node-id]')).map((el) => el.getAttribute('data-node-id'));

describe('app', () => {
  it('loads the data and lists what the graph shows, grouped by kind', async () => {
    renderApp('/');
    const nodes = await list();
    expect(within(nodes).getByRole('heading', { name: 'Threat groups (4)' })).toBeTruthy();
    expect(within(nodes).getByRole('button', { name: /Data poisoning/ })).toBeTruthy();
    expect(await listedIds()).not.toContain('orphancontrol');
    expect(screen.getByTestId('count-line').textContent).toBe(
      'Showing 6 of 6 threats and 9 of 10 controls (groups not counted)',
    );
  });

  it('shows a readable error naming the bad field when the data is invalid', async () => {
    const data = cloneSample() as unknown as { nodes: { impacts?: string[] }[] };
    data.nodes[4]!.impacts = ['foo'];
    renderApp('/', { data });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The navigator data could not be loaded');
    expect(screen.getByText(/core\.json nodes\[4\]\.impacts\[0\]: invalid value "foo"/)).toBeTruthy();
    expect(screen.queryByTestId('visible-nodes')).toBeNull();
  });

  it('shows an error when the data cannot be fetched', async () => {
    renderApp('/', { data: new Error('network down') });
    expect((await screen.findByRole('alert')).textContent).toContain('could not be loaded');
    expect(screen.getByText(/network down/)).toBeTruthy();
  });

  it('shows a not-found page with a link home for unknown paths', async () => {
    const { user, location } = renderApp('/no/such/page?lang=ja');
    expect(screen.getByRole('heading', { name: 'ページが見つかりません' })).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'ナビゲーターへ移動' }));
    expect(await location()).toBe('/?lang=ja');
    expect(await list()).toBeTruthy();
  });

  it('has the landmarks of the layout', async () => {
    renderApp('/');
    await list();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Filters' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeTruthy();
    expect(screen.getByRole('search')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    // Over the graph, the details open with a selection and leave the picture its room otherwise.
    expect(screen.queryByRole('complementary', { name: 'Details' })).toBeNull();
  });

  it('opens the details over the graph for a selection', async () => {
    renderApp('/?node=runtimemodeltheft');
    await list();
    expect(await screen.findByRole('complementary', { name: 'Details' })).toBeTruthy();
  });
});

describe('graph wiring', () => {
  it('the graph gets what the list shows, the general controls folded while filtering, and selecting in it opens the panel', async () => {
    const { user, location } = renderApp('/?lifecycle=runtime');
    const graph = await screen.findByTestId('graph');
    const graphIds = () =>
      Array.from(graph.querySelectorAll('[data-graph-node]'))
        .map((el) => el.getAttribute('data-graph-node'))
        .sort();
    const listed = (await listedIds()).sort();
    // The members of the folded general control groups are listed but drawn as their group's count.
    expect(graphIds()).toEqual(listed.filter((id) => !['aiprogram', 'secprogram'].includes(id ?? '')));
    await user.click(screen.getByRole('button', { name: 'Fold general controls', pressed: true }));
    expect(await location()).toBe('/?lifecycle=runtime&general=open');
    expect(graphIds()).toEqual(listed);
    await user.click(within(graph).getByRole('button', { name: 'runtimemodeltheft' }));
    expect(await location()).toBe('/?lifecycle=runtime&general=open&node=runtimemodeltheft');
    expect(within(screen.getByTestId('details')).getByRole('heading', { level: 2 }).textContent).toBe(
      'Runtime model theft',
    );
    await user.click(within(graph).getByRole('button', { name: 'background' }));
    expect(await location()).toBe('/?lifecycle=runtime&general=open');
  });
});
