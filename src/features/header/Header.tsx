import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { CopyButton } from '../common/CopyButton';
import type { GraphCommands } from '../graph/GraphView';

import { ExportImageButton } from './ExportImageButton';
import { LanguageSwitch } from './LanguageSwitch';

/** App name, language switch, the button that copies a link to the current view, and the image download. */
export function Header({ graphCommands }: { graphCommands: RefObject<GraphCommands | null> }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__name">{t('app.name')}</h1>
        <p className="app-header__tagline">{t('app.tagline')}</p>
      </div>
      <div className="app-header__tools">
        <LanguageSwitch />
        <CopyLinkButton />
        <ExportImageButton commands={graphCommands} />
      </div>
    </header>
  );
}

function CopyLinkButton() {
  const { t } = useTranslation();
  return (
    <CopyButton
      className="copy-link"
      text={() => window.location.href}
      label={t('header.copyLink')}
      copiedLabel={t('header.linkCopied')}
      failedLabel={t('header.copyFailed')}
    />
  );
}
