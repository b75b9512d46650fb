import './header.css';

import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import type { ViewId } from '../../model/views';
import { useViewStore } from '../../state/viewStore';
import { CopyButton } from '../common/CopyButton';
import { useMediaQuery } from '../common/useMediaQuery';
import type { GraphCommands } from '../graph/GraphView';

import { ExportImageButton } from './ExportImageButton';
import { LanguageSwitch, type LoadLanguage } from './LanguageSwitch';
import { ViewTabs } from './ViewTabs';

const FOLD_TOOLS_QUERY = '(max-width: 1599px)';

interface HeaderProps {
  view: ViewId;
  graphCommands: RefObject<GraphCommands | null>;
  loadLanguage: LoadLanguage;
  /** A phone: two short rows, the tools folded behind "⋯" and the tabs a strip that scrolls sideways. */
  compact?: boolean;
}

/**
 * App name, language switch, the button that copies a link to the current view, the image download (on the
 * graph), and the tabs of the views.
 */
export function Header({ view, graphCommands, loadLanguage, compact = false }: HeaderProps) {
  const { t } = useTranslation();
  // Below this width the name, the eight view tabs and the tools share one row only with the tools behind "⋯";
  // a second row would take its height from the graph.
  const foldTools = useMediaQuery(FOLD_TOOLS_QUERY);
  const tools = (
    <>
      <CopyLinkButton />
      {view === 'graph' && <ExportImageButton commands={graphCommands} />}
    </>
  );
  const more = (
    <details className="app-header__more">
      <summary className="button" title={t('header.more')}>
        <span aria-hidden="true">⋯</span>
        <span className="visually-hidden">{t('header.more')}</span>
      </summary>
      <div className="app-header__menu">{tools}</div>
    </details>
  );
  if (compact) {
    return (
      <header className="app-header app-header--compact">
        <div className="app-header__brand">
          <h1 className="app-header__name">{t('app.name')}</h1>
        </div>
        <div className="app-header__tools">
          <LanguageSwitch loadLanguage={loadLanguage} />
          {more}
        </div>
        <ViewTabs />
      </header>
    );
  }
  return (
    <header className="app-header app-header--tabbed">
      <div className="app-header__brand">
        <h1 className="app-header__name">{t('app.name')}</h1>
        <p className="app-header__tagline">{t('app.tagline')}</p>
      </div>
      <ViewTabs />
      <div className="app-header__tools">
        <LanguageSwitch loadLanguage={loadLanguage} />
        {foldTools ? more : tools}
      </div>
    </header>
  );
}

function CopyLinkButton() {
  const { t } = useTranslation();
  const flushAddress = useViewStore((state) => state.flushAddress);
  return (
    <CopyButton
      className="copy-link"
      text={() => {
        flushAddress();
        return window.location.href;
      }}
      label={t('header.copyLink')}
      copiedLabel={t('header.linkCopied')}
      failedLabel={t('header.copyFailed')}
    />
  );
}
