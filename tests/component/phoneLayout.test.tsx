// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { coveredEdges } from '../../src/app/useCoveredEdge';

import { findList, renderApp } from './renderApp';

/** Makes the page as wide as `width`: the media queries of the layout answer as a browser of that width would. */
function screenWidth(width: number) {
  window.matchMedia = ((query: string) => {
    const max = /max-width:\s*([\d.]+)(px|rem)/.exec(query);
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const px = (value: string, unit: string) => Number(value) * (unit === 'rem' ? 16 : 1);
    const matches = max ? width <= px(max[1]!, max[2]!) : min ? width >= Number(min[1]) : false;
    return { matches, media: query, addEventListener() {}, removeEventListener() {} };
  }) as never;
}

const original = window.matchMedia;
afterEach(() => {
  window.matchMedia = original;
});

const bar = () => screen.getByRole('navigation', { name: 'Parts of the page' });
const filters = () => document.getElementById('filters')!;

describe('the phone layout', () => {
  it('keeps the filters in a sheet that the bar opens and Escape folds, back to the bar', async () => {
    screenWidth(390);
    const { user } = renderApp('/');
    await findList();
    const button = within(bar()).getByRole('button', { name: 'Filters' });
    expect(filters().hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(filters().hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(filters());
    await user.keyboard('{Escape}');
    expect(filters().hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it('opens the details of a selection in a sheet, which the bar folds and opens again', async () => {
    screenWidth(390);
    const { user, location } = renderApp('/?node=evasion');
    const details = await screen.findByTestId('details');
    await within(details).findByRole('heading', { level: 2, name: 'Evasion' });
    const button = within(bar()).getByRole('button', { name: 'Details' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await user.click(button);
    expect(details.hidden).toBe(true);
    expect(await location()).toBe('/?node=evasion');
    await user.click(button);
    expect(details.hidden).toBe(false);
    expect(document.activeElement).toBe(details);
  });

  it('shows the periodic table as a card per threat with its controls', async () => {
    screenWidth(360);
    renderApp('/table');
    await screen.findByRole(
      'heading',
      { level: 2, name: 'Periodic table of AI security' },
      { timeout: 10_000 },
    );
    expect(screen.queryByRole('table')).toBeNull();
    const card = document.querySelector<HTMLElement>('[data-row-threat="evasion"]')!;
    expect(within(card).getByText('Controls')).toBeTruthy();
    expect(within(card).getByText('TRAIN ADVERSARIAL')).toBeTruthy();
  });

  it('has no bar on a wide screen', async () => {
    screenWidth(1440);
    renderApp('/');
    await findList();
    expect(screen.queryByRole('navigation', { name: 'Parts of the page' })).toBeNull();
  });
});

describe('skip links', () => {
  it('open the folded filter column and focus it', async () => {
    screenWidth(1440);
    const { user } = renderApp('/');
    await screen.findByRole('button', { name: /Filters and search/ });
    expect(filters().hidden).toBe(true);
    await user.click(screen.getByRole('link', { name: 'Skip to search and filters' }));
    expect(filters().hidden).toBe(false);
    expect(document.activeElement).toBe(filters());
  });

  it('offer the details beside the graph only while a node is selected', async () => {
    screenWidth(1920);
    const { user } = renderApp('/?node=evasion');
    const details = await screen.findByTestId('details');
    await within(details).findByRole('heading', { level: 2, name: 'Evasion' });
    await user.click(screen.getByRole('link', { name: 'Skip to the details' }));
    expect(document.activeElement).toBe(details);
  });

  it('leave out the details beside the graph while nothing is selected', async () => {
    screenWidth(1920);
    renderApp('/');
    await findList();
    expect(screen.getByRole('link', { name: 'Skip to the graph' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Skip to the details' })).toBeNull();
  });
});

describe('how much of the canvas a panel covers', () => {
  const canvas = { left: 0, top: 150, right: 390, bottom: 790 };
  it('a sheet across the width covers its bottom', () => {
    expect(coveredEdges(canvas, { left: 0, top: 400, right: 390, bottom: 790 })).toEqual({
      right: 0,
      bottom: 390,
    });
  });
  it('a panel at the side covers its right-hand part', () => {
    expect(coveredEdges(canvas, { left: 250, top: 150, right: 390, bottom: 790 })).toEqual({
      right: 140,
      bottom: 0,
    });
  });
  it('a panel off the canvas (the page scrolled past it) covers nothing', () => {
    expect(coveredEdges(canvas, { left: 0, top: 800, right: 390, bottom: 1000 })).toEqual({
      right: 0,
      bottom: 0,
    });
  });
});

describe('the folded filter column beside the graph', () => {
  it('opens with its filters working and the list of every shown node', async () => {
    screenWidth(1440);
    const { user, location } = renderApp('/');
    const rail = await screen.findByRole('button', { name: /Filters and search/ });
    expect(filters().hidden).toBe(true);
    await user.click(rail);
    expect(filters().hidden).toBe(false);
    const list = await findList();
    const rows = () => list.querySelectorAll('[data-node-id]').length;
    await waitFor(() => expect(rows()).toBe(Number(list.getAttribute('data-listed-count'))));
    const all = rows();
    await user.click(within(filters()).getByRole('checkbox', { name: 'Development-time' }));
    expect(await location()).toContain('lifecycle=development-time');
    await waitFor(() => expect(rows()).toBeLessThan(all));
    await user.click(within(filters()).getByRole('button', { name: 'Hide filters' }));
    expect(filters().hidden).toBe(true);
    await user.click(screen.getByRole('button', { name: /Filters and search/ }));
    expect(within(filters()).getByRole('checkbox', { name: 'Development-time' })).toHaveProperty(
      'checked',
      true,
    );
  });
});
