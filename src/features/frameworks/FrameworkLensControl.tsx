import './frameworks.css';

import { memo, useId } from 'react';
import { Link, useLocation } from 'react-router';

import { isFrameworkId } from '../../model/frameworks/lensParam';
import { FRAMEWORK_IDS, textIn } from '../../model/frameworks/schema';
import type { GraphIndex } from '../../model/graphIndex';
import { VIEW_PATHS } from '../../model/views';
import type { VisibleSubgraph } from '../../model/visibility';
import { useViewStore } from '../../state/viewStore';
import { NodeButton } from '../common/NodeButton';
import { useFeatureT } from '../scope/featureStrings';

import { FrameworkLoadError } from './FrameworkLoadError';
import { frameworkStrings } from './strings';
import type { FrameworkLensView } from './useFrameworkLens';

interface FrameworkLensControlProps {
  index: GraphIndex;
  lens: FrameworkLensView<VisibleSubgraph>;
}

/**
 * Chooses the framework lens (a framework, then one of its items) and says what it shows: how much of the Exchange
 * the framework names, and which threats in view it leaves uncovered.
 */
export const FrameworkLensControl = memo(function FrameworkLensControl({
  index,
  lens,
}: FrameworkLensControlProps) {
  const { t, lang } = useFeatureT(frameworkStrings);
  const id = useId();
  const value = useViewStore((state) => state.view.framework);
  const setFramework = useViewStore((state) => state.setFramework);
  const { pathname, search } = useLocation();
  const data = lens.status?.status === 'ready' ? lens.status.frameworks : null;
  // Before the data is loaded every framework is offered; then those the data has.
  const offered = data ? data.frameworks.map((framework) => framework.id) : FRAMEWORK_IDS;
  const framework = value && data ? data.framework(value.framework) : undefined;
  const name = (frameworkId: (typeof FRAMEWORK_IDS)[number]) =>
    data?.framework(frameworkId)?.name[lang] ?? t(`names.${frameworkId}`);

  return (
    <div className="framework-lens" data-testid="framework-lens">
      <label htmlFor={id}>{t('lens.label')}</label>
      <select
        id={id}
        value={value?.framework ?? ''}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const next = event.target.value;
          setFramework(isFrameworkId(next) ? { framework: next, item: null } : null);
        }}
      >
        <option value="">{t('lens.none')}</option>
        {/* A framework in the address stays choosable while the data loads or lacks it. */}
        {[...new Set([...offered, ...(value ? [value.framework] : [])])].map((frameworkId) => (
          <option key={frameworkId} value={frameworkId}>
            {name(frameworkId)}
          </option>
        ))}
      </select>
      {value && framework && (
        <>
          <label htmlFor={`${id}-item`}>{t('lens.item')}</label>
          <select
            id={`${id}-item`}
            value={lens.outcome?.kind === 'applied' ? (lens.outcome.item?.id ?? '') : (value.item ?? '')}
            onChange={(event) =>
              setFramework({ framework: value.framework, item: event.target.value || null })
            }
          >
            <option value="">{t('lens.allItems')}</option>
            {framework.items.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label} — {textIn(item.title, lang)}
              </option>
            ))}
          </select>
        </>
      )}
      {value && (
        <button type="button" className="button" onClick={() => setFramework(null)}>
          {t('lens.clear')}
        </button>
      )}
      <p id={`${id}-hint`} className="hint">
        {t('lens.hint')}
      </p>
      {value && <LensSummary index={index} lens={lens} name={name(value.framework)} item={value.item} />}
      {value && pathname !== VIEW_PATHS.crosswalk && (
        <Link to={{ pathname: VIEW_PATHS.crosswalk, search }}>{t('lens.openCrosswalk')}</Link>
      )}
    </div>
  );
});

function LensSummary({
  index,
  lens,
  name,
  item,
}: {
  index: GraphIndex;
  lens: FrameworkLensView<VisibleSubgraph>;
  name: string;
  item: string | null;
}) {
  const { t } = useFeatureT(frameworkStrings);
  const { status, outcome } = lens;
  if (status?.status === 'error') return <FrameworkLoadError errors={status.errors} onRetry={lens.retry} />;
  if (!outcome)
    return (
      <p role="status" className="hint">
        {t('lens.loading')}
      </p>
    );
  if (outcome.kind === 'unknown-framework')
    return <p role="status">{t('lens.unknownFramework', { framework: name })}</p>;
  if (outcome.kind === 'unknown-item')
    return <p role="status">{t('lens.unknownItem', { framework: name, item: item ?? '' })}</p>;

  const label = outcome.item ? `${name} ${outcome.item.label}` : name;
  const controls = outcome.reach.named.filter((nodeId) =>
    index.node(nodeId)?.kind.startsWith('control'),
  ).length;
  const { uncovered } = outcome.lensed;
  return (
    <div role="status" className="framework-lens__summary" data-testid="framework-lens-summary">
      {outcome.reach.named.length === 0 ? (
        <p>{t('lens.nothing', { name: label })}</p>
      ) : (
        <p>
          {t('lens.summary', {
            name: label,
            controls: t('lens.controls', { count: controls }),
            threats: t('lens.threats', { count: outcome.lensed.covered }),
          })}
        </p>
      )}
      {uncovered.length === 0 ? (
        <p>{t('lens.allCovered')}</p>
      ) : (
        <details>
          <summary>{t('lens.uncovered', { count: uncovered.length })}</summary>
          <ul>
            {uncovered.map((nodeId) => {
              const node = index.node(nodeId);
              return node ? (
                <li key={nodeId}>
                  <NodeButton node={node} />
                </li>
              ) : null;
            })}
          </ul>
        </details>
      )}
    </div>
  );
}
