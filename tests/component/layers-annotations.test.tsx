// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';

import { AnnotationLegend } from '../../src/features/graph/AnnotationLegend';
import { useGraphOverlay } from '../../src/features/graph/useGraphOverlay';
import { ControlAnnotationForm } from '../../src/features/layers/ControlAnnotationForm';
import { LayerStoreProvider } from '../../src/features/layers/layerStoreContext';
import { LayerSummary } from '../../src/features/layers/LayerSummary';
import { layerOverlay } from '../../src/features/layers/overlay';
import { ThreatAnnotationForm } from '../../src/features/layers/ThreatAnnotationForm';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { STORE_KEY } from '../../src/model/layers/layerStore';
import { evaluateScope } from '../../src/model/scope/evaluate';
import { visibleSubgraph } from '../../src/model/visibility';
import type { Language } from '../../src/model/vocabulary';
import { createLayerStore, type LayerStoreApi, selectActiveLayer } from '../../src/state/layerStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { testI18n } from './testI18n';

const index = buildIndex(sampleDataset);
const visible = visibleSubgraph(index, DEFAULT_FILTERS).nodes;
const unscoped = evaluateScope(index, {});

/** The legend beside the graph, as the graph area computes it. */
function GraphMarksLegend() {
  const { legend } = useGraphOverlay(index, unscoped);
  return <AnnotationLegend {...legend} />;
}

function renderWith(ui: React.ReactElement, store: LayerStoreApi, lang: Language = 'en') {
  const user = userEvent.setup();
  const result = render(
    <I18nextProvider i18n={testI18n(lang)}>
      <LayerStoreProvider store={store}>{ui}</LayerStoreProvider>
    </I18nextProvider>,
  );
  return { user, ...result };
}

afterEach(() => localStorage.clear());

describe('control annotations', () => {
  it('saves status, owner and note in the browser, and a store read again from it shows them', async () => {
    const store = createLayerStore();
    const { user, unmount } = renderWith(
      <ControlAnnotationForm index={index} controlId="monitoruse" />,
      store,
    );
    const editor = screen.getByRole('region', { name: 'Your annotation' });
    expect(within(editor).getByText('Your first annotation creates the layer “My system”.')).toBeTruthy();

    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Status' }), 'Implemented');
    await user.type(within(editor).getByRole('textbox', { name: 'Owner' }), 'SOC');
    await user.type(within(editor).getByRole('textbox', { name: 'Note' }), 'Dashboards in place.');
    expect(within(editor).getByText('Layer: My system')).toBeTruthy();
    expect(localStorage.getItem(STORE_KEY)).toContain('"monitoruse":{"status":"implemented","owner":"SOC"');
    unmount();

    // As after a reload: a new store from the same localStorage.
    const reloaded = createLayerStore();
    expect(selectActiveLayer(reloaded.getState())?.controls.monitoruse).toEqual({
      status: 'implemented',
      owner: 'SOC',
      note: 'Dashboards in place.',
    });
    renderWith(<ControlAnnotationForm index={index} controlId="monitoruse" />, reloaded);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Status' }).value).toBe('implemented');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Owner' }).value).toBe('SOC');
  });

  it('is offered for controls only', () => {
    const store = createLayerStore();
    renderWith(<ControlAnnotationForm index={index} controlId="datacontrols" />, store);
    renderWith(<ControlAnnotationForm index={index} controlId="datapoison" />, store);
    renderWith(<ControlAnnotationForm index={index} controlId="nosuchnode" />, store);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('a status change replaces the previous one; back to unknown with nothing else removes the entry', async () => {
    const store = createLayerStore();
    const { user } = renderWith(<ControlAnnotationForm index={index} controlId="devsecurity" />, store);
    const status = screen.getByRole('combobox', { name: 'Status' });
    await user.selectOptions(status, 'Planned');
    expect(selectActiveLayer(store.getState())?.controls).toEqual({ devsecurity: { status: 'planned' } });
    await user.selectOptions(status, 'Status unknown');
    expect(selectActiveLayer(store.getState())?.controls).toEqual({});
  });

  it('is labelled in Japanese', () => {
    renderWith(<ControlAnnotationForm index={index} controlId="monitoruse" />, createLayerStore(), 'ja');
    const status = screen.getByRole('combobox', { name: '状況' });
    expect(
      within(status)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['実装済み', '一部実装', '計画中', '適用外', '状況不明']);
  });
});

describe('threat ratings', () => {
  it('rates likelihood and impact from 1 to 5 and shows the risk', async () => {
    const store = createLayerStore();
    const { user } = renderWith(<ThreatAnnotationForm index={index} threatId="datapoison" />, store);
    const editor = screen.getByRole('region', { name: 'Your risk rating' });
    expect(within(editor).getByText(/shown once likelihood and impact are both rated/)).toBeTruthy();
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Likelihood' }), '4 – likely');
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Impact' }), '5 – severe');
    expect(within(editor).getByText('Risk 20 of 25: critical')).toBeTruthy();
    expect(selectActiveLayer(store.getState())?.threats.datapoison).toEqual({ likelihood: 4, impact: 5 });
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Impact' }), 'Not rated');
    expect(selectActiveLayer(store.getState())?.threats.datapoison).toEqual({ likelihood: 4 });
  });

  it('is offered for threats and threat groups only', () => {
    renderWith(<ThreatAnnotationForm index={index} threatId="monitoruse" />, createLayerStore());
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('risk overview', () => {
  it('asks for a layer first, then counts implemented controls and lists uncovered threats', async () => {
    const store = createLayerStore();
    const { user } = renderWith(
      <>
        <ControlAnnotationForm index={index} controlId="promptinjectioniohandling" />
        <LayerSummary index={index} visible={visible} />
      </>,
      store,
    );
    expect(screen.getByText(/No annotation layer is active/)).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Implemented');

    const summary = screen.getByRole('region', { name: 'Risk overview' });
    const controlsInView = index.nodes.filter(
      (node) => node.kind === 'control' && visible.has(node.id),
    ).length;
    expect(
      within(summary).getByText(`Controls in view implemented: 1 of ${controlsInView}`, { exact: false }),
    ).toBeTruthy();
    const uncovered = within(summary).getByTestId('uncovered-threats');
    expect(uncovered.querySelector('[data-node-id="promptinjection"]')).toBeNull();
    expect(uncovered.querySelector('[data-node-id="datapoison"]')).toBeTruthy();
    const row = within(summary).getByRole('table', { name: 'Coverage per threat in view' });
    const promptRow = row.querySelector('tr[data-threat-id="promptinjection"]')!;
    expect(promptRow.textContent).toContain('Implemented');
  });
});

describe('graph overlay', () => {
  it('marks annotated controls by status and rated threats by risk level, with a legend', () => {
    const store = createLayerStore();
    const newLayer = { name: 'L', dataVersion: sampleDataset.upstream[0]!.commit };
    store.getState().setControlAnnotation('monitoruse', { status: 'partial' }, newLayer);
    store.getState().setControlAnnotation('datapoison', { status: 'implemented' }, newLayer);
    store.getState().setThreatAnnotation('datapoison', { likelihood: 5, impact: 4 }, newLayer);
    store.getState().setThreatAnnotation('evasion', { likelihood: 5 }, newLayer);
    const overlay = layerOverlay(index, selectActiveLayer(store.getState()));
    // A threat under controls, and a threat with only one rating, mark nothing.
    expect(Object.fromEntries(overlay)).toEqual({
      monitoruse: { status: 'partial' },
      datapoison: { risk: 'critical' },
    });
    expect(layerOverlay(index, null).size).toBe(0);

    renderWith(<GraphMarksLegend />, store);
    const legend = screen.getByRole('region', { name: 'Marks on the graph' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '✓Implemented',
      '◐Partly implemented',
      '○Planned',
      '–Not applicable',
      '?Status unknown',
      '!Threat rated low risk',
      '!!Threat rated medium risk',
      '!!!Threat rated high risk',
      '!!!!Threat rated critical risk',
    ]);
  });
});
