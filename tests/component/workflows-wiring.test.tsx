// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { buildIndex } from '../../src/model/graphIndex';
import { roleHighlights } from '../../src/model/roles/roles';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { findList, renderApp } from './renderApp';

const index = buildIndex(sampleDataset);

afterEach(() => vi.unstubAllGlobals());

const visibleList = () => findList();
const viewTabs = () => screen.getByRole('navigation', { name: 'Views' });

describe('workflows in the app', () => {
  it('scope answers go to the URL and hide out-of-scope threats in the graph’s list', async () => {
    const { user, location } = renderApp('/scope');
    await user.click(await screen.findByRole('radio', { name: 'Yes, generative AI' }));
    expect(await location()).toBe('/scope?scope=genai:y');
    await user.click(within(viewTabs()).getByRole('link', { name: 'Graph' }));
    const list = await visibleList();
    expect(list.querySelector('[data-node-id="zeroknowledgeevasion"]')).toBeNull();
    expect(list.querySelector('[data-node-id="datapoison"]')).not.toBeNull();
  });

  it('the details panel explains the scope and offers the annotation editors', async () => {
    renderApp('/?scope=genai:y&node=zeroknowledgeevasion');
    const details = await screen.findByTestId('details');
    // Both load when first shown.
    expect(await within(details).findByRole('heading', { name: 'Scope of your system' })).toBeTruthy();
    expect(await within(details).findByRole('heading', { name: 'Your risk rating' })).toBeTruthy();
  });

  it('a role chosen in the sidebar goes to the URL and shows its guide', async () => {
    const { user, location } = renderApp('/');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role' }), 'ciso');
    expect(await location()).toBe('/?role=ciso');
    expect(await screen.findByRole('heading', { level: 2, name: /^Using the navigator as: / })).toBeTruthy();
  });

  it('the list marks what the role acts on, in text as well as by symbol', async () => {
    renderApp('/?role=pentester');
    const list = await visibleList();
    const marked = [...list.querySelectorAll('[data-role-focus]')].map((mark) =>
      mark.parentElement?.querySelector('[data-node-id]')?.getAttribute('data-node-id'),
    );
    const focus = roleHighlights(index, 'pentester');
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((id) => id && focus.has(id))).toBe(true);
    expect(within(list).getAllByText('(your role acts on this)', { exact: false }).length).toBe(
      marked.length,
    );
  });

  it('an annotated control shows its status in the list', async () => {
    const { user } = renderApp('/?node=trainadversarial');
    const details = await screen.findByTestId('details');
    await user.selectOptions(await within(details).findByRole('combobox', { name: 'Status' }), 'Implemented');
    const row = (await visibleList()).querySelector('[data-node-id="trainadversarial"]')!.parentElement!;
    // The marks of a layer load with the first active layer.
    expect(await within(row).findByText('Implemented')).toBeTruthy();
  });

  it('/layers shows the layers, the risk overview and the exports', async () => {
    renderApp('/layers');
    expect(await screen.findByRole('heading', { level: 2, name: 'Annotations' })).toBeTruthy();
    expect(screen.getByTestId('layer-manager')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Export this view' })).toBeTruthy();
  });

  it('reports a shared layer that cannot be read, and removes the link once dismissed', async () => {
    const { user, location } = renderApp('/?layer=%2Fnot-a-layer.json');
    const prompt = await screen.findByRole('region', { name: 'A layer was shared with this link' });
    expect(await within(prompt).findByText(/could not be loaded/)).toBeTruthy();
    await user.click(within(prompt).getByRole('button', { name: 'Dismiss' }));
    expect(await location()).toBe('/');
  });
});
