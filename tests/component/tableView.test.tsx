// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from './renderApp';

const table = () => screen.findByRole('table');
const rowHeaders = async () =>
  within(await table())
    .getAllByRole('rowheader')
    .filter((cell) => cell.classList.contains('ptable__threat'))
    .map((cell) => cell.querySelector('.node-button__title')?.textContent);

describe('periodic table view', () => {
  it('shows a real table: column headers, impact and attack surface as row headers, threats as rows', async () => {
    renderApp('/table');
    const grid = await table();
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Attack surface (lifecycle)', 'Threat', 'Controls']);
    expect(await rowHeaders()).toEqual([
      'Evasion',
      'Data poisoning',
      'Disclosure through use',
      'Runtime model theft',
      'Development-time model leak',
      'Direct prompt injection',
    ]);
    const impact = within(grid).getByRole('rowheader', {
      name: 'Asset & impact: Integrity of model behaviour',
    });
    expect(impact.getAttribute('scope')).toBe('rowgroup');
    const surface = within(grid).getAllByRole('rowheader', {
      name: 'Use – through the model’s use (providing input, reading output)',
    })[0]!;
    expect(surface.getAttribute('headers')).toContain(impact.id);
    expect(screen.getByText('6 threat rows')).toBeTruthy();
  });

  it('names its attack surfaces as the lifecycle filter does, and says how they relate to the upstream table', async () => {
    renderApp('/table?lang=ja');
    const grid = await table();
    expect(within(grid).getAllByRole('rowheader', { name: /^利用時 – / }).length).toBeGreaterThan(0);
    expect(
      screen.getByText(/AI Exchange の周期表では「利用時」を「実行時 – モデルの利用」と呼んでいます/),
    ).toBeTruthy();
  });

  it('shows only the rows of the filtered URL', async () => {
    renderApp('/table?impact=model-confidentiality');
    expect(await rowHeaders()).toEqual(['Runtime model theft', 'Development-time model leak']);
  });

  it('selecting a threat or a control opens it in the details panel', async () => {
    const { user, location } = renderApp('/table');
    const grid = await table();
    await user.click(within(grid).getByRole('button', { name: /^Data poisoning/ }));
    expect(await location()).toBe('/table?node=datapoison');
    const details = screen.getByTestId('details');
    expect(within(details).getByRole('heading', { level: 2 }).textContent).toBe('Data poisoning');
    await user.click(within(grid).getAllByRole('button', { name: /DEV SECURITY/ })[0]!);
    expect(await location()).toBe('/table?node=devsecurity');
    expect(within(details).getByRole('heading', { level: 2 }).textContent).toBe('DEV SECURITY');
  });

  it('expands a control group to its members', async () => {
    const { user } = renderApp('/table');
    const grid = await table();
    const toggle = within(grid).getByRole('button', { name: 'Show the 2 members of Data controls' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(grid).queryByRole('button', { name: /DATA QUALITY CONTROL/ })).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(grid).getByRole('button', { name: /DATA QUALITY CONTROL/ })).toBeTruthy();
  });

  it('switches to the AI security matrix, without controls, and back', async () => {
    const { user, location } = renderApp('/table?lang=ja');
    await table();
    await user.click(screen.getByRole('button', { name: 'AIセキュリティ・マトリクス（管理策なし）' }));
    expect(await location()).toBe('/table?layout=matrix&lang=ja');
    expect(within(await table()).getAllByRole('columnheader')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: '周期表' }));
    expect(await location()).toBe('/table?lang=ja');
    expect(within(await table()).getAllByRole('columnheader')).toHaveLength(3);
  });

  it('marks the rows that match the search in words, not only by colour', async () => {
    renderApp('/table?q=poisoning');
    const grid = await table();
    // The search is built on first use: its marks follow the table.
    expect(await screen.findByText('1 matches the search “poisoning”', {}, { timeout: 4000 })).toBeTruthy();
    const row = within(grid)
      .getByRole('button', { name: /^Data poisoning/ })
      .closest('tr')!;
    expect(row.classList.contains('is-match')).toBe(true);
    expect(within(row).getAllByText('(matches the search)').length).toBeGreaterThan(0);
    expect(screen.getByText('1 matches the search “poisoning”')).toBeTruthy();
  });

  it('says so when no threat matches the filters', async () => {
    renderApp('/table?lifecycle=runtime&impact=any-asset-cia');
    expect(await screen.findByText('No threat matches these filters.')).toBeTruthy();
  });
});
