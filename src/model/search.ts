import MiniSearch from 'minisearch';

import type { Dataset, DatasetNode } from './schema';
import { isCjkToken, tokenize } from './searchTokens';

export interface SearchHit {
  id: string;
  score: number;
}

export interface NodeSearch {
  /** Nodes matching every word of `text`, best first. Empty text finds nothing. */
  search(text: string, limit?: number): SearchHit[];
}

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
  const titles = new Map(
    dataset.nodes.map((node) => [node.id, [node.id, node.title.en, node.title.ja].map(normalize)]),
  );
  return {
    search(text, limit = 20) {
      if (text.trim() === '' || tokenize(text).length === 0) return [];
      const wanted = normalize(text);
      return engine
        .search(text)
        .map((result) => {
          const id = String(result.id);
          return { id, score: result.score * titleBonus(titles.get(id) ?? [], wanted) };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
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
