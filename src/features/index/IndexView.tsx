import './index.css';

import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { listedNodes } from '../../model/catalogue';
import type { GraphIndex } from '../../model/graphIndex';
import { filterIndex, termIndex } from '../../model/termIndex';
import { MAX_QUERY_LENGTH } from '../../model/url';
import type { VisibleSubgraph } from '../../model/visibility';
import { useViewStore } from '../../state/viewStore';
import { CatalogueMain } from '../catalogue/CatalogueMain';
import { useScrollToSelected } from '../catalogue/useScrollToSelected';

import { IndexEntryRow } from './IndexEntryRow';

interface IndexViewProps {
  index: GraphIndex;
  visible: VisibleSubgraph;
  matches: ReadonlySet<string>;
}

const PAGE = 10;

/**
 * `/index`: every name of every listed node, alphabetically, like a book's index. Keyboard first: the filter
 * narrows as one types (it is the search text `q`, so the URL keeps it); Down moves into the entries, where
 * the arrow keys, Home, End, Page Up and Page Down move and Enter opens; typing goes back to the filter.
 */
export function IndexView({ index, visible }: IndexViewProps) {
  const { t } = useTranslation();
  const id = useId();
  const filters = useViewStore((state) => state.view.filters);
  const lang = useViewStore((state) => state.view.lang);
  const q = useViewStore((state) => state.view.q);
  const { setQuery, select } = useViewStore.getState();
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  useScrollToSelected(list);

  const sections = useMemo(() => {
    const listed = listedNodes(index, filters, visible.nodes);
    return termIndex(
      index.nodes.filter((node) => listed.has(node.id)),
      lang,
    );
  }, [index, filters, visible, lang]);
  const shown = useMemo(() => filterIndex(sections, q), [sections, q]);
  const entries = shown.flatMap((section) => section.entries);
  const tabbable = entries.some((entry) => entry.key === activeKey) ? activeKey : (entries[0]?.key ?? null);

  const entryButtons = () =>
    Array.from(list.current?.querySelectorAll<HTMLButtonElement>('[data-index-entry]') ?? []);
  const focusEntry = (position: number) => {
    const buttons = entryButtons();
    const target = buttons[Math.max(0, Math.min(buttons.length - 1, position))];
    target?.focus();
  };

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && entries.length > 0) {
      event.preventDefault();
      const position = entries.findIndex((entry) => entry.key === tabbable);
      focusEntry(Math.max(0, position));
    } else if (event.key === 'Enter' && entries[0]) {
      event.preventDefault();
      select(entries[0].node.id);
    } else if (event.key === 'Escape' && q !== '') {
      setQuery('');
    }
  }

  function onListKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = entryButtons();
    const position = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (position < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, number> = {
      ArrowDown: position + 1,
      ArrowUp: position - 1,
      Home: 0,
      End: buttons.length - 1,
      PageDown: position + PAGE,
      PageUp: position - PAGE,
    };
    if (event.key in moves) {
      event.preventDefault();
      if (event.key === 'ArrowUp' && position === 0) input.current?.focus();
      else focusEntry(moves[event.key]!);
    } else if (event.key.length === 1 && event.key !== ' ') {
      // Typing goes on in the filter.
      event.preventDefault();
      setQuery((q + event.key).slice(0, MAX_QUERY_LENGTH));
      input.current?.focus();
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      setQuery(q.slice(0, -1));
      input.current?.focus();
    }
  }

  return (
    <CatalogueMain
      heading={t('index.heading')}
      intro={<p>{t('index.intro')}</p>}
      tools={
        <div className="index-filter" role="search">
          <label htmlFor={`${id}-filter`}>{t('index.filter')}</label>
          <input
            ref={input}
            id={`${id}-filter`}
            type="search"
            className="index-filter__input"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t('index.placeholder')}
            aria-describedby={`${id}-help`}
            aria-controls={`${id}-entries`}
            value={q}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onInputKeyDown}
          />
          <p id={`${id}-help`} className="hint">
            {t('index.keyboardHelp')}
          </p>
        </div>
      }
    >
      <div className="catalogue__content">
        <p className="catalogue__summary" role="status">
          {entries.length === 0 && q.trim() !== ''
            ? t('index.empty', { q: q.trim() })
            : t('index.count', { count: entries.length })}
        </p>
        {/* Key handling is delegated here: it moves focus between the entry buttons inside. */}
        <div
          id={`${id}-entries`}
          ref={list}
          className="term-index"
          aria-label={t('index.entries')}
          role="region"
          onKeyDown={onListKeyDown}
        >
          {shown.map((section) => {
            const headingId = `${id}-${section.heading}`;
            const label =
              section.heading === 'kanji'
                ? t('index.headings.kanji')
                : section.heading === '#'
                  ? t('index.headings.symbols')
                  : section.heading;
            return (
              <section key={section.heading} className="term-index__section" aria-labelledby={headingId}>
                <h3 id={headingId} className="term-index__heading">
                  {label}
                </h3>
                <ul className="term-index__entries">
                  {section.entries.map((entry) => (
                    <IndexEntryRow
                      key={entry.key}
                      entry={entry}
                      tabbable={entry.key === tabbable}
                      onFocus={setActiveKey}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </div>
    </CatalogueMain>
  );
}
