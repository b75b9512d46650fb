import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { familiesHiding, type FilterFamily, type Filters } from '../../model/filters';
import { useViewStore } from '../../state/viewStore';
import { hasAnswers } from '../scope/hasAnswers';

interface HiddenNoteProps {
  nodeId: string;
  /** Whether the views show the node now. */
  shown: boolean;
  /** The nodes the views would show with other filters (and the same scope). */
  shownWith(filters: Filters): ReadonlySet<string>;
  /** Called once the filters that hid the node are cleared, when the button that did it is gone. */
  onCleared(): void;
}

/**
 * A selected node the views do not show, as one opened by a link with filters that hide it: says which filters
 * hide it, and clears just those. A node hidden by the scope answers is explained by the scope's reasons.
 */
export function HiddenNote({ nodeId, shown, shownWith, onCleared }: HiddenNoteProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const filters = useViewStore((state) => state.view.filters);
  const scoped = useViewStore((state) => hasAnswers(state.view.scope));
  const lang = useViewStore((state) => state.view.lang);
  const families = useMemo(
    () => (shown ? [] : familiesHiding(filters, (other) => shownWith(other).has(nodeId))),
    [shown, filters, shownWith, nodeId],
  );

  if (families === null) {
    return scoped ? (
      <p className="hidden-note" role="note">
        {t('details.hidden.byScope')}
      </p>
    ) : null;
  }
  if (families.length === 0) return null;

  const or = new Intl.ListFormat(lang, { type: 'disjunction' });
  const chosen = (filter: string, values: string[]) =>
    t('details.hidden.filter', { filter, values: or.format(values) });
  const describe = (family: FilterFamily) => {
    switch (family) {
      case 'lifecycle':
        return chosen(
          t('filters.lifecycle'),
          filters.lifecycle.map((value) => t(`lifecycle.${value}`)),
        );
      case 'impact':
        return chosen(
          t('filters.impact'),
          filters.impact.map((value) => t(`impact.${value}`)),
        );
      case 'type':
        return chosen(
          t('filters.controlType'),
          filters.type.map((value) => t(`controlType.${value}`)),
        );
      case 'general':
        return t('details.hidden.general');
    }
  };
  const clear = () => {
    useViewStore.getState().clearFilterFamilies(families);
    onCleared();
  };
  return (
    <div className="hidden-note" role="note" aria-labelledby={headingId}>
      <p id={headingId}>{t('details.hidden.byFilters')}</p>
      <ul>
        {families.map((family) => (
          <li key={family}>{describe(family)}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={clear}>
        {t('details.hidden.clear', { count: families.length })}
      </button>
    </div>
  );
}
