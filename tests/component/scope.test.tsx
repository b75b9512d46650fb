// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';

import { ScopePage } from '../../src/features/scope/ScopePage';
import { ScopeReasons } from '../../src/features/scope/ScopeReasons';
import { WORKFLOW_STRINGS } from '../../src/features/scope/workflowStrings';
import { buildIndex } from '../../src/model/graphIndex';
import { evaluateScope } from '../../src/model/scope/evaluate';
import type { ScopeAnswers } from '../../src/model/scope/questions';
import type { Language } from '../../src/model/vocabulary';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { testI18n } from './testI18n';

const index = buildIndex(sampleDataset);

/** The page with its answers kept in state, as the URL keeps them in the app. */
function Questionnaire({ initial = {}, onSelect }: { initial?: ScopeAnswers; onSelect?(id: string): void }) {
  const [answers, setAnswers] = useState<ScopeAnswers>(initial);
  return (
    <>
      <ScopePage index={index} answers={answers} onChange={setAnswers} onSelect={onSelect} />
      <pre data-testid="answers">{JSON.stringify(answers)}</pre>
    </>
  );
}

function renderPage(ui: React.ReactElement, lang: Language = 'en') {
  const user = userEvent.setup();
  const i18n = testI18n(lang);
  render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  return { user, i18n };
}

const list = (name: RegExp) => screen.getByRole('region', { name });
const titlesIn = (region: HTMLElement) =>
  [...region.querySelectorAll('[data-node-id]')].map((node) => node.getAttribute('data-node-id'));
const answers = () => JSON.parse(screen.getByTestId('answers').textContent ?? '{}') as ScopeAnswers;

describe('Scope my system', () => {
  it('asks each question as a labelled radio group with why it matters, and starts with everything in scope', () => {
    renderPage(<Questionnaire />);
    expect(screen.getByRole('heading', { level: 2, name: 'Scope my system' })).toBeTruthy();
    const train = screen.getByRole('group', { name: 'Do you train or fine-tune the model yourselves?' });
    expect(
      within(train)
        .getAllByRole('radio')
        .map((radio) => radio.nextSibling?.textContent),
    ).toEqual(['Yes, we train or fine-tune it', 'No, we use a ready-made model', 'Not sure']);
    expect(train.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(train).getByText(/most development-time threats are theirs/)).toBeTruthy();
    // Follow-up questions wait for the answer they depend on.
    expect(screen.queryByRole('group', { name: 'Is it a large language model (LLM)?' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(
      'No question is answered yet, so every threat is in scope.',
    );
    expect(titlesIn(list(/^In scope: 6 threats/))).toContain('zeroknowledgeevasion');
    expect(screen.getByRole('button', { name: 'Reset answers' })).toHaveProperty('disabled', true);
  });

  it('answering moves threats out of scope, with the reason and the rule’s source', async () => {
    const { user } = renderPage(<Questionnaire />);
    await user.click(screen.getByRole('radio', { name: 'Yes, generative AI' }));
    expect(answers()).toEqual({ genai: 'y' });
    expect(screen.getByRole('status').textContent).toBe(
      'Of 6 threats (groups not counted), 5 stay in view: 5 in scope and 0 a supplier’s responsibility. Set aside as out of scope: 1.',
    );
    const out = list(/^Out of scope: 1 threat$/);
    expect(titlesIn(out)).toEqual(['zeroknowledgeevasion']);
    expect(within(out).getByText(/^Out of scope: .*generative/i)).toBeTruthy();
    expect(titlesIn(list(/^In scope: 5 threats/))).not.toContain('zeroknowledgeevasion');

    const rules = screen.getByRole('region', { name: 'Rules applied' });
    const link = within(rules).getAllByRole('link')[0]!;
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('href')).toMatch(/^https:\/\/owaspai\.org\//);
    // The section's title, as the source gives it, is marked as English.
    expect(link.textContent).toMatch(/^Read in the AI Exchange: \S/);
    expect(link.querySelector('cite')?.getAttribute('lang')).toBe('en');
    expect(
      within(rules).getByText(/If your model is a GenAI model, ignore the following threats/),
    ).toBeTruthy();

    // The follow-up question appears; withdrawing the answer it depends on withdraws its answer too.
    await user.click(
      within(screen.getByRole('group', { name: 'Is it a large language model (LLM)?' })).getByRole('radio', {
        name: 'Yes',
      }),
    );
    expect(answers()).toEqual({ genai: 'y', llm: 'y' });
    await user.click(
      within(screen.getByRole('group', { name: 'Is it a generative AI model?' })).getByRole('radio', {
        name: 'Not sure',
      }),
    );
    expect(answers()).toEqual({});
    expect(screen.queryByRole('group', { name: 'Is it a large language model (LLM)?' })).toBeNull();
  });

  it('marks a supplier’s threats and resets all answers', async () => {
    const { user } = renderPage(<Questionnaire initial={{ train: 'n', rag: 'n' }} />);
    expect(titlesIn(list(/^Supplier’s responsibility: 1 threat$/))).toEqual(['datapoison']);
    await user.click(screen.getByRole('button', { name: 'Reset answers' }));
    expect(answers()).toEqual({});
    expect(
      screen.getByRole('region', { name: /^Supplier’s responsibility: 0 threats/ }).textContent,
    ).toContain('None.');
  });

  it('is operable from the keyboard, and listed threats select nodes', async () => {
    const onSelect = vi.fn();
    const { user } = renderPage(<Questionnaire onSelect={onSelect} />);
    // Native radio buttons: Tab reaches a group at its checked answer ("not sure" at first); arrow keys move
    // within it (the browser's own), Space answers.
    await user.tab();
    const train = screen.getByRole('group', { name: 'Do you train or fine-tune the model yourselves?' });
    expect(document.activeElement).toBe(within(train).getByRole('radio', { name: 'Not sure' }));
    within(train).getByRole('radio', { name: 'Yes, we train or fine-tune it' }).focus();
    await user.keyboard(' ');
    expect(answers()).toEqual({ train: 'y' });
    await user.click(within(list(/^In scope/)).getAllByRole('button')[0]!);
    expect(onSelect).toHaveBeenCalledWith(expect.any(String));
  });

  it('follows the app’s language when it changes', async () => {
    const { i18n } = renderPage(<Questionnaire />);
    expect(screen.getByRole('heading', { level: 2, name: 'Scope my system' })).toBeTruthy();
    await act(() => i18n.changeLanguage('ja'));
    expect(screen.getByRole('heading', { level: 2, name: 'システムのスコープ設定' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'はい、生成AI' })).toBeTruthy();
  });

  it('speaks Japanese', () => {
    renderPage(<Questionnaire initial={{ genai: 'y' }} />, 'ja');
    expect(screen.getByRole('heading', { level: 2, name: 'システムのスコープ設定' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '生成AIのモデルですか？' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      '脅威6件（グループは数えていません）のうち5件を表示します（対象5件、提供元の責任0件）。対象外の1件は除外します。',
    );
    expect(screen.getByRole('button', { name: '回答をリセット' })).toBeTruthy();
  });
});

describe('ScopeReasons', () => {
  const explain = (answers: ScopeAnswers, nodeId: string, lang: Language = 'en') =>
    renderPage(<ScopeReasons index={index} result={evaluateScope(index, answers)} nodeId={nodeId} />, lang);

  it('says why a node is hidden by the scope', () => {
    explain({ genai: 'y' }, 'zeroknowledgeevasion');
    const section = screen.getByRole('region', { name: 'Scope of your system' });
    expect(section.textContent).toMatch(/Out of scope/);
  });

  it('says why a control stays', () => {
    explain({ genai: 'y' }, 'trainadversarial', 'ja');
    expect(screen.getByRole('region', { name: 'システムのスコープ' }).textContent).toMatch(/^.*対象/);
  });

  it('says nothing while no question is answered', () => {
    explain({}, 'zeroknowledgeevasion');
    expect(screen.queryByTestId('scope-explanation')).toBeNull();
  });
});

describe('workflow strings', () => {
  /** Dotted paths of every string in a nested object. */
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key))
      : [prefix];

  it('Japanese has every English key, none empty, in every namespace', () => {
    for (const bundle of WORKFLOW_STRINGS) {
      expect(keys(bundle.ja), bundle.ns).toEqual(keys(bundle.en));
      for (const lang of ['en', 'ja'] as const) {
        for (const key of keys(bundle[lang])) {
          const text = key
            .split('.')
            .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle[lang]);
          expect(typeof text === 'string' && text.trim() !== '', `${bundle.ns}:${lang}:${key}`).toBe(true);
        }
      }
    }
    expect(new Set(WORKFLOW_STRINGS.map((bundle) => bundle.ns)).size).toBe(WORKFLOW_STRINGS.length);
  });
});
