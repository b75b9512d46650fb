import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import type { ScopedSubgraph } from '../../model/scope/visibleInScope';
import { VIEW_PATHS } from '../../model/views';
import { conjunction } from '../common/listFormat';
import { useFeatureT } from '../scope/featureStrings';
import { type ScopeSection, scopeSectionState } from '../scope/scopeSections';
import { scopeStrings } from '../scope/strings';

/** What the scope sets aside, by the part of the scope page that gives the reasons. */
const SET_ASIDE = [
  ['threats', 'threat'],
  ['controls', 'control'],
  ['top10', 'top10'],
] as const satisfies readonly (readonly [ScopeSection, keyof ScopedSubgraph['setAside']])[];

/**
 * "Showing 12 of 26 threats and 20 of 55 controls (groups not counted)", and what the scope answers set aside,
 * each kind a link to its reasons on the scope page; announced when it changes.
 */
export function CountLine({ visible }: { visible: ScopedSubgraph }) {
  const { t } = useTranslation();
  const { counts, setAside } = visible;
  return (
    <p className="count-line" role="status" data-testid="count-line">
      {t('filters.count', {
        shownThreats: counts.threat.shown,
        totalThreats: counts.threat.total,
        shownControls: counts.control.shown,
        totalControls: counts.control.total,
      })}
      {SET_ASIDE.some(([, kind]) => setAside[kind] > 0) && <SetAsideByScope setAside={setAside} />}
    </p>
  );
}

/** "· 7 threats, 4 controls and 3 Top 10 items set aside by your scope", each part a link. */
function SetAsideByScope({ setAside }: { setAside: ScopedSubgraph['setAside'] }) {
  const { t, lang } = useFeatureT(scopeStrings);
  const { search } = useLocation();
  const parts = SET_ASIDE.filter(([, kind]) => setAside[kind] > 0);
  const list = conjunction(lang).formatToParts(parts.map(([section]) => section));
  // The sentence around the list comes from the strings, so each language orders it its own way.
  const [before = '', after = ''] = t('setAside', { list: '\u0000' }).split('\u0000');
  return (
    <span className="count-line__scope" data-testid="set-aside">
      {' · '}
      {before}
      {list.map((part, i) => {
        if (part.type === 'literal') return <Fragment key={i}>{part.value}</Fragment>;
        const [section, kind] = parts.find(([name]) => name === part.value)!;
        return (
          <Link key={i} to={{ pathname: VIEW_PATHS.scope, search }} state={scopeSectionState(section)}>
            {t(`setAsideCount.${section}`, { count: setAside[kind] })}
          </Link>
        );
      })}
      {after}
    </span>
  );
}
