import { useTranslation } from 'react-i18next';

import type { Top10Mapping } from '../../model/top10';
import { useDataStore } from '../../state/dataStore';
import { useViewStore } from '../../state/viewStore';
import { NodeButton } from '../common/NodeButton';
import { CiteList } from '../details/CiteList';

interface MappingListProps {
  mappings: readonly Top10Mapping[];
  visibleNodes: ReadonlySet<string>;
}

/** The threats an item maps to, each with where the mapping comes from and, for a curated one, why. */
export function MappingList({ mappings, visibleNodes }: MappingListProps) {
  return (
    <ul className="mapping-list">
      {mappings.map((mapping) => (
        <MappingItem key={mapping.threat.id} mapping={mapping} shown={visibleNodes.has(mapping.threat.id)} />
      ))}
    </ul>
  );
}

function MappingItem({ mapping: { threat, basis, edge }, shown }: { mapping: Top10Mapping; shown: boolean }) {
  const { t } = useTranslation();
  const lang = useViewStore((state) => state.view.lang);
  // The reason and the cited lines come with the details file.
  const relation = useDataStore((state) =>
    state.details.status === 'ready' ? state.details.relations.get(edge) : undefined,
  );
  const reason = relation?.reason;
  return (
    <li>
      <NodeButton node={threat} shown={shown} />
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
      {relation?.cites && (
        <p className="mapping-list__basis">
          <CiteList cites={relation.cites} />
        </p>
      )}
    </li>
  );
}
