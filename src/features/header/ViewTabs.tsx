import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';

import { VIEW_PATHS, VIEWS } from '../../model/views';

/** The views as links that keep the query (filters, selection, language); the current one is marked. */
export function ViewTabs() {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <nav className="view-tabs" aria-label={t('views.label')}>
      <ul>
        {VIEWS.map((view) => (
          <li key={view}>
            <NavLink
              to={{ pathname: VIEW_PATHS[view], search }}
              end
              className={({ isActive }) => `view-tabs__tab${isActive ? ' is-active' : ''}`}
              data-view={view}
            >
              {t(`views.${view}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
