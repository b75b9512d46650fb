// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findList, renderApp } from './renderApp';

const tabs = (name = 'Views') => screen.getByRole('navigation', { name });

describe('view tabs', () => {
  it('lists the views as links and marks the current one', async () => {
    renderApp('/table');
    await screen.findByRole('heading', { level: 2, name: 'Periodic table of AI security' });
    const links = within(tabs()).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Graph',
      'Periodic table',
      'ML Top 10',
      'LLM Top 10',
      'Index',
      'Scope my system',
      'Annotations',
      'Crosswalk',
    ]);
    expect(within(tabs()).getByRole('link', { current: 'page' }).textContent).toBe('Periodic table');
  });

  it('keeps filters, selection and language when switching views', async () => {
    const { user, location } = renderApp('/?lifecycle=use&node=evasion&lang=ja');
    await findList();
    await user.click(within(tabs('ビュー')).getByRole('link', { name: 'ML Top 10' }));
    expect(await location()).toBe('/ml-top10?lifecycle=use&node=evasion&lang=ja');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'OWASP 機械学習セキュリティ Top 10' }),
    ).toBeTruthy();
    expect(within(screen.getByTestId('details')).getByRole('heading', { level: 2 }).textContent).toBe(
      '回避攻撃',
    );
    expect(screen.getByRole('checkbox', { name: '利用時' })).toHaveProperty('checked', true);
    await user.click(within(tabs('ビュー')).getByRole('link', { name: '索引' }));
    expect(await location()).toBe('/index?lifecycle=use&node=evasion&lang=ja');
    await user.click(within(tabs('ビュー')).getByRole('link', { name: 'グラフ' }));
    expect(await location()).toBe('/?lifecycle=use&node=evasion&lang=ja');
    expect(await findList()).toBeTruthy();
  });

  it('names the view in the page title and offers the image download only on the graph', async () => {
    renderApp('/llm-top10');
    await screen.findByRole('heading', { level: 2, name: 'OWASP Top 10 for LLM Applications' });
    // The page's title follows the view once it has been drawn.
    await waitFor(() => expect(document.title).toBe('LLM Top 10 — AI Security Navigator'));
    expect(screen.queryByRole('button', { name: 'Download image (PNG)' })).toBeNull();
    expect(screen.queryByTestId('visible-nodes')).toBeNull();
  });

  it('has a skip link to the view’s heading', async () => {
    const { user } = renderApp('/index');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Index' });
    await user.click(screen.getByRole('link', { name: 'Skip to the content' }));
    expect(document.activeElement).toBe(heading);
  });
});
