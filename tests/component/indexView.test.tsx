// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from './renderApp';

const entries = () => screen.findByRole('region', { name: 'Index entries' });
const terms = async () =>
  Array.from((await entries()).querySelectorAll('[data-index-entry]')).map(
    (el) => el.firstChild?.textContent,
  );

describe('index view', () => {
  it('lists every name of every node under alphabetical headings, both languages, with badges', async () => {
    renderApp('/index');
    const list = await entries();
    const headings = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual(['A', 'D', 'E']);
    expect(headings).toEqual(expect.arrayContaining(['タ', 'Kanji']));
    const all = await terms();
    expect(all).toEqual(
      expect.arrayContaining(['Evasion', '回避攻撃', 'adversarial examples', 'ML01', 'LLM10:2026']),
    );
    const evasion = within(list).getByRole('button', { name: 'Evasion' }).closest('li')!;
    expect(within(evasion).getByText('Threat group')).toBeTruthy();
    expect(within(evasion).getByText('Use')).toBeTruthy();
    expect(within(list).getByRole('button', { name: '回避攻撃 see Evasion' }).getAttribute('lang')).toBe(
      'ja',
    );
  });

  it('narrows as one types, in the URL', async () => {
    const { user, location } = renderApp('/index');
    await entries();
    await user.type(screen.getByRole('searchbox', { name: 'Filter the index' }), 'ぽいずに');
    expect(await terms()).toEqual(['データポイズニング', 'データポイズニング攻撃']);
    expect(await location()).toBe(`/index?q=${encodeURIComponent('ぽいずに')}`);
    await user.clear(screen.getByRole('searchbox', { name: 'Filter the index' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter the index' }), 'zzz');
    expect(screen.getByText('No entry matches “zzz”.')).toBeTruthy();
  });

  it('is keyboard first: Down into the entries, arrows, Home, End, Enter opens, typing filters', async () => {
    const { user, location } = renderApp('/index?q=evasion');
    const list = await entries();
    const box = screen.getByRole('searchbox', { name: 'Filter the index' });
    box.focus();
    await user.keyboard('{ArrowDown}');
    const buttons = Array.from(list.querySelectorAll<HTMLButtonElement>('[data-index-entry]'));
    expect(document.activeElement).toBe(buttons[0]);
    expect(buttons.filter((button) => button.tabIndex === 0)).toEqual([buttons[0]]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(buttons[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(buttons.at(-1));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard('{Enter}');
    expect(await location()).toBe(`/index?q=evasion&node=${buttons[0]!.dataset.nodeId}`);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(box);
    await user.keyboard('{ArrowDown}');
    await user.keyboard('z');
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe('evasionz');
  });

  it('Enter in the filter opens the first entry', async () => {
    const { user, location } = renderApp('/index');
    await entries();
    await user.type(screen.getByRole('searchbox', { name: 'Filter the index' }), 'ML02{Enter}');
    expect(await location()).toBe('/index?q=ML02&node=ML02');
    expect(within(screen.getByTestId('details')).getByRole('heading', { level: 2 }).textContent).toBe(
      'Data Poisoning Attack',
    );
  });

  it('lists only what the filters show', async () => {
    renderApp('/index?lifecycle=runtime');
    await entries();
    const all = await terms();
    expect(all).toContain('Runtime model theft');
    expect(all).not.toContain('Evasion');
  });

  it('puts the Japanese headings first in Japanese', async () => {
    renderApp('/index?lang=ja');
    const list = await screen.findByRole('region', { name: '索引の項目' });
    const headings = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings[0]).toBe('カ');
    expect(headings.indexOf('漢字')).toBeLessThan(headings.indexOf('A'));
  });
});
