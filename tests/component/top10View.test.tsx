// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { renderApp } from './renderApp';

const cards = async (name = 'Items') =>
  within(await screen.findByRole('list', { name })).getAllByRole('article');
const cardNames = async () =>
  (await cards()).map((card) => within(card).getByRole('heading', { level: 3 }).textContent);

describe('ML Top 10 view', () => {
  it('shows each item as a card in a list: number, names, risk factors, threats, controls, coverage', async () => {
    renderApp('/ml-top10');
    expect(await cardNames()).toEqual(['ML01:2023 Input Manipulation Attack', 'ML02 Data Poisoning Attack']);
    const [ml01] = await cards();
    const card = within(ml01!);
    expect(card.getByText('入力操作攻撃').getAttribute('lang')).toBe('ja');
    const risk = card.getByLabelText('Risk factors');
    expect(within(risk).getByText('Exploitability')).toBeTruthy();
    // Exploitability 5, detectability 3, technical impact 5.
    expect(within(risk).getAllByText('5 of 5')).toHaveLength(2);
    expect(within(risk).getByText('3 of 5')).toBeTruthy();
    expect(card.getByRole('button', { name: /^Evasion/ })).toBeTruthy();
    expect(
      card.getByRole('heading', { level: 5, name: 'Standard information security control' }),
    ).toBeTruthy();
    expect(card.getByRole('button', { name: /MONITOR USE/ })).toBeTruthy();
    expect(card.getByText('2 controls')).toBeTruthy();
    expect(card.getByRole('link', { name: /Read on mltop10\.info/ }).getAttribute('rel')).toBe(
      'noopener noreferrer',
    );
    expect(card.getByText('secid:weakness/owasp/ml-top10@2023#ML01')).toBeTruthy();
  });

  it('sorts by a risk factor or coverage, in the URL', async () => {
    const { user, location } = renderApp('/ml-top10');
    await cards();
    await user.click(screen.getByRole('button', { name: 'Coverage' }));
    expect(await location()).toBe('/ml-top10?sort=coverage');
    expect(await cardNames()).toEqual(['ML02 Data Poisoning Attack', 'ML01:2023 Input Manipulation Attack']);
    expect(screen.getByRole('button', { name: 'Coverage' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Number' }));
    expect(await location()).toBe('/ml-top10');
  });

  it('shows the items of a filtered URL, with the controls the filters leave', async () => {
    renderApp('/ml-top10?lifecycle=development-time');
    expect(await cardNames()).toEqual(['ML02 Data Poisoning Attack']);
    expect(screen.getByText('Showing 1 of 2 items')).toBeTruthy();
  });

  it('counts only the controls the filters leave', async () => {
    renderApp('/ml-top10?type=standard-infosec');
    const ml02 = (await cards())[1]!;
    expect(within(ml02).getByText('1 of 3 controls shown')).toBeTruthy();
  });

  it('selecting an item or a threat opens it in the details panel', async () => {
    const { user, location } = renderApp('/ml-top10');
    const [ml01] = await cards();
    await user.click(within(ml01!).getByRole('button', { name: /^ML01:2023/ }));
    expect(await location()).toBe('/ml-top10?node=ML01');
    const details = screen.getByTestId('details');
    expect(within(details).getByRole('heading', { level: 2 }).textContent).toBe('Input Manipulation Attack');
    await user.click(within(ml01!).getByRole('button', { name: /^Evasion/ }));
    expect(within(details).getByRole('heading', { level: 2 }).textContent).toBe('Evasion');
  });

  it('copies the SecID', async () => {
    const { user } = renderApp('/ml-top10');
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await cards();
    await user.click(screen.getByRole('button', { name: 'Copy the SecID of ML01' }));
    expect(writeText).toHaveBeenCalledWith('secid:weakness/owasp/ml-top10@2023#ML01');
  });

  it('reads in Japanese', async () => {
    renderApp('/ml-top10?lang=ja');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'OWASP 機械学習セキュリティ Top 10' }),
    ).toBeTruthy();
    const [ml01] = await cards('項目');
    expect(within(ml01!).getByRole('heading', { level: 3 }).textContent).toBe('ML01:2023 入力操作攻撃');
    expect(within(ml01!).getByText('Input Manipulation Attack').getAttribute('lang')).toBe('en');
    expect(within(ml01!).getByText('悪用可能性')).toBeTruthy();
  });
});

describe('LLM Top 10 view', () => {
  it('is marked as a list of one edition and says when an item has no AI Exchange threat', async () => {
    renderApp('/llm-top10');
    expect(await cardNames()).toEqual(['LLM01:2026 Prompt Injection', 'LLM10:2026 Unbounded Consumption']);
    expect(screen.getByText('2026 edition')).toBeTruthy();
    const llm10 = (await cards())[1]!;
    expect(within(llm10).getByText('No corresponding AI Exchange threat')).toBeTruthy();
    // No risk factors in this list: only number and coverage orders.
    expect(
      within(screen.getByRole('group', { name: 'Sort by' }))
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Number', 'Coverage']);
  });

  it('hides an unmapped item once a threat filter is active', async () => {
    renderApp('/llm-top10?lifecycle=use');
    expect(await cardNames()).toEqual(['LLM01:2026 Prompt Injection']);
  });

  it('switches edition in the URL, and links each item to the one it carries over', async () => {
    const { user, location } = renderApp('/llm-top10');
    await cards();
    const switcher = screen.getByRole('group', { name: 'OWASP LLM Top 10 edition' });
    expect(
      within(switcher)
        .getAllByRole('button')
        .map((button) => [button.textContent, button.getAttribute('aria-pressed')]),
    ).toEqual([
      ['2026 (latest)', 'true'],
      ['2025', 'false'],
      ['2023', 'false'],
    ]);
    const [latest] = await cards();
    expect(within(latest!).getByText('Carries over')).toBeTruthy();
    await user.click(within(switcher).getByRole('button', { name: '2025' }));
    expect(await location()).toBe('/llm-top10?edition=2025');
    expect(await cardNames()).toEqual(['LLM01:2025 Prompt Injection']);
    expect(screen.getByText('2025 edition')).toBeTruthy();
    const [older] = await cards();
    // The reason and source of a curated mapping come with the details file.
    expect(await within(older!).findByText('The page describes prompt injection.')).toBeTruthy();
    expect(
      within(older!)
        .getByRole('link', { name: /LLM01_PromptInjection\.md, line 5/ })
        .getAttribute('href'),
    ).toMatch(/2025\/LLM01_PromptInjection\.md#L5$/);
    await user.click(within(older!).getByRole('button', { name: /LLM01:2026 Prompt Injection/ }));
    expect(await location()).toBe('/llm-top10?node=LLM01:2026');
  });

  it('says whose Japanese the names are, in Japanese', async () => {
    renderApp('/llm-top10?lang=ja');
    const [latest] = await cards('項目');
    expect(
      within(latest!).getByText('本ナビゲーターによる訳（この版には公式の日本語版がありません）'),
    ).toBeTruthy();
  });
});
