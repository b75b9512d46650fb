// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { createLayer, setControlAnnotation } from '../../src/model/layers/editLayer';
import { serializeStore, STORE_VERSION } from '../../src/model/layers/layerStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { renderApp } from './renderApp';

afterEach(() => vi.unstubAllGlobals());

const NOW = '2026-09-01T12:00:00.000Z';

/** Saved layers with one layer, active, in which `controlId` is implemented. */
function savedWithImplemented(controlId: string): string {
  const layer = setControlAnnotation(
    createLayer('My system', sampleDataset.upstream[0]!.commit, NOW),
    controlId,
    { status: 'implemented' },
    NOW,
  );
  return serializeStore({ version: STORE_VERSION, activeId: 'layer-1', layers: [{ id: 'layer-1', layer }] });
}

/** The periodic table is loaded lazily; on a busy machine the first load takes a while. */
const tableHeading = () =>
  screen.findByRole('heading', { level: 2, name: /periodic table/i }, { timeout: 5000 });

const chipOf = (id: string) => document.querySelector(`.chip [data-node-id="${id}"]`)!.parentElement!;

describe('marks of the workflows in the views', () => {
  it('the periodic table shows the status of each control chip while a layer is active', async () => {
    renderApp('/table', { savedLayers: savedWithImplemented('monitoruse') });
    await tableHeading();
    expect(within(chipOf('monitoruse')).getByText('Implemented')).toBeTruthy();
    const others = [...document.querySelectorAll('.chip')].filter(
      (chip) => !chip.querySelector('[data-node-id="monitoruse"]') && chip.querySelector('[data-status]'),
    );
    expect(others.length).toBeGreaterThan(0);
    expect(
      others.every((chip) => chip.querySelector('[data-status]')!.textContent === '?Status unknown'),
    ).toBe(true);
  });

  it('control chips carry no status without an active layer', async () => {
    renderApp('/table');
    await tableHeading();
    expect(document.querySelector('.chip [data-node-id="monitoruse"]')).not.toBeNull();
    expect(document.querySelector('.chip [data-status]')).toBeNull();
  });

  it('the count line names what the scope sets aside, each kind a link to its reasons', async () => {
    const { user, location } = renderApp('/?scope=genai:y');
    const count = await screen.findByTestId('count-line');
    // The scoping rules load with the first answer.
    await waitFor(() =>
      expect(count.textContent).toBe(
        'Showing 5 of 6 threats and 8 of 10 controls (groups not counted) · 1 threat, 1 control and 1 Top 10 item set aside by your scope',
      ),
    );
    await user.click(within(count).getByRole('link', { name: '1 control' }));
    expect(await location()).toBe('/scope?scope=genai:y');
    const heading = await screen.findByRole('heading', { name: 'Controls set aside: 1' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const section = heading.closest('section')!;
    expect(section.textContent).toMatch(/Mitigates only threats set aside: \S/);
  });

  it('says the same in Japanese', async () => {
    renderApp('/?scope=genai:y&lang=ja');
    const count = await screen.findByTestId('count-line');
    await waitFor(() =>
      expect(within(count).getByTestId('set-aside').textContent).toBe(
        ' · スコープにより脅威 1 件、管理策 1 件、Top 10 項目 1 件を除外',
      ),
    );
    expect(
      within(count)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['脅威 1 件', '管理策 1 件', 'Top 10 項目 1 件']);
  });

  it('the count line says nothing of the scope while no question is answered', async () => {
    renderApp('/');
    expect((await screen.findByTestId('count-line')).textContent).not.toContain('scope');
  });

  const unreadable = '{"version": 1, "activeId": null, "layers": [';

  it('saved layers that cannot be read are reported when the app starts', async () => {
    renderApp('/table', { savedLayers: unreadable });
    const alert = await screen.findByTestId('unreadable-layers');
    expect(within(alert).getByText('Your saved annotation layers could not be read')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Export the saved content' })).toBeTruthy();
  });

  it('on /layers the report is shown once, in the layer manager', async () => {
    renderApp('/layers', { savedLayers: unreadable });
    await screen.findByTestId('layer-manager');
    expect(screen.getAllByTestId('unreadable-layers')).toHaveLength(1);
  });
});
