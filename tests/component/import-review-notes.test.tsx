// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';

import { ImportReview } from '../../src/features/layers/ImportReview';
import { LayerStoreProvider } from '../../src/features/layers/layerStoreContext';
import { createLayer } from '../../src/model/layers/editLayer';
import type { LayerWarning } from '../../src/model/layers/importLayer';
import type { Language } from '../../src/model/vocabulary';
import { createLayerStore } from '../../src/state/layerStore';

import { testI18n } from './testI18n';

const warnings: LayerWarning[] = [
  { kind: 'data-version', layerVersion: 'a'.repeat(40), dataVersion: 'b'.repeat(40), message: '' },
  { kind: 'unknown-node', path: 'controls.nosuch', id: 'nosuch', message: '' },
  {
    kind: 'wrong-kind',
    path: 'controls.evasion',
    id: 'evasion',
    section: 'controls',
    nodeKind: 'threat-group',
    message: '',
  },
  {
    kind: 'wrong-kind',
    path: 'threats.monitoruse',
    id: 'monitoruse',
    section: 'threats',
    nodeKind: 'control',
    message: '',
  },
];

function notesIn(lang: Language) {
  render(
    <I18nextProvider i18n={testI18n(lang)}>
      <LayerStoreProvider store={createLayerStore({ storage: null })}>
        <ImportReview
          read={{
            layer: createLayer('Team', 'a'.repeat(40), '2026-01-01T00:00:00.000Z'),
            warnings,
            migratedFrom: null,
          }}
          source="team.json"
          onDone={() => {}}
          onCancel={() => {}}
        />
      </LayerStoreProvider>
    </I18nextProvider>,
  );
  return screen.getAllByRole('listitem').map((item) => item.textContent);
}

describe('the notes of an imported layer', () => {
  it('say in English what does not fit the data, with the paths and ids as in the file', () => {
    expect(notesIn('en')).toEqual([
      'The layer was made with data aaaaaaa; the navigator has bbbbbbb.',
      'controls.nosuch: no node “nosuch” in the data set; kept.',
      'controls.evasion: “evasion” is a threat group, not a control; kept but not used.',
      'threats.monitoruse: “monitoruse” is a control, not a threat or threat group; kept but not used.',
    ]);
  });

  it('say it in Japanese on a Japanese page', () => {
    expect(notesIn('ja')).toEqual([
      'このレイヤーはデータ aaaaaaa で作られました（ナビゲーターのデータは bbbbbbb）。',
      'controls.nosuch：データにノード「nosuch」はありません。そのまま保持します。',
      'controls.evasion：「evasion」は脅威グループで、管理策ではありません。保持しますが使いません。',
      'threats.monitoruse：「monitoruse」は管理策で、脅威または脅威グループではありません。保持しますが使いません。',
    ]);
  });
});
