import { type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useViewStore } from '../../state/viewStore';
import { exportStrings } from '../exports/strings';
import type { GraphCommands } from '../graph/GraphView';
import { useFeatureT } from '../scope/featureStrings';

type Format = 'png' | 'svg';

/** Downloads the graph as a PNG or SVG picture, through the graph's command API. */
export function ExportImageButton({ commands }: { commands: RefObject<GraphCommands | null> }) {
  const { t } = useTranslation();
  const { t: tExport } = useFeatureT(exportStrings);
  const [failed, setFailed] = useState(false);
  const flushAddress = useViewStore((state) => state.flushAddress);
  const menu = useRef<HTMLDetailsElement>(null);

  async function download(format: Format) {
    setFailed(false);
    // The menu closes once a format is chosen, as a menu does.
    if (menu.current) menu.current.open = false;
    // The picture's source line carries the view's address.
    flushAddress();
    try {
      const graph = commands.current;
      if (!graph) throw new Error('no graph');
      const blob = await (format === 'svg' ? graph.exportSvg() : graph.exportPng());
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `ai-security-navigator.${format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch {
      setFailed(true);
    }
  }

  // One entry in the header that opens onto the two formats, so the header keeps to one row.
  return (
    <span className="copy">
      <details className="export-image" ref={menu}>
        <summary className="button">{t('graph.exportImage')}</summary>
        <div className="export-image__formats">
          <button type="button" className="button" onClick={() => void download('png')}>
            {t('graph.exportPng')}
          </button>
          <button type="button" className="button" onClick={() => void download('svg')}>
            {tExport('imageSvg')}
          </button>
        </div>
      </details>
      <span role="status" className="copy__status copy__status--failed">
        {failed ? t('graph.exportFailed') : ''}
      </span>
    </span>
  );
}
