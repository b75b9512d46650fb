// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { createLayer, setControlAnnotation } from '../../src/model/layers/editLayer';
import { serializeStore, STORE_VERSION } from '../../src/model/layers/layerStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { findList, renderApp } from './renderApp';

const NOW = '2026-01-01T00:00:00.000Z';
/** Saved layers with one active layer: one control of Art. 10 implemented, the other planned. */
function savedLayer(): string {
  let layer = createLayer('Payments', sampleDataset.upstream[0]!.commit, NOW);
  layer = setControlAnnotation(layer, 'dataqualitycontrol', { status: 'implemented' }, NOW);
  layer = setControlAnnotation(layer, 'moretraindata', { status: 'planned' }, NOW);
  return serializeStore({ version: STORE_VERSION, activeId: 'layer-1', layers: [{ id: 'layer-1', layer }] });
}

const listed = async () => {
  const list = await findList();
  return [...list.querySelectorAll('[data-node-id]')].map((element) => element.getAttribute('data-node-id'));
};

describe('framework lens', { timeout: 20_000 }, () => {
  it('narrows the views to what an item touches and says what it leaves uncovered', async () => {
    const { user, location } = renderApp('/?framework=eu-ai-act:art15');
    const summary = await screen.findByTestId('framework-lens-summary');
    expect(summary.textContent).toContain('Through the lens of EU AI Act Art. 15: 1 control named');
    const ids = await listed();
    expect(ids).toContain('trainadversarial');
    expect(ids).not.toContain('dataqualitycontrol');
    await user.click(within(summary).getByText(/threats in view are left uncovered/));
    expect(within(summary).getByRole('button', { name: /PROMPT INJECTION/i })).toBeTruthy();
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Framework lens' }).value).toBe(
      'eu-ai-act',
    );
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Item' }).value).toBe('art15');
    await user.click(screen.getByRole('button', { name: 'Clear the framework lens' }));
    expect(await location()).toBe('/');
    expect(await listed()).toContain('dataqualitycontrol');
  });

  it('is chosen with the selects, framework then item, and written to the address', async () => {
    const { user, location } = renderApp('/');
    await findList();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Framework lens' }), 'EU AI Act');
    expect(await location()).toBe('/?framework=eu-ai-act');
    const item = await screen.findByRole('combobox', { name: 'Item' });
    await user.selectOptions(item, 'Art. 10 — Data governance');
    expect(await location()).toBe('/?framework=eu-ai-act:art10');
  });

  it('rewrites an item in another case', async () => {
    const { location } = renderApp('/?framework=eu-ai-act:ART15&lang=ja');
    await screen.findByTestId('framework-lens-summary');
    await expect.poll(location).toBe('/?framework=eu-ai-act:art15&lang=ja');
  });

  it('says when the data has no such item', async () => {
    renderApp('/?framework=eu-ai-act:art16');
    expect(
      await screen.findByText('EU AI Act has no item “art16”; the views are not narrowed.'),
    ).toBeTruthy();
  });

  it('says when the framework data cannot be loaded, and tries again', async () => {
    renderApp('/?framework=atlas', { frameworks: new Error('offline') });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The framework data could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('framework links in the details', { timeout: 20_000 }, () => {
  it('lists the items by framework, each linking to its page, with the path of a link through another item', async () => {
    renderApp('/?node=evasion');
    // The section says it is loading until the framework data is in.
    const section = await screen.findByRole('region', { name: 'Regulations, standards and frameworks' });
    expect(await within(section).findByRole('heading', { name: 'MITRE ATLAS' })).toBeTruthy();
    const link = within(section).getByRole('link', { name: /AML\.T0015 Evade AI Model/ });
    expect(link.getAttribute('href')).toBe('https://atlas.mitre.org/techniques/AML.T0015');
  });

  it('says through which item a link goes', async () => {
    renderApp('/?node=promptinjection');
    const section = await screen.findByRole('region', { name: 'Regulations, standards and frameworks' });
    await waitFor(() => expect(section.textContent).toContain('through LLM01:2026'));
  });

  it('says the coverage in words, in Japanese too, with the source’s own note marked as English', async () => {
    renderApp('/?node=dataqualitycontrol&lang=ja');
    const ja = await screen.findByRole('region', { name: '規制・規格・フレームワーク' });
    await waitFor(() => expect(ja.textContent).toContain('部分的に対応'));
    expect(within(ja).getByText('Gap: covers partly').getAttribute('lang')).toBe('en');
  });
});

describe('crosswalk view', { timeout: 20_000 }, () => {
  it('offers the frameworks, then lists the items with their controls and coverage as a table', async () => {
    const { user, location } = renderApp('/crosswalk');
    await user.click(await screen.findByRole('button', { name: 'EU AI Act' }));
    expect(await location()).toBe('/crosswalk?framework=eu-ai-act');
    const table = await screen.findByRole('table', { name: 'Crosswalk of EU AI Act to the AI Exchange' });
    const headers = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Art. 10 Data governance', 'Art. 15 Robustness', 'Art. 99 Penalties']);
    const art10 = within(table).getByRole('row', { name: /Art\. 10/ });
    expect(within(art10).getByRole('button', { name: /DATA QUALITY CONTROL/ })).toBeTruthy();
    expect(art10.textContent).toContain('covers partly');
    const art99 = within(table).getByRole('row', { name: /Art\. 99/ });
    expect(art99.textContent).toContain('No Exchange control or threat linked');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Item', 'Controls', 'Threats']);
  });

  it('follows the filters', async () => {
    renderApp('/crosswalk?lifecycle=development-time&framework=eu-ai-act');
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Art. 10 Data governance']);
  });

  it('shows one item of an item lens, with a way back to every item', async () => {
    const { user, location } = renderApp('/crosswalk?framework=eu-ai-act:art15&lang=ja');
    const only = await screen.findByRole('table');
    expect(within(only).getAllByRole('rowheader')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'すべての項目を表示' }));
    expect(await location()).toBe('/crosswalk?framework=eu-ai-act&lang=ja');
    expect(within(await screen.findByRole('table')).getAllByRole('rowheader')).toHaveLength(3);
  });

  it('with an annotation layer active, counts each item’s controls by status', async () => {
    renderApp('/crosswalk?framework=eu-ai-act', { savedLayers: savedLayer() });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Controls by status (Payments)' })).toBeTruthy();
    const art10 = within(table).getByRole('row', { name: /Art\. 10/ });
    expect(art10.textContent).toContain('1 implemented, 0 partial, 1 planned of 2');
  });
});
