import { useLocation } from 'react-router';

import { VIEW_HEADING_ID } from '../features/catalogue/viewHeading';
import { ScopePage } from '../features/scope/ScopePage';
import { scopeSectionOf } from '../features/scope/scopeSections';
import { useViewStore } from '../state/viewStore';

import { useViewContext } from './viewContext';

/** `/scope`: the questionnaire; the answers live in the URL (`scope=`) and narrow every view. */
export function ScopeRoute() {
  const { index } = useViewContext();
  const scope = useViewStore((state) => state.view.scope);
  const setScope = useViewStore((state) => state.setScope);
  const select = useViewStore((state) => state.select);
  const focusSection = scopeSectionOf(useLocation().state);
  return (
    <main className="catalogue" aria-labelledby={VIEW_HEADING_ID}>
      <ScopePage
        index={index}
        answers={scope}
        onChange={setScope}
        onSelect={select}
        headingId={VIEW_HEADING_ID}
        focusSection={focusSection}
      />
    </main>
  );
}
