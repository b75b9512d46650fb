// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findList, renderApp } from './renderApp';

const list = () => findList();
const rows = (section: HTMLElement) => within(section).getAllByRole('button');
const focused = () => document.activeElement as HTMLElement;

describe('the list of shown nodes from the keyboard', () => {
  it('is one Tab stop; arrows, Home and End move between its rows across the groups', async () => {
    const { user } = renderApp('/');
    const section = await list();
    const buttons = rows(section);
    expect(buttons.filter((button) => button.tabIndex === 0)).toEqual([buttons[0]]);

    within(section).getByRole('heading', { level: 2, name: 'Shown in the graph' }).focus();
    await user.tab();
    expect(focused()).toBe(buttons[0]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused()).toBe(buttons[2]);
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe(buttons[1]);
    await user.keyboard('{End}');
    expect(focused()).toBe(buttons.at(-1));
    // The last row stays the last; the focus does not leave the list by an arrow.
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe(buttons.at(-1));
    await user.keyboard('{Home}');
    expect(focused()).toBe(buttons[0]);

    // Tab leaves the list at once; Shift+Tab comes back to the row last focused.
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(section.contains(focused())).toBe(false);
    await user.tab({ shift: true });
    expect(focused()).toBe(buttons[1]);
    expect(rows(section).filter((button) => button.tabIndex === 0)).toEqual([buttons[1]]);
  });

  it('Enter on a row selects its node', async () => {
    const { user, location } = renderApp('/');
    const section = await list();
    rows(section)[0]!.focus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await location()).toBe(`/?node=${rows(section)[1]!.dataset.nodeId}`);
  });

  it('starts at the selected node', async () => {
    renderApp('/?node=datapoison');
    const section = await list();
    expect(rows(section).filter((button) => button.tabIndex === 0)).toEqual([
      within(section).getByRole('button', { name: /^Data poisoning/ }),
    ]);
  });

  it('says how to move in it, in Japanese too', async () => {
    renderApp('/?lang=ja');
    expect(
      within(await list()).getByText('Tab キーで一覧に入り、上下の矢印キーと Home・End で移動します。'),
    ).toBeTruthy();
  });
});

describe('Escape in the details', () => {
  it('closes them from anywhere inside and returns the focus to the row that opened them', async () => {
    const { user, location } = renderApp('/');
    const section = await list();
    const evasion = within(section).getByRole('button', { name: /^Evasion/ });
    await user.click(evasion);
    const panel = screen.getByTestId('details');
    within(panel)
      .getAllByRole('button', { name: /TRAIN ADVERSARIAL/ })[0]!
      .focus();
    await user.keyboard('{Escape}');
    expect(await location()).toBe('/');
    expect(within(panel).getByText(/Select a threat, control or Top 10 item/)).toBeTruthy();
    expect(focused()).toBe(evasion);
  });

  it('after following links inside, returns to the row of the node shown', async () => {
    const { user } = renderApp('/');
    const section = await list();
    await user.click(within(section).getByRole('button', { name: /^Evasion/ }));
    const panel = screen.getByTestId('details');
    await user.click(within(panel).getAllByRole('button', { name: /TRAIN ADVERSARIAL/ })[0]!);
    within(panel).getByRole('button', { name: 'Close details' }).focus();
    await user.keyboard('{Escape}');
    expect(focused()).toBe(within(section).getByRole('button', { name: /^TRAIN ADVERSARIAL/ }));
  });

  it('returns to the search box when the search opened them', async () => {
    const { user } = renderApp('/?lang=ja');
    const box = await screen.findByRole('combobox', { name: '脅威と管理策を検索' });
    await user.type(box, 'AML.T0015');
    await within(screen.getByRole('listbox')).findAllByRole('option');
    await user.keyboard('{Enter}');
    const panel = screen.getByTestId('details');
    await waitFor(() =>
      expect(within(panel).getByRole('heading', { level: 2, name: '回避攻撃' })).toBeTruthy(),
    );
    within(panel).getByRole('button', { name: '詳細を閉じる' }).focus();
    await user.keyboard('{Escape}');
    expect(focused()).toBe(box);
  });

  it('leaves an Escape that something inside handled alone', async () => {
    const { user } = renderApp('/?node=evasion');
    const panel = await screen.findByTestId('details');
    const close = within(panel).getByRole('button', { name: 'Close details' });
    close.addEventListener('keydown', (event) => event.preventDefault());
    close.focus();
    await user.keyboard('{Escape}');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Evasion' })).toBeTruthy();
  });
});
