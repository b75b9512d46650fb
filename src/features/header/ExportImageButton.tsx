import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { GraphCommands } from '../graph/GraphView';

/** Downloads the graph as a PNG, through the graph's command API. */
export function ExportImageButton({ commands }: { commands: RefObject<GraphCommands | null> }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);

  async function download() {
    setFailed(false);
    try {
      const blob = await commands.current?.exportPng();
      if (!blob) throw new Error('no graph');
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'ai-security-navigator.png';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch {
      setFailed(true);
    }
  }

  return (
    <span className="copy">
      <button type="button" className="button" onClick={() => void download()}>
        {t('graph.exportPng')}
      </button>
      <span role="status" className="copy__status copy__status--failed">
        {failed ? t('graph.exportFailed') : ''}
      </span>
    </span>
  );
}
