import './exports.css';

import { useId, useState } from 'react';

import { exportChecklist } from '../../model/export/checklist';
import { exportVisibleDataset, serializeDataset } from '../../model/export/datasetJson';
import { exportViewCsv } from '../../model/export/viewCsv';
import type { GraphIndex } from '../../model/graphIndex';
import type { Layer } from '../../model/layers/schema';
import type { VisibleSubgraph } from '../../model/visibility';
import type { Language } from '../../model/vocabulary';
import { useDataStore } from '../../state/dataStore';
import { useFeatureT } from '../scope/featureStrings';

import { downloadFile } from './downloadFile';
import { datedFileName } from './fileNames';
import { exportStrings } from './strings';

export interface ExportMenuProps {
  index: GraphIndex;
  /** What is in view: the scoped, filtered subgraph. */
  visible: Pick<VisibleSubgraph, 'nodes' | 'edges'>;
  /** The active annotation layer, or null. */
  layer: Layer | null;
  /** Language of the titles and words in the files. */
  language: Language;
  /** Level of the menu's heading. Default 2. */
  headingLevel?: 2 | 3;
  /** The date in the file names; default: today. */
  now?(): Date;
}

/** A spreadsheet's reading of UTF-8 text is reliable only with a byte-order mark in front. */
const BYTE_ORDER_MARK = '\uFEFF';

/** Downloads of the view: CSV, a Markdown checklist and the visible subgraph as data-set JSON. */
export function ExportMenu({
  index,
  visible,
  layer,
  language,
  headingLevel = 2,
  now = () => new Date(),
}: ExportMenuProps) {
  const { t } = useFeatureT(exportStrings);
  const id = useId();
  const [saved, setSaved] = useState('');
  const Heading = `h${headingLevel}` as const;
  const empty = visible.nodes.size === 0;
  const label = layer?.name;
  const loadDetails = useDataStore((state) => state.loadDetails);

  const save = (text: string, what: string, extension: string, type: string) => {
    const fileName = datedFileName(what, extension, now(), label);
    downloadFile(text, fileName, type);
    setSaved(t('saved', { file: fileName }));
  };
  const exports = [
    {
      key: 'csv',
      text: t('csv'),
      hint: t('csvHint'),
      run: () =>
        save(
          BYTE_ORDER_MARK + exportViewCsv(index, visible.nodes, layer, language),
          'view',
          'csv',
          'text/csv',
        ),
    },
    {
      key: 'checklist',
      text: t('checklist'),
      hint: t('checklistHint'),
      run: () =>
        save(exportChecklist(index, visible.nodes, layer, language), 'checklist', 'md', 'text/markdown'),
    },
    {
      key: 'json',
      text: t('json'),
      hint: t('jsonHint'),
      // The file carries the summaries and references: fetched now if the page does not have them yet.
      run: async () => {
        const details = await loadDetails();
        if (details.status !== 'ready') {
          setSaved(t('detailsFailed'));
          return;
        }
        const dataset = exportVisibleDataset(details.dataset, index, visible);
        if (dataset) save(serializeDataset(dataset), 'data', 'json', 'application/json');
      },
    },
  ];

  return (
    <section className="export-menu" aria-labelledby={id}>
      <Heading id={id}>{t('heading')}</Heading>
      <p className="hint">{empty ? t('nothing') : t('intro')}</p>
      <ul className="export-menu__items">
        {exports.map((item) => (
          <li key={item.key}>
            <button
              type="button"
              className="button"
              disabled={empty}
              aria-describedby={`${id}-${item.key}`}
              onClick={() => void item.run()}
            >
              {item.text}
            </button>
            <span id={`${id}-${item.key}`} className="hint">
              {item.hint}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="export-menu__status">
        {saved}
      </p>
    </section>
  );
}
