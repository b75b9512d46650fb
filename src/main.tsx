import './app/zodWithoutEval';
import './app/styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { App } from './app/App';
import { framedByAnotherOrigin, showFramedNotice } from './app/framing';
import { createI18n } from './app/i18n/createI18n';
import { loadLanguage } from './app/i18n/loadLanguage';
import { startLoadingData } from './app/NavigatorPage';
import { registerServiceWorkerAfterFirstView } from './app/registerServiceWorker';
import { basename } from './app/router';
import { AppRoutes } from './app/routes';
import { tidyAddress } from './app/tidyAddress';
import { preloadCytoscape } from './features/graph/createCytoscape';
import { adoptPagePicture, dropPagePicture } from './features/graph/pagePicture';
import { loadScoping } from './features/scope/scoping';
import { parseLanguage } from './model/url';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// Shown in a frame of another site, the page is only a notice with a link to open it in its own tab
// (src/app/framing.ts): none of the app's buttons can be clicked through someone else's page.
if (framedByAnotherOrigin()) {
  dropPagePicture();
  showFramedNotice(root);
} else start(root);

function start(root: HTMLElement) {
  // Before anything reads the address: a path such as `//?x=1` would make the router throw (src/app/tidyAddress.ts).
  tidyAddress();
  adoptPagePicture(basename);

  startLoadingData();
  // The graph is the page at the base path: fetch its library alongside the data set rather than after it.
  if (window.location.pathname.replace(/\/$/, '') === basename) void preloadCytoscape();
  // A link with scope answers needs the scope rules before its first view: fetch them beside the data set too.
  if (new URLSearchParams(window.location.search).has('scope')) void loadScoping();

  const lang = parseLanguage(window.location.search);
  const i18n = createI18n(lang);
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App i18n={i18n}>
          <BrowserRouter basename={basename} useTransitions={false}>
            <AppRoutes />
          </BrowserRouter>
        </App>
      </StrictMode>,
    );
  // A Japanese link renders once its strings are in, so it never shows English first (English if they fail).
  void loadLanguage(i18n, lang).then(render, render);
  registerServiceWorkerAfterFirstView();
}
