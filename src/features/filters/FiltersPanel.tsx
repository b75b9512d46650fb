import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { hasActiveFilters } from '../../model/filters';
import type { ScopedSubgraph } from '../../model/scope/visibleInScope';
import { CONTROL_TYPES, IMPACTS, LIFECYCLES } from '../../model/vocabulary';
import { useViewStore } from '../../state/viewStore';

import { CheckboxGroup } from './CheckboxGroup';
import { CountLine } from './CountLine';
import { EditionRadios } from './EditionRadios';

interface FiltersPanelProps {
  visible: ScopedSubgraph;
  /** Whether to offer the LLM Top 10 edition here; the LLM Top 10 view has its own switch. */
  editionChoice?: boolean;
}

/**
 * Lifecycle, impact and control-type filters, the general-controls toggle, the LLM Top 10 edition shown, and the
 * count of what is shown.
 */
export const FiltersPanel = memo(function FiltersPanel({ visible, editionChoice = true }: FiltersPanelProps) {
  const { t } = useTranslation();
  const generalId = useId();
  const filters = useViewStore((state) => state.view.filters);
  const { toggleLifecycle, toggleImpact, toggleControlType, setGeneral, clearFilters } =
    useViewStore.getState();

  return (
    <section className="filters" aria-labelledby={`${generalId}-heading`}>
      <div className="filters__header">
        <h2 id={`${generalId}-heading`}>{t('filters.heading')}</h2>
        <button type="button" className="button" onClick={clearFilters} disabled={!hasActiveFilters(filters)}>
          {t('filters.clear')}
        </button>
      </div>
      <CountLine visible={visible} />
      <CheckboxGroup
        legend={t('filters.lifecycle')}
        options={LIFECYCLES}
        selected={filters.lifecycle}
        label={(value) => t(`lifecycle.${value}`)}
        description={(value) => t(`lifecycleMeaning.${value}`)}
        onToggle={toggleLifecycle}
      />
      <CheckboxGroup
        legend={t('filters.impact')}
        options={IMPACTS}
        selected={filters.impact}
        label={(value) => t(`impact.${value}`)}
        onToggle={toggleImpact}
      />
      <CheckboxGroup
        legend={t('filters.controlType')}
        options={CONTROL_TYPES}
        selected={filters.type}
        label={(value) => t(`controlType.${value}`)}
        onToggle={toggleControlType}
      />
      <div className="checkbox-row checkbox-row--toggle">
        <input
          type="checkbox"
          role="switch"
          id={generalId}
          checked={filters.general}
          aria-describedby={`${generalId}-hint`}
          onChange={(event) => setGeneral(event.target.checked)}
        />
        <label htmlFor={generalId}>{t('filters.general')}</label>
      </div>
      <p id={`${generalId}-hint`} className="hint">
        {t('filters.generalHint')}
      </p>
      {editionChoice && <EditionRadios />}
    </section>
  );
});
