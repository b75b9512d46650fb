// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { findList, renderApp } from './renderApp';

// A view that cannot be drawn: the periodic table throws while rendering.
vi.mock('../../src/features/table/PeriodicTableView', () => ({
  PeriodicTableView: () => {
    throw new Error('the table broke');
  },
}));

afterEach(() => vi.restoreAllMocks());

describe('page shell', () => {
  it('a view that fails shows an alert with a retry button, and the rest of the page keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user, location } = renderApp('/table');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'This view could not be shown' })).toBeTruthy();
    expect(alert.textContent).toContain('the table broke');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: /^Use/ }));
    expect(await location()).toBe('/table?lifecycle=use');
    await user.click(
      within(screen.getByRole('navigation', { name: 'Views' })).getByRole('link', { name: 'Graph' }),
    );
    expect(await findList()).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says in Japanese that the view could not be shown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderApp('/table?lang=ja');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'このビューを表示できませんでした' })).toBeTruthy();
    expect(within(alert).getByRole('button', { name: '再試行' })).toBeTruthy();
  });

  it('names the upstream commit and date of the data at the end of the sidebar', async () => {
    renderApp('/');
    const sidebar = await screen.findByRole('navigation', { name: 'Filters' });
    const version = await within(sidebar).findByTestId('data-version');
    const [source] = sampleDataset.upstream;
    expect(version.textContent).toContain('Data:');
    expect(version.textContent).toContain(source!.date);
    const link = within(version).getByRole('link', {
      name: `${source!.commit.slice(0, 7)} (opens in a new tab)`,
    });
    expect(link.getAttribute('href')).toBe(`${source!.repository}/commit/${source!.commit}`);
    expect(sidebar.lastElementChild).toBe(version);
  });
});
