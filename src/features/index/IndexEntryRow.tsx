import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { IndexEntry } from '../../model/termIndex';
import { useViewStore } from '../../state/viewStore';
import { KindMarker } from '../common/KindMarker';

interface IndexEntryRowProps {
  entry: IndexEntry;
  /** The one entry reached with Tab; the arrow keys move between the others. */
  tabbable: boolean;
  /** Called with the entry's key when it gets the focus. */
  onFocus(key: string): void;
}

/**
 * A term, then the node's kind and lifecycles as badges; a term that is not the node's name in the page's
 * language (a name in the other language, an alias, a number) says which node it stands for. Rendered again only
 * when its props or what it reads from the store change: the index lists some 350 entries, and the view renders
 * again at each selection.
 */
export const IndexEntryRow = memo(function IndexEntryRow({ entry, tabbable, onFocus }: IndexEntryRowProps) {
  const { t } = useTranslation();
  const lang = useViewStore((state) => state.view.lang);
  const select = useViewStore((state) => state.select);
  const selected = useViewStore((state) => state.view.node === entry.node.id);
  const { node } = entry;
  const isOwnName = entry.source === 'title' && entry.lang === lang;
  return (
    <li className="term-entry">
      <button
        type="button"
        className="term-entry__term"
        data-index-entry=""
        data-node-id={node.id}
        lang={entry.lang}
        tabIndex={tabbable ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        onFocus={() => onFocus(entry.key)}
        onClick={() => select(node.id)}
      >
        {entry.term}
        {!isOwnName && (
          <span className="term-entry__see" lang={lang}>
            {' '}
            {entry.source !== 'title' && `(${t(`index.${entry.source}`)}) `}
            {t('index.see', { title: node.title[lang] })}
          </span>
        )}
      </button>
      <span className="term-entry__badges">
        <span className="tag">
          <KindMarker node={node} />
          {t(`kind.${node.kind}`)}
        </span>
        {node.lifecycle?.map((lifecycle) => (
          <span key={lifecycle} className={`tag tag--${lifecycle}`}>
            {t(`lifecycle.${lifecycle}`)}
          </span>
        ))}
      </span>
    </li>
  );
});
