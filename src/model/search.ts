import MiniSearch from 'minisearch';

import { identifierIndex } from './identifiers';
import type { Dataset, DatasetNode } from './schema';
import type { SearchResults } from './searchResults';
import { isCjkToken, tokenize } from './searchTokens';

export type { SearchHit, SearchResults } from './searchResults';

export interface NodeSearch {
  /** What `text` finds; empty text finds nothing. `limit` caps each of the two lists. */
  search(text: string, limit?: number): SearchResults;
}

const NOTHING: SearchResults = { match: 'none', identified: [], text: [] };

interface SearchDocument {
  id: string;
  slug: string;
  titleEn: string;
  titleJa: string;
  aliases: string;
  summaryEn: string;
  summaryJa: string;
  references: string;
}

const FIELDS = ['slug', 'titleEn', 'titleJa', 'aliases', 'summaryEn', 'summaryJa', 'references'] as const;

/**
 * Documents indexed per slice: the index of a catalogue of thousands of nodes is built in slices of a few
 * tens of milliseconds, each its own task, so the page stays responsive while it is built.
 */
const DOCUMENTS_PER_SLICE = 100;

/** Full-text search over titles (both languages), ids, aliases, summaries and reference ids. */
export async function createNodeSearch(dataset: Dataset): Promise<NodeSearch> {
  const engine = new MiniSearch<SearchDocument>({
    idField: 'id',
    fields: [...FIELDS],
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      combineWith: 'AND',
      prefix: true,
      // Typos are forgiven in longer Latin words only; a fuzzy CJK bigram would match unrelated text.
      fuzzy: (term) => (term.length >= 5 && !isCjkToken(term) ? 0.2 : false),
      boost: { titleEn: 3, titleJa: 3, slug: 2, aliases: 2, references: 2 },
    },
  });
  await engine.addAllAsync(dataset.nodes.map(toDocument), { chunkSize: DOCUMENTS_PER_SLICE });
  const findIdentifier = identifierIndex(dataset.nodes);
  const titles = new Map(
    dataset.nodes.map((node) => [node.id, [node.id, node.title.en, node.title.ja].map(normalize)]),
  );
  return {
    search(text, limit = 20) {
      if (text.trim() === '' || tokenize(text).length === 0) return NOTHING;
      const { match, hits } = findIdentifier(text);
      const identified = new Set(hits.map((hit) => hit.id));
      const wanted = normalize(text);
      const textHits = engine
        .search(text)
        .filter((result) => !identified.has(String(result.id)))
        .map((result) => {
          const id = String(result.id);
          return { id, score: result.score * titleBonus(titles.get(id) ?? [], wanted) };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
      return { match, identified: hits.slice(0, limit), text: textHits };
    },
  };
}

const normalize = (text: string) => text.normalize('NFKC').toLowerCase().trim();

/** Whole-text matches come first: a title (or id) equal to the query, then one starting with it. */
function titleBonus(titles: readonly string[], wanted: string): number {
  if (titles.includes(wanted)) return 4;
  if (titles.some((title) => title.startsWith(wanted))) return 2;
  return 1;
}

function toDocument(node: DatasetNode): SearchDocument {
  return {
    id: node.id,
    slug: node.id,
    titleEn: node.title.en,
    titleJa: node.title.ja,
    aliases: [...node.aliases, ...(node.aliasesJa ?? [])].join(' \n '),
    summaryEn: node.summary.en,
    summaryJa: node.summary.ja,
    // Identifiers, and the upstream spellings of a name its catalogue now words otherwise.
    references: node.references
      .flatMap((reference) => [...(reference.id ? [reference.id] : []), ...(reference.aliases ?? [])])
      .concat(node.secid ?? [])
      .join(' \n '),
  };
}
