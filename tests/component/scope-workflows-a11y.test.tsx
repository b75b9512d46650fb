// @vitest-environment jsdom
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';

import { ExportMenu } from '../../src/features/exports/ExportMenu';
import { AnnotationLegend } from '../../src/features/graph/AnnotationLegend';
import { overlayLegend } from '../../src/features/graph/overlayLegend';
import { ControlAnnotationEditor } from '../../src/features/layers/ControlAnnotationEditor';
import { LayerManager } from '../../src/features/layers/LayerManager';
import { LayerStoreProvider } from '../../src/features/layers/layerStoreContext';
import { LayerSummary } from '../../src/features/layers/LayerSummary';
import { ThreatAnnotationEditor } from '../../src/features/layers/ThreatAnnotationEditor';
import { RoleGuide } from '../../src/features/roles/RoleGuide';
import { RoleSelect } from '../../src/features/roles/RoleSelect';
import { ScopePage } from '../../src/features/scope/ScopePage';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { STORE_KEY } from '../../src/model/layers/layerStore';
import { visibleSubgraph } from '../../src/model/visibility';
import { createLayerStore, selectActiveLayer } from '../../src/state/layerStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { testI18n } from './testI18n';

const index = buildIndex(sampleDataset);
const visible = visibleSubgraph(index, DEFAULT_FILTERS);

afterEach(() => localStorage.clear());

/** Axe's rules that jsdom can evaluate: no layout (colour contrast) and no canvas (icon ligatures). */
async function violations(container: HTMLElement) {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, 'label-content-name-mismatch': { enabled: false } },
  });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.html).join(' | ')}`,
  );
}

describe('workflow components have no accessibility violations axe can find without layout', () => {
  it('scope, roles, layers and exports', async () => {
    localStorage.setItem(STORE_KEY, 'not json');
    const store = createLayerStore();
    store.getState().setControlAnnotation(
      'monitoruse',
      { status: 'partial' },
      {
        name: 'L',
        dataVersion: sampleDataset.upstream[0]!.commit,
      },
    );
    const { container } = render(
      <I18nextProvider i18n={testI18n('en')}>
        <LayerStoreProvider store={store}>
          <main>
            <ScopePage
              index={index}
              answers={{ genai: 'y', train: 'n' }}
              onChange={() => {}}
              onSelect={() => {}}
            />
            <RoleSelect value="developer" onChange={() => {}} />
            <RoleGuide index={index} role="developer" onSelect={() => {}} onOpenTool={() => {}} />
            <LayerManager index={index} onApplyScope={() => {}} />
            <ControlAnnotationEditor index={index} controlId="monitoruse" />
            <ThreatAnnotationEditor index={index} threatId="datapoison" />
            <LayerSummary index={index} visible={visible.nodes} onSelect={() => {}} />
            <AnnotationLegend
              title="Marks on the graph"
              entries={overlayLegend({
                role: 'What your role acts on',
                supplier: 'Supplier’s responsibility',
                layer: { status: (status) => status, risk: (level) => level },
              })}
            />
            <ExportMenu
              index={index}
              visible={visible}
              layer={selectActiveLayer(store.getState())}
              language="en"
            />
          </main>
        </LayerStoreProvider>
      </I18nextProvider>,
    );
    expect(await violations(container)).toEqual([]);
  });
});
