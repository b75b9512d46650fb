// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findList, renderApp } from './renderApp';

describe('language', () => {
  it('the switch shows Japanese titles and labels, and sets lang= and <html lang>', async () => {
    const { user, location } = renderApp('/?node=evasion');
    await findList();
    await user.click(screen.getByRole('button', { name: '日本語' }));
    expect(await location()).toBe('/?node=evasion&lang=ja');
    expect(document.documentElement.lang).toBe('ja');
    const list = screen.getByTestId('visible-nodes');
    expect(within(list).getByRole('button', { name: 'データポイズニング' })).toBeTruthy();
    expect(within(list).getByRole('heading', { name: '脅威グループ（4）' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '利用時' })).toBeTruthy();
    const panel = screen.getByTestId('details');
    expect(within(panel).getByRole('heading', { level: 2, name: '回避攻撃' })).toBeTruthy();
    expect(within(panel).getByText('Evasion')).toBeTruthy();
    expect(screen.getByRole('complementary', { name: '詳細' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '日本語' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('switching back to English removes lang= from the URL', async () => {
    const { user, location } = renderApp('/?lang=ja');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await location()).toBe('/');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('checkbox', { name: 'Use' })).toBeTruthy();
  });

  it('a Japanese link opens in Japanese', async () => {
    renderApp('/?lang=ja&lifecycle=use');
    expect(await screen.findByTestId('count-line')).toHaveProperty(
      'textContent',
      '脅威 6 件中 3 件、管理策 10 件中 5 件を表示（グループは数えていません）',
    );
  });

  it('loads the Japanese strings on the first switch, then shows Japanese labels', async () => {
    const { user, location } = renderApp('/', { englishOnly: true });
    await user.click(await screen.findByRole('button', { name: '日本語' }));
    expect(await screen.findByRole('checkbox', { name: '利用時' })).toBeTruthy();
    expect(await location()).toBe('/?lang=ja');
    expect(document.documentElement.lang).toBe('ja');
  });

  it('a Japanese address opened inside the app shows Japanese once its strings are in', async () => {
    const { router } = renderApp('/', { englishOnly: true });
    await findList();
    await router.navigate('/?lang=ja');
    expect(await screen.findByRole('checkbox', { name: '利用時' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
  });
});
