// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { findList, renderApp } from './renderApp';

const listedIds = async () =>
  Array.from((await findList()).querySelectorAll('[data-node-id]')).map((el) =>
    el.getAttribute('data-node-id'),
  );

describe('filters', () => {
  it('a lifecycle checkbox narrows the list and goes into the URL', async () => {
    const { user, location } = renderApp('/');
    expect(await listedIds()).toContain('datapoison');
    const lifecycle = screen.getByRole('group', { name: 'Lifecycle' });
    await user.click(within(lifecycle).getByRole('checkbox', { name: 'Use' }));
    expect(await listedIds()).not.toContain('datapoison');
    expect(await listedIds()).toContain('evasion');
    expect(await location()).toBe('/?lifecycle=use');
    expect(screen.getByTestId('count-line').textContent).toBe(
      'Showing 3 of 6 threats and 5 of 10 controls (groups not counted)',
    );
  });

  it('says what each lifecycle stage holds, in both languages', async () => {
    const { unmount } = renderApp('/');
    const lifecycle = await screen.findByRole('group', { name: 'Lifecycle' });
    expect(
      within(lifecycle).getByRole('checkbox', { name: 'Use' }).getAttribute('aria-describedby'),
    ).toBeTruthy();
    expect(
      within(lifecycle).getByRole('checkbox', {
        name: 'Runtime',
        description: 'Attacks on the running system: breaking into it, all IT.',
      }),
    ).toBeTruthy();
    expect(
      within(lifecycle).getByRole('checkbox', {
        name: 'Use',
        description: 'Attacks through the model’s use: its input and output.',
      }),
    ).toBeTruthy();
    unmount();
    renderApp('/?lang=ja');
    const ja = await screen.findByRole('group', { name: 'ライフサイクル' });
    expect(
      within(ja).getByRole('checkbox', {
        name: '利用時',
        description: 'モデルの利用を通じた攻撃（入力と出力）',
      }),
    ).toBeTruthy();
  });

  it('an impact checkbox combines with the lifecycle filter', async () => {
    const { user, location } = renderApp('/?lifecycle=use');
    await user.click(await screen.findByRole('checkbox', { name: 'Confidentiality of training data' }));
    expect(await location()).toBe('/?lifecycle=use&impact=training-data-confidentiality');
    const ids = await listedIds();
    expect(ids).toContain('modelinversion');
    expect(ids).not.toContain('evasion');
  });

  it('opening a URL with filters checks the boxes', async () => {
    renderApp('/?lifecycle=development-time&type=standard-infosec&general=0');
    expect(
      ((await screen.findByRole('checkbox', { name: 'Development-time' })) as HTMLInputElement).checked,
    ).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Use' }) as HTMLInputElement).checked).toBe(false);
    expect(
      (screen.getByRole('checkbox', { name: 'Standard information security control' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect((screen.getByRole('switch', { name: 'Show general controls' }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect((await listedIds()).sort()).toEqual(
      ['datapoison', 'devmodelleak', 'devthreats', 'devsecurity', 'emptygroup', 'ML02'].sort(),
    );
  });

  it('the general-controls toggle hides and shows general controls', async () => {
    const { user, location } = renderApp('/');
    expect(await listedIds()).toContain('aiprogram');
    await user.click(screen.getByRole('switch', { name: 'Show general controls' }));
    expect(await listedIds()).not.toContain('aiprogram');
    expect(await location()).toBe('/?general=0');
    await user.click(screen.getByRole('switch', { name: 'Show general controls' }));
    expect(await location()).toBe('/');
  });

  it('clear filters returns to the default view but keeps the selection', async () => {
    const { user, location } = renderApp('/?lifecycle=runtime&impact=model-confidentiality&node=evasion');
    await user.click(await screen.findByRole('button', { name: 'Clear filters' }));
    expect(await location()).toBe('/?node=evasion');
    expect((screen.getByRole('checkbox', { name: 'Runtime' }) as HTMLInputElement).checked).toBe(false);
  });

  it('filter changes replace the history entry instead of adding one', async () => {
    const { user, router, location } = renderApp('/');
    await findList();
    await user.click(screen.getByRole('checkbox', { name: 'Use' }));
    await user.click(screen.getByRole('checkbox', { name: 'Runtime' }));
    expect(await location()).toBe('/?lifecycle=use,runtime');
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('the LLM Top 10 edition is a choice of list: one edition shown, in the URL, kept when the filters are cleared', async () => {
    const { user, location } = renderApp('/');
    expect(await listedIds()).toContain('LLM01:2026');
    expect(await listedIds()).not.toContain('LLM01:2025');
    const editions = screen.getByRole('group', { name: 'OWASP LLM Top 10 edition' });
    expect((within(editions).getByRole('radio', { name: '2026 (latest)' }) as HTMLInputElement).checked).toBe(
      true,
    );
    await user.click(within(editions).getByRole('radio', { name: '2025' }));
    expect(await location()).toBe('/?edition=2025');
    expect(await listedIds()).toContain('LLM01:2025');
    expect(await listedIds()).not.toContain('LLM01:2026');
    await user.click(screen.getByRole('checkbox', { name: 'Use' }));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await location()).toBe('/?edition=2025');
  });

  it('switching the edition with an LLM item selected selects the item it carries over', async () => {
    const { user, location } = renderApp('/?node=LLM01:2026');
    const editions = await screen.findByRole('group', { name: 'OWASP LLM Top 10 edition' });
    await user.click(within(editions).getByRole('radio', { name: '2025' }));
    expect(await location()).toBe('/?edition=2025&node=LLM01:2025');
    await user.click(within(editions).getByRole('radio', { name: '2023' }));
    expect(await location()).toBe('/?edition=2023');
  });

  it('says so when nothing matches', async () => {
    renderApp('/?lifecycle=runtime&impact=any-asset-cia');
    expect(await screen.findByText('No node matches these filters.')).toBeTruthy();
    expect(await listedIds()).toEqual([]);
  });
});
