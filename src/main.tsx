import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { createI18n } from './app/i18n/createI18n';
import { createAppRouter } from './app/router';
import './app/styles.css';
import { parseLanguage } from './model/url';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App router={createAppRouter()} i18n={createI18n(parseLanguage(window.location.search))} />
  </StrictMode>,
);
