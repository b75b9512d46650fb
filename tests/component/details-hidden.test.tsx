// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from './renderApp';

const details = () => screen.findByTestId('details');
const note = (panel: HTMLElement) => within(panel).getByRole('note');
const reasons = (panel: HTMLElement) =>
  within(note(panel))
    .getAllByRole('listitem')
    .map((item) => item.textContent);
const listed = (id: string) =>
  screen.getByTestId('visible-nodes').querySelector(`[data-node-id="${id}"]`) !== null;

describe('a selected node the filters hide', () => {
  it('says which filter hides it, and clearing that filter shows it and keeps the others', async () => {
    const { user, location } = renderApp('/?lifecycle=runtime&type=other&node=evasion');
    const panel = await details();
    expect(note(panel).textContent).toMatch(/^Not shown with the current filters\. Hidden by:/);
    expect(reasons(panel)).toEqual(['Lifecycle: Runtime']);
    expect(listed('evasion')).toBe(false);

    await user.click(within(panel).getByRole('button', { name: 'Clear this filter' }));
    expect(await location()).toBe('/?type=other&node=evasion');
    expect(listed('evasion')).toBe(true);
    expect(within(panel).queryByRole('note')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Runtime' })).toHaveProperty('checked', false);
    expect(document.activeElement).toBe(panel);
  });

  it('names every filter it takes, with the values chosen', async () => {
    const { user, location } = renderApp('/?type=standard-infosec&general=0&node=aiprogram');
    const panel = await details();
    expect(reasons(panel)).toEqual([
      'Control type: Standard information security control',
      'General controls hidden',
    ]);
    await user.click(within(panel).getByRole('button', { name: 'Clear these filters' }));
    expect(await location()).toBe('/?node=aiprogram');
  });

  it('joins several values of one filter as alternatives', async () => {
    renderApp('/?lifecycle=development-time,runtime&node=evasion');
    const panel = await details();
    expect(reasons(panel)).toEqual(['Lifecycle: Development-time or Runtime']);
  });

  it('says nothing about a node the filters show', async () => {
    renderApp('/?lifecycle=use&node=evasion');
    const panel = await details();
    expect(within(panel).getByRole('heading', { level: 2, name: 'Evasion' })).toBeTruthy();
    expect(within(panel).queryByRole('note')).toBeNull();
  });

  it('says when the scope answers hide it, without a filter to clear', async () => {
    renderApp('/?scope=genai:y&node=zeroknowledgeevasion');
    const panel = await details();
    expect((await within(panel).findByRole('note')).textContent).toBe(
      'Not shown: outside the scope of your system.',
    );
    expect(within(panel).queryByRole('button', { name: /Clear th/ })).toBeNull();
  });

  it('speaks Japanese', async () => {
    renderApp('/?lang=ja&lifecycle=runtime&node=evasion');
    const panel = await details();
    expect(reasons(panel)).toEqual(['ライフサイクル：実行時']);
    expect(within(note(panel)).getByRole('button', { name: '該当する絞り込みを解除' })).toBeTruthy();
  });
});
