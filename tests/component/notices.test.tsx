// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from './renderApp';

describe('URL notices', () => {
  it('names ignored values, keeps the valid ones and cleans the URL', async () => {
    const { location } = renderApp('/?impact=foo,model-availability&node=nosuchnode&lang=fr&general=maybe');
    const notices = await screen.findByTestId('notices');
    expect(notices.getAttribute('role')).toBe('status');
    const items = within(notices)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'impact: "foo" is not a known impact',
      'general: "maybe" is neither 0 nor 1',
      'node: "nosuchnode" is not a known node',
      'lang: "fr" is not a supported language',
    ]);
    expect(await location()).toBe('/?impact=model-availability');
    expect(
      (screen.getByRole('checkbox', { name: 'Availability of the model' }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('an LLM number without edition opens the item of the edition shown, and links the same number in the others', async () => {
    const { user, location } = renderApp('/?node=LLM01');
    const notice = await screen.findByTestId('llm-edition-notice');
    expect(notice.textContent).toContain(
      '“LLM01” names a different risk in each edition of the OWASP LLM Top 10. Shown: Prompt Injection (LLM01:2026), of the 2026 edition.',
    );
    expect(await location()).toBe('/?node=LLM01:2026');
    expect(await screen.findByRole('heading', { level: 2, name: 'Prompt Injection' })).toBeTruthy();
    await user.click(within(notice).getByRole('button', { name: /LLM01:2025 Prompt Injection/ }));
    expect(await location()).toBe('/?edition=2025&node=LLM01:2025');
  });

  it('says so in Japanese too', async () => {
    renderApp('/?node=LLM01&lang=ja');
    const notice = await screen.findByTestId('llm-edition-notice');
    expect(notice.textContent).toContain('「LLM01」は OWASP LLM Top 10 の版ごとに別のリスクを指します。');
    expect(notice.textContent).toContain('他の版の同じ番号：');
  });

  it('names the parameter a misspelt one was meant to be, and drops it from the address', async () => {
    const { location } = renderApp('/?life=runtime&lifecycle=use');
    const notices = await screen.findByTestId('notices');
    expect(within(notices).getByRole('listitem').textContent).toBe(
      '"life" is not a parameter of this navigator; did you mean lifecycle?',
    );
    expect(await location()).toBe('/?lifecycle=use');
  });

  it('names the meant parameter in Japanese too', async () => {
    renderApp('/?lang=ja&types=other');
    const notices = await screen.findByTestId('notices');
    expect(within(notices).getByRole('listitem').textContent).toBe(
      '「types」はこのナビゲーターのパラメーターではありません。type のことですか？',
    );
  });

  it('says a value too long to use was ignored, and one too long to keep whole was cut', async () => {
    const { location } = renderApp(
      `/?node=${'x'.repeat(101)}&layer=${encodeURIComponent(`https://example.org/${'a'.repeat(2000)}`)}&q=${'q'.repeat(201)}`,
    );
    const notices = await screen.findByTestId('notices');
    const items = within(notices)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'q: the value was cut to 200 characters',
      'node: the value is longer than 100 characters and was ignored',
      'layer: the value is longer than 2000 characters and was ignored',
    ]);
    expect(await location()).toBe(`/?q=${'q'.repeat(200)}`);
  });

  it('can be dismissed', async () => {
    const { user } = renderApp('/?lifecycle=later');
    const notices = await screen.findByTestId('notices');
    expect(notices.textContent).toContain('lifecycle: "later" is not a known lifecycle stage');
    await user.click(within(notices).getByRole('button', { name: 'Dismiss' }));
    expect(notices.textContent).toBe('');
  });

  it('renders hostile input as text', async () => {
    const { location } = renderApp(
      `/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&node=%3Cscript%3E`,
    );
    const notices = await screen.findByTestId('notices');
    expect(notices.textContent).toContain('node: "<script>" is not a known node');
    expect(document.querySelector('img')).toBeNull();
    expect(
      (screen.getByRole('combobox', { name: 'Search threats and controls' }) as HTMLInputElement).value,
    ).toBe('<img src=x onerror=alert(1)>');
    expect(await location()).toBe(`/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  });

  it('shows no notice for a clean URL', async () => {
    renderApp('/?lifecycle=use');
    expect((await screen.findByTestId('notices')).textContent).toBe('');
  });
});
