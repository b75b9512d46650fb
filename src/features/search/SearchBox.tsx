import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { GraphIndex } from '../../model/graphIndex';
import { looksLikeSecid, resolveSecid, type SecidResolution, sourceName } from '../../model/secid';
import { MAX_QUERY_LENGTH } from '../../model/url';
import { useViewStore } from '../../state/viewStore';
import { KindMarker } from '../common/KindMarker';
import { useNodeTitle } from '../common/useNodeTitle';

import { useNodeSearch } from './useNodeSearch';

interface SearchBoxProps {
  index: GraphIndex;
  visibleNodes: ReadonlySet<string>;
}

const MAX_RESULTS = 12;

/**
 * A combobox (ARIA pattern with list autocomplete): typing lists matches, choosing one selects the node. A
 * SecID (typed or pasted) selects the item it names at once, or says why it names nothing.
 */
export function SearchBox({ index, visibleNodes }: SearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const title = useNodeTitle();
  const q = useViewStore((state) => state.view.q);
  const { setQuery, select } = useViewStore.getState();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [secid, setSecid] = useState<SecidResolution | null>(null);

  const searchStatus = useNodeSearch(q);
  const search = searchStatus.status === 'ready' ? searchStatus.search : null;
  const results = useMemo(
    () => (search ? search.search(q, MAX_RESULTS).flatMap((hit) => index.node(hit.id) ?? []) : []),
    [search, index, q],
  );
  const expanded = open && q.trim() !== '';
  const optionId = (i: number) => `${id}-option-${i}`;

  useEffect(() => {
    if (expanded && active >= 0)
      document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // optionId only depends on id, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [expanded, active]);

  function describeSecid(resolution: SecidResolution): string {
    if (resolution.ok) {
      const node = index.node(resolution.id);
      return t('search.secidOpened', { id: resolution.id, title: node ? title(node) : '' });
    }
    switch (resolution.problem) {
      case 'syntax':
        return t('search.secidSyntax');
      case 'namespace':
        return t('search.secidNamespace', {
          part: sourceName(resolution.secid),
          known: resolution.known.join(', '),
        });
      case 'version':
        return t('search.secidVersion', {
          part: resolution.secid.version,
          source: sourceName(resolution.secid),
          known: resolution.known.join(', '),
        });
      case 'item':
        return t('search.secidItem', {
          part: resolution.secid.item,
          source: sourceName(resolution.secid),
          known: resolution.known.join(', '),
        });
    }
  }

  function choose(i: number) {
    const node = results[i];
    if (!node) return;
    setOpen(false);
    setActive(-1);
    select(node.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (results.length === 0 ? -1 : (i + 1) % results.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (results.length === 0 ? -1 : i <= 0 ? results.length - 1 : i - 1));
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(active);
        } else if (expanded && results.length > 0) {
          event.preventDefault();
          choose(0);
        }
        break;
      case 'Escape':
        if (expanded) {
          setOpen(false);
          setActive(-1);
        } else if (q !== '') {
          setQuery('');
        }
        setSecid(null);
        break;
    }
  }

  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="search__label">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        className="search__input"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('search.placeholder')}
        aria-autocomplete="list"
        aria-controls={`${id}-listbox`}
        aria-expanded={expanded}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={q}
        onChange={(event) => {
          const text = event.target.value;
          const resolution = looksLikeSecid(text) ? resolveSecid(text, index.has) : null;
          setSecid(resolution);
          setActive(-1);
          if (resolution?.ok) {
            setOpen(false);
            setQuery('');
            select(resolution.id);
          } else {
            setQuery(text);
            setOpen(true);
          }
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t('search.results')}
        className="search__results"
        hidden={!expanded}
      >
        {results.map((node, i) => (
          <li
            key={node.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="search__option"
            data-result-id={node.id}
            // Keeps focus in the input, so a click does not close the list before it selects.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(i)}
          >
            <KindMarker node={node} />
            <span className="search__title">{title(node)}</span>
            <span className="search__kind">
              {t(`kind.${node.kind}`)}
              {!visibleNodes.has(node.id) && ` · ${t('search.hiddenByFilters')}`}
            </span>
          </li>
        ))}
      </ul>
      <p className="search__count" role="status">
        {secid
          ? describeSecid(secid)
          : !expanded
            ? ''
            : searchStatus.status === 'error'
              ? t('search.unavailable')
              : !search
                ? t('search.loading')
                : results.length === 0
                  ? t('search.noResults')
                  : t('search.resultCount', { count: results.length })}
      </p>
    </div>
  );
}
