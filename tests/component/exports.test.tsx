// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ExportMenu } from '../../src/features/exports/ExportMenu';
import { datedFileName } from '../../src/features/exports/fileNames';
import { splitDataset } from '../../src/model/datasetParts';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { createLayer, setControlAnnotation, setThreatAnnotation } from '../../src/model/layers/editLayer';
import type { Layer } from '../../src/model/layers/schema';
import { datasetSchema } from '../../src/model/schema';
import { type VisibleSubgraph, visibleSubgraph } from '../../src/model/visibility';
import type { Language } from '../../src/model/vocabulary';
import { resetDataStore, useDataStore } from '../../src/state/dataStore';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

import { captureDownloads, type Download } from './downloads';
import { testI18n } from './testI18n';

const index = buildIndex(sampleDataset);
const COMMIT = sampleDataset.upstream[0]!.commit;
const NOW = '2026-09-01T12:00:00.000Z';
const TODAY = new Date(2026, 8, 1, 12);
const LAYER = setThreatAnnotation(
  setControlAnnotation(
    createLayer('Customer chatbot', COMMIT, NOW),
    'promptinjectioniohandling',
    { status: 'implemented', owner: 'App team' },
    NOW,
  ),
  'promptinjection',
  { likelihood: 4, impact: 3, note: 'Public chat.' },
  NOW,
);

let downloads: Download[];
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => vi.restoreAllMocks());

/** The file as the user's disk gets it (FileReader would drop a byte-order mark). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
}
const textOf = async (blob: Blob) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytesOf(blob));

function renderMenu(
  visible: Pick<VisibleSubgraph, 'nodes' | 'edges'>,
  layer: Layer | null,
  language: Language = 'en',
) {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={testI18n(language)}>
      <ExportMenu index={index} visible={visible} layer={layer} language={language} now={() => TODAY} />
    </I18nextProvider>,
  );
  return { user };
}

const everything = visibleSubgraph(index, DEFAULT_FILTERS);

describe('export menu', () => {
  it('downloads the view as CSV for spreadsheets, with the layer’s statuses and ratings', async () => {
    const { user } = renderMenu(everything, LAYER);
    await user.click(screen.getByRole('button', { name: 'Spreadsheet (CSV)' }));
    expect(downloads[0]!.name).toBe('ai-security-view-customer-chatbot-2026-09-01.csv');
    expect(downloads[0]!.blob.type).toBe('text/csv;charset=utf-8');
    const text = await textOf(downloads[0]!.blob);
    expect(text.startsWith('\uFEFFthreat_id,threat,likelihood,impact,risk,threat_note,control_id,')).toBe(
      true,
    );
    expect(text).toContain(
      'promptinjection,Direct prompt injection,4,3,12,Public chat.,promptinjectioniohandling,PROMPT INJECTION IO HANDLING,,implemented,App team,\r\n',
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Saved ai-security-view-customer-chatbot-2026-09-01.csv',
    );
  });

  it('downloads a Markdown checklist in the chosen language', async () => {
    const { user } = renderMenu(everything, LAYER, 'ja');
    await user.click(screen.getByRole('button', { name: 'チェックリスト（Markdown）' }));
    expect(downloads[0]!.name).toBe('ai-security-checklist-customer-chatbot-2026-09-01.md');
    const text = await textOf(downloads[0]!.blob);
    expect(text).toMatch(/^# Customer chatbot\n/);
    expect(text).toContain('## 直接プロンプトインジェクション (promptinjection)');
    expect(text).toContain('- [x] プロンプトインジェクション入出力処理（実装済み、担当：App team）');
  });

  it('downloads the visible subgraph as a valid data set, and only what is in view', async () => {
    const use = visibleSubgraph(index, { ...DEFAULT_FILTERS, lifecycle: ['use'] });
    resetDataStore();
    const { details } = splitDataset(sampleDataset);
    const byId = new Map(Object.entries(details.nodes));
    const relations = new Map(Object.entries(details.relations));
    useDataStore.setState({ details: { status: 'ready', dataset: sampleDataset, byId, relations } });
    const { user } = renderMenu(use, null);
    await user.click(screen.getByRole('button', { name: 'Visible data (JSON)' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('ai-security-data-2026-09-01.json');
    const data = datasetSchema.parse(JSON.parse(await textOf(downloads[0]!.blob)));
    expect(new Set(data.nodes.map((node) => node.id))).toEqual(use.nodes);
    expect(data.nodes.some((node) => node.id === 'datapoison')).toBe(false);
    expect(data.upstream).toEqual(sampleDataset.upstream);
  });

  it('says so when the summaries and references for the data file cannot be had', async () => {
    resetDataStore();
    const { user } = renderMenu(visibleSubgraph(index, DEFAULT_FILTERS), null);
    await user.click(screen.getByRole('button', { name: 'Visible data (JSON)' }));
    expect(await screen.findByText(/could not be loaded, so the data was not saved/)).toBeTruthy();
    expect(downloads).toEqual([]);
  });

  it('offers nothing when nothing is in view', () => {
    renderMenu({ nodes: new Set(), edges: new Set() }, LAYER);
    expect(screen.getByText('Nothing is in view to export.')).toBeTruthy();
    for (const button of screen.getAllByRole('button')) expect(button).toHaveProperty('disabled', true);
  });
});

describe('file names', () => {
  it('carry the date and a label safe for any file system, in any script', () => {
    expect(datedFileName('layer', 'json', TODAY, ' 顧客/チャット: "v2" ')).toBe(
      'ai-security-layer-顧客チャット-v2-2026-09-01.json',
    );
    expect(datedFileName('view', 'csv', TODAY, '...')).toBe('ai-security-view-2026-09-01.csv');
  });
});
