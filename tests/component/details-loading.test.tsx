// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { splitDataset } from '../../src/model/datasetParts';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { PENDING, renderApp } from './renderApp';

const panel = () => screen.getByTestId('details');

describe('summary and references, fetched after the first view', () => {
  it('fill the panel of a ?node= link without any action', async () => {
    const { fetch } = renderApp('/?node=evasion');
    const details = await screen.findByTestId('details');
    expect(within(details).getByRole('heading', { level: 2, name: 'Evasion' })).toBeTruthy();
    expect(await within(details).findByText('Summary of Evasion.')).toBeTruthy();
    expect(await within(details).findByRole('heading', { name: 'References' })).toBeTruthy();
    // As the sources give them, in English.
    const reference = within(details).getByRole('link', { name: /^AML\.T0015 — Evade AI Model/ });
    expect(reference.querySelector('[lang="en"]')?.textContent).toBe('AML.T0015 — Evade AI Model');
    // The details list the node's framework links too, so the framework data comes with them (its request may come
    // a moment after the references show).
    await vi.waitFor(() =>
      expect(fetch.mock.calls.map(([url]) => String(url))).toContain('/@frameworks/frameworks.json'),
    );
    expect(fetch.mock.calls.map(([url]) => String(url)).sort()).toEqual([
      '/@dataset/core.json',
      '/@dataset/details.json',
      '/@frameworks/frameworks.json',
    ]);
  });

  it('show a loading line while they are on their way, the rest of the panel already there', async () => {
    renderApp('/?node=evasion', { details: PENDING });
    const details = await screen.findByTestId('details');
    expect(within(details).getByRole('heading', { level: 2, name: 'Evasion' })).toBeTruthy();
    expect(within(details).getByRole('status').textContent).toBe('Loading the summary and references…');
    expect(within(details).getByRole('heading', { name: 'Mitigated by' })).toBeTruthy();
    expect(within(details).queryByText('Summary of Evasion.')).toBeNull();
  });

  it('say so in Japanese too', async () => {
    renderApp('/?node=evasion&lang=ja', { details: PENDING });
    const details = await screen.findByTestId('details');
    expect(within(details).getByText('概要と参考文献を読み込んでいます…')).toBeTruthy();
  });

  it('bring the category line, in the language of the page', async () => {
    renderApp('/?node=evasion&lang=ja', { details: PENDING });
    const details = await screen.findByTestId('details');
    expect(within(details).queryByText('カテゴリ')).toBeNull();
    cleanup();
    renderApp('/?node=evasion&lang=ja');
    const filled = await screen.findByTestId('details');
    const term = await within(filled).findByText('カテゴリ');
    expect(term.nextElementSibling?.textContent).toBe('入力による脅威グループ');
  });

  it('show an error line with a retry when they cannot be fetched, and fill in on retry', async () => {
    const { user } = renderApp('/?node=evasion', { details: new Error('network down') });
    const alert = await within(await screen.findByTestId('details')).findByRole('alert');
    expect(alert.textContent).toContain('The summary and references could not be loaded.');
    const { details } = splitDataset(sampleDataset);
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(details)));
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(panel()).findByText('Summary of Evasion.')).toBeTruthy();
    expect(within(panel()).queryByRole('alert')).toBeNull();
  });

  it('refuse a details file of another data set', async () => {
    const { details } = splitDataset(sampleDataset);
    const others = Object.fromEntries(Object.entries(details.nodes).filter(([id]) => id !== 'evasion'));
    renderApp('/?node=evasion', { details: { ...details, nodes: others } });
    const alert = await within(await screen.findByTestId('details')).findByRole('alert');
    expect(alert.textContent).toContain('could not be loaded');
  });

  it('on the graph view, are fetched once the graph has been drawn', async () => {
    const { fetch } = renderApp('/');
    await vi.waitFor(() =>
      expect(fetch.mock.calls.map(([url]) => String(url))).toContain('/@dataset/details.json'),
    );
    await vi.waitFor(() => expect(document.querySelector('[data-graph-ready="true"]')).not.toBeNull());
  });

  it('are fetched once the first view is up, with nothing selected, then shown at once on selection', async () => {
    const { fetch, user } = renderApp('/table');
    await screen.findByRole('table');
    await vi.waitFor(() =>
      expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
        '/@dataset/core.json',
        '/@dataset/details.json',
      ]),
    );
    await user.click(screen.getAllByRole('button', { name: /^Evasion/ })[0]!);
    expect(within(panel()).getByText('Summary of Evasion.')).toBeTruthy();
  });
});
