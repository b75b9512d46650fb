import { useTranslation } from 'react-i18next';

import type { Top10Mapping } from '../../model/top10';
import { useViewStore } from '../../state/viewStore';
import { NodeButton } from '../common/NodeButton';

interface MappingListProps {
  mappings: readonly Top10Mapping[];
  visibleNodes: ReadonlySet<string>;
}

/** The threats an item maps to, each with where the mapping comes from and, for a curated one, why. */
export function MappingList({ mappings, visibleNodes }: MappingListProps) {
  const { t } = useTranslation();
  const lang = useViewStore((state) => state.view.lang);
  return (
    <ul className="mapping-list">
      {mappings.map(({ threat, basis, reason }) => (
        <li key={threat.id}>
          <NodeButton node={threat} shown={visibleNodes.has(threat.id)} />
          <p className="mapping-list__basis">
            {basis.map((value) => t(`basis.${value}`)).join(', ')}
            {reason && (
              <>
                {': '}
                {/* A reason not yet translated is the English text: say so to screen readers. */}
                <span lang={reason[lang] === reason.en ? 'en' : undefined}>{reason[lang]}</span>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
