// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Dataset } from '../../src/model/schema';
import { cloneSample } from '../unit/fixtures/sampleDataset';

import { findList, PENDING, renderApp } from './renderApp';

/** The sample, with a threat whose ATLAS id differs from evasion's by one digit. */
function withNeighbourId(): Dataset {
  const data = cloneSample();
  const poison = data.nodes.find((node) => node.id === 'datapoison')!;
  poison.references.push({ scheme: 'mitre-atlas', id: 'AML.T0019', title: 'Poison data', basis: 'opencre' });
  return data;
}

// The app loads the search module on the first keystroke; loading it here once keeps that out of the timings.
await import('../../src/model/search');

describe('search', () => {
  it('typing a reference id lists the node; ArrowDown and Enter select it', async () => {
    const { user, location } = renderApp('/');
    const box = await screen.findByRole('combobox', { name: 'Search threats and controls' });
    await user.type(box, 'AML.T0015');
    const listbox = screen.getByRole('listbox');
    // The search is built on the first keystroke: its results follow.
    expect((await within(listbox).findAllByRole('option', {}, { timeout: 4000 }))[0]!.textContent).toContain(
      'Evasion',
    );
    await user.keyboard('{ArrowDown}');
    expect(box.getAttribute('aria-activedescendant')).toBe(within(listbox).getAllByRole('option')[0]!.id);
    await user.keyboard('{Enter}');
    expect(await location()).toBe('/?q=AML.T0015&node=evasion');
    expect(
      within(screen.getByTestId('details')).getByRole('heading', { level: 2, name: 'Evasion' }),
    ).toBeTruthy();
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('lists the node carrying an identifier first, marked exact, and similar ids below a divider, unmarked', async () => {
    const { user } = renderApp('/', { data: withNeighbourId() });
    await user.type(
      await screen.findByRole('combobox', { name: 'Search threats and controls' }),
      'AML.T0015',
    );
    const listbox = screen.getByRole('listbox');
    const exact = await within(listbox).findByRole('group', { name: 'Carrying the identifier AML.T0015' });
    expect(
      within(exact)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([expect.stringMatching(/Evasion.*AML\.T0015.*exact/)]);
    const similar = within(listbox).getByRole('group', { name: 'Similar text, not this identifier' });
    expect(within(similar).getByRole('option', { name: /Data poisoning/ }).textContent).not.toContain(
      'exact',
    );
    expect(screen.getByText('1 carries AML.T0015; 1 more with similar text')).toBeTruthy();
    // Only the exact match is marked in the list.
    const list = screen.getByTestId('visible-nodes');
    expect(list.querySelector('.is-match [data-node-id="evasion"]')).toBeTruthy();
    expect(list.querySelector('.is-match [data-node-id="datapoison"]')).toBeNull();
    expect(within(list).getAllByText('(matches the search)')).toHaveLength(1);
  });

  it('lists the identifiers that start with the text, in Japanese too', async () => {
    const { user } = renderApp('/?lang=ja', { data: withNeighbourId() });
    await user.type(await screen.findByRole('combobox', { name: '脅威と管理策を検索' }), 'AML.T001');
    const group = await within(screen.getByRole('listbox')).findByRole('group', {
      name: 'AML.T001 で始まる識別子',
    });
    expect(
      within(group)
        .getAllByRole('option')
        .map((option) => option.dataset.resultId),
    ).toEqual(['evasion', 'datapoison']);
    expect(screen.getByText('AML.T001 で始まる識別子を持つ項目 2 件')).toBeTruthy();
  });

  it('does not hide nodes; it marks the matches in the list', async () => {
    const { user } = renderApp('/');
    const list = await findList();
    const before = list.querySelectorAll('[data-node-id]').length;
    await user.type(screen.getByRole('combobox', { name: 'Search threats and controls' }), 'poison');
    await screen.findAllByRole('option');
    expect(list.querySelectorAll('[data-node-id]').length).toBe(before);
    expect(list.querySelector('.is-match [data-node-id="datapoison"]')).toBeTruthy();
  });

  it('finds Japanese titles by substring, in Japanese mode', async () => {
    const { user } = renderApp('/?lang=ja');
    await user.type(await screen.findByRole('combobox', { name: '脅威と管理策を検索' }), 'ポイズニ');
    const options = await within(screen.getByRole('listbox')).findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('データポイズニング')]),
    );
  });

  it('ArrowUp wraps, Escape closes the list and then clears the text', async () => {
    const { user, location } = renderApp('/');
    const box = await screen.findByRole('combobox', { name: 'Search threats and controls' });
    await user.type(box, 'poison');
    await screen.findAllByRole('option');
    await user.keyboard('{ArrowUp}');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.at(-1)!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    expect(await location()).toBe('/');
  });

  it('clicking a result selects it', async () => {
    const { user, location } = renderApp('/');
    await user.type(await screen.findByRole('combobox', { name: 'Search threats and controls' }), 'data poi');
    await user.click((await within(screen.getByRole('listbox')).findAllByRole('option'))[0]!);
    expect(await location()).toBe('/?q=data%20poi&node=datapoison');
  });

  it('says when nothing matches', async () => {
    const { user } = renderApp('/');
    await user.type(
      await screen.findByRole('combobox', { name: 'Search threats and controls' }),
      'xylophone',
    );
    expect(await screen.findByText('No matches')).toBeTruthy();
  });

  it('says it is getting ready while the summaries it searches are on their way', async () => {
    const { user } = renderApp('/', { details: PENDING });
    await user.type(await screen.findByRole('combobox', { name: 'Search threats and controls' }), 'poison');
    expect(await screen.findByText('Preparing the search…')).toBeTruthy();
    expect(within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option')).toEqual([]);
  });

  it('says it is unavailable when they cannot be fetched', async () => {
    const { user } = renderApp('/?lang=ja', { details: new Error('network down') });
    await user.type(await screen.findByRole('combobox', { name: '脅威と管理策を検索' }), 'poison');
    expect(
      await screen.findByText('概要と参考文献を読み込めなかったため、検索を利用できません。'),
    ).toBeTruthy();
  });
});
