// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';

import { RoleGuide } from '../../src/features/roles/RoleGuide';
import { RoleReasonList } from '../../src/features/roles/RoleReasonList';
import { RoleSelect } from '../../src/features/roles/RoleSelect';
import { buildIndex } from '../../src/model/graphIndex';
import type { Language } from '../../src/model/vocabulary';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { testI18n } from './testI18n';

const index = buildIndex(sampleDataset);

function renderWith(ui: React.ReactElement, lang: Language = 'en') {
  const user = userEvent.setup();
  const result = render(<I18nextProvider i18n={testI18n(lang)}>{ui}</I18nextProvider>);
  return { user, ...result };
}

describe('RoleSelect', () => {
  it('offers the six roles and no role, and reports the choice', async () => {
    const onChange = vi.fn();
    const { user } = renderWith(<RoleSelect value={null} onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Role' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'No role',
      'ML engineer / analyst',
      'Data engineer',
      'MLOps',
      'Developer',
      'Pentester / security engineer',
      'CISO',
    ]);
    await user.selectOptions(select, 'Data engineer');
    expect(onChange).toHaveBeenLastCalledWith('data-engineer');
  });

  it('shows the chosen role and goes back to none', async () => {
    const onChange = vi.fn();
    const { user } = renderWith(<RoleSelect value="ciso" onChange={onChange} />, 'ja');
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: '役割' });
    expect(select.value).toBe('ciso');
    await user.selectOptions(select, '役割なし');
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});

describe('RoleGuide', () => {
  it('explains how to use the navigator in the role and lists what it acts on as node buttons', async () => {
    const onSelect = vi.fn();
    const { user, container } = renderWith(
      <RoleGuide index={index} role="data-engineer" onSelect={onSelect} />,
    );
    const guide = screen.getByRole('region', { name: 'Using the navigator as: Data engineer' });
    expect(within(guide).getByText(/^Your part is the data/)).toBeTruthy();
    expect(within(guide).getByRole('heading', { level: 3, name: 'What you act on' })).toBeTruthy();
    // Ids the data set lacks are left out; the others select their node.
    expect(container.querySelector('[data-node-id="devdataleak"]')).toBeNull();
    const poisoning = container.querySelector<HTMLButtonElement>('button[data-node-id="datapoison"]')!;
    expect(poisoning.textContent).toBe('Data poisoning');
    await user.click(poisoning);
    expect(onSelect).toHaveBeenCalledWith('datapoison');
    expect(container.querySelector('button[data-node-id="ML02"]')).toBeTruthy();
    expect(within(guide).getByText('Scope my system')).toBeTruthy();
  });

  it('offers the tools to start with as buttons when the app can open them', async () => {
    const onOpenTool = vi.fn();
    const { user } = renderWith(
      <RoleGuide index={index} role="ciso" onSelect={() => {}} onOpenTool={onOpenTool} headingLevel={3} />,
      'ja',
    );
    expect(screen.getByRole('heading', { level: 3, name: 'CISOとしての使い方' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: '対象となるもの' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'リスク概要' }));
    expect(onOpenTool).toHaveBeenCalledWith('risk-overview');
  });
});

describe('RoleReasonList', () => {
  it('says why the role acts on a node, also through its group, and nothing otherwise', () => {
    const { container } = renderWith(
      <>
        <RoleReasonList index={index} role="ciso" nodeId="aiprogram" />
        <RoleReasonList index={index} role="ciso" nodeId="datapoison" />
      </>,
    );
    const reasons = screen.getByRole('region', { name: 'For you as: CISO' });
    expect(reasons.textContent).toMatch(/Governance: the programmes, compliance and training/);
    expect(container.querySelectorAll('[data-testid="role-reasons"]')).toHaveLength(1);
  });
});
