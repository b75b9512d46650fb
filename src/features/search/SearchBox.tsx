import { type KeyboardEvent, memo, type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { GraphIndex } from '../../model/graphIndex';
import type { NavNode } from '../../model/schema';
import type { SearchResults } from '../../model/searchResults';
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

interface ResultOption {
  node: NavNode;
  /** The identifier the node was found by, when the text is one (or the start of some). */
  identifier?: string;
}

const NO_RESULTS: SearchResults = { match: 'none', identified: [], text: [] };

/**
 * A combobox (ARIA pattern with list autocomplete): typing lists matches, choosing one selects the node. A
 * SecID (typed or pasted) selects the item it names at once, or says why it names nothing. Text that is an
 * identifier (or the start of some) lists the nodes carrying it first, as a group of their own, and what has
 * similar text in a second group below.
 */
export const SearchBox = memo(function SearchBox({ index, visibleNodes }: SearchBoxProps) {
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
  const found = useMemo(() => (search ? search.search(q, MAX_RESULTS) : NO_RESULTS), [search, q]);
  const identified = useMemo(
    () =>
      found.identified.flatMap(({ id, identifier }): ResultOption[] => {
        const node = index.node(id);
        return node ? [{ node, identifier }] : [];
      }),
    [found, index],
  );
  const similar = useMemo(
    () =>
      found.text.slice(0, Math.max(0, MAX_RESULTS - identified.length)).flatMap((hit): ResultOption[] => {
        const node = index.node(hit.id);
        return node ? [{ node }] : [];
      }),
    [found, index, identified.length],
  );
  const results = useMemo(() => [...identified, ...similar], [identified, similar]);
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
    const node = results[i]?.node;
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

  function renderOption({ node, identifier }: ResultOption, i: number) {
    return (
      <li
        key={node.id}
        id={optionId(i)}
        role="option"
        aria-selected={i === active}
        className={identifier && found.match === 'exact' ? 'search__option is-exact' : 'search__option'}
        data-result-id={node.id}
        data-exact={identifier && found.match === 'exact' ? '' : undefined}
        // Keeps focus in the input, so a click does not close the list before it selects.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => choose(i)}
      >
        <KindMarker node={node} />
        <span className="search__title">{title(node)}</span>
        {identifier && (
          <span className="search__identifier">
            <code>{identifier}</code>
            {found.match === 'exact' && <span className="search__exact">{t('search.exact')}</span>}
          </span>
        )}
        <span className="search__kind">
          {t(`kind.${node.kind}`)}
          {!visibleNodes.has(node.id) && ` · ${t('search.hiddenByFilters')}`}
        </span>
      </li>
    );
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
        {found.match === 'none' ? (
          results.map((result, i) => renderOption(result, i))
        ) : (
          <>
            <ResultGroup id={`${id}-identified`} label={t(`search.${found.match}Group`, { id: q.trim() })}>
              {identified.map((result, i) => renderOption(result, i))}
            </ResultGroup>
            {similar.length > 0 && (
              <ResultGroup id={`${id}-similar`} label={t('search.similarGroup')} divided>
                {similar.map((result, i) => renderOption(result, identified.length + i))}
              </ResultGroup>
            )}
          </>
        )}
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
                  : found.match === 'none'
                    ? t('search.resultCount', { count: results.length })
                    : [
                        t(`search.${found.match}Count`, { count: identified.length, id: q.trim() }),
                        ...(similar.length > 0 ? [t('search.similarCount', { count: similar.length })] : []),
                      ].join(t('search.separator'))}
      </p>
    </div>
  );
});

/** A labelled group of options (the APG listbox with grouped options); `divided` draws a line above it. */
function ResultGroup({
  id,
  label,
  divided = false,
  children,
}: {
  id: string;
  label: string;
  divided?: boolean;
  children: ReactNode;
}) {
  return (
    <li role="presentation">
      <ul
        role="group"
        aria-labelledby={id}
        className={divided ? 'search__group is-divided' : 'search__group'}
      >
        <li role="presentation" id={id} className="search__group-label">
          {label}
        </li>
        {children}
      </ul>
    </li>
  );
}
