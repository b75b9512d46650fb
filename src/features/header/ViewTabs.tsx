import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';

import { VIEW_PATHS, VIEWS } from '../../model/views';

/**
 * The views as links that keep the query (filters, selection, language); the current one is marked. On a phone
 * they are a strip that scrolls sideways, brought round to the current view.
 */
export function ViewTabs() {
  const { t } = useTranslation();
  const { search, pathname } = useLocation();
  const strip = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const list = strip.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    const room = list.getBoundingClientRect();
    const tab = current.getBoundingClientRect();
    if (tab.left < room.left || tab.right > room.right) {
      list.scrollLeft += tab.left - room.left - (room.width - tab.width) / 2;
    }
  }, [pathname]);
  return (
    <nav className="view-tabs" aria-label={t('views.label')}>
      <ul ref={strip}>
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
