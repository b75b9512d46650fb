import { LLM_EDITIONS, llmItemId, parseLlmItemId } from '../../src/model/editions';
import type { Cite, DatasetNode, Succession } from '../../src/model/schema';
import type { Basis } from '../../src/model/vocabulary';
import { VENDORED } from '../upstream/manifest';

import type { Curated, CuratedRelation } from './curated';
import { EdgeSet, sortedCites } from './edge-set';
import type { ImportReport } from './report';
import type { EditionMove, GenAiRow, MlPage, Top10Citation, Top10Page } from './top10-sources';

/** What the Top 10 lists are built from, besides the curated files. */
export interface Top10Sources {
  mlPages: readonly MlPage[];
  /** LLM item pages by edition, English and (where the list has one) the official Japanese. */
  llmPages: Readonly<Record<string, { en: readonly Top10Page[]; ja: readonly Top10Page[] }>>;
  /** The 2026 report's chart of where each 2025 item went. */
  editionMoves: readonly EditionMove[];
  /** The overview's GenAI table, with the LLM edition its header names. */
  genAiTable: { edition: string; rows: readonly GenAiRow[] } | null;
}

export interface Top10Context {
  curated: Curated;
  sources: Top10Sources;
  report: ImportReport;
  edges: EdgeSet;
  /** The nodes so far (the AI Exchange's); the lists are added after them. */
  nodes: DatasetNode[];
  /** Whether a node id is a threat or threat group of the Exchange. */
  isThreat(id: string): boolean;
  /** A linked slug as the node id it means (renamed and misspelt slugs resolved), or null. */
  resolveSlug(slug: string): string | null;
  /** The Top 10 items each threat's OpenCRE block cites, with the document and line. */
  citations: readonly { threat: string; file: string; citation: Top10Citation }[];
  /** A cite of a line of a vendored file; null (reported) when the file has no upstream origin. */
  cite(basis: Basis, file: string, line: number): Cite | null;
  /** The address of a vendored file in its upstream repository, at the pinned commit. */
  urlOf(file: string): string | null;
  /** The text of a vendored file, if there is one at that path. */
  read(file: string): string | undefined;
}

const CURATED_ML = 'data/curated/ml-top10.yaml';
const curatedLlm = (edition: string) => `data/curated/llm-top10/${edition}.yaml`;

/** Adds the ML Top 10 and every LLM Top 10 edition: nodes, maps-to edges, and successions between editions. */
export function addTop10Lists(context: Top10Context): Succession[] {
  addMlTop10(context);
  for (const edition of LLM_EDITIONS) addLlmEdition(context, edition);
  return successions(context);
}

const quoteFits = (line: string, quote: string) =>
  line.replace(/\s+/g, ' ').toLowerCase().includes(quote.replace(/\s+/g, ' ').toLowerCase());

/** The cite of a curated relation's source line, after checking that the line exists and still says the quote. */
function curatedCite(context: Top10Context, relation: CuratedRelation, where: string): Cite | null {
  const { file, line, quote } = relation.source;
  const text = context.read(file);
  const lineText = text?.split(/\r?\n/)[line - 1];
  if (text === undefined) context.report.errors.push(`${where}: source ${file} is not in data/upstream`);
  else if (lineText === undefined) context.report.errors.push(`${where}: ${file} has no line ${line}`);
  else if (!quoteFits(lineText, quote))
    context.report.errors.push(`${where}: line ${line} of ${file} does not say "${quote}"`);
  else return context.cite('curated', file, line);
  return null;
}

/** Adds a curated maps-to edge with its reason and source. */
function addCuratedMapping(context: Top10Context, itemId: string, relation: CuratedRelation, file: string) {
  const where = `${file}: ${itemId} → ${relation.id}`;
  if (!context.isThreat(relation.id)) {
    context.report.errors.push(`${where}: "${relation.id}" is not a threat`);
    return;
  }
  if (context.edges.has('maps-to', itemId, relation.id)) {
    context.report.errors.push(`${where}: the upstream documents give this mapping already`);
    return;
  }
  const cite = curatedCite(context, relation, where);
  context.edges.add('maps-to', itemId, relation.id, 'curated', {
    reason: { en: relation.reason_en, ja: relation.reason_ja },
    cites: cite ? [cite] : [],
  });
}

/** Maps-to edges from the OpenCRE blocks that cite an item of `list` and `edition`. */
function addOpenCreMappings(
  context: Top10Context,
  list: 'ML' | 'LLM',
  edition: string,
  idOf: (n: string) => string,
) {
  for (const { threat, file, citation } of context.citations) {
    if (citation.list !== list || citation.edition !== edition) continue;
    const cite = context.cite('opencre', file, citation.line);
    context.edges.add('maps-to', idOf(citation.number), threat, 'opencre', { cites: cite ? [cite] : [] });
  }
}

function addMlTop10(context: Top10Context) {
  const { curated, sources, report, nodes } = context;
  const pages = [...sources.mlPages].sort((a, b) => a.number.localeCompare(b.number));
  for (const page of pages) {
    const entry = curated.mlTop10[page.number];
    if (!entry) {
      report.errors.push(`${CURATED_ML}: no entry for ${page.number} (${page.title})`);
      continue;
    }
    const risk = { ...page.risk };
    for (const [factor, value] of Object.entries(risk) as [keyof typeof risk, number][]) {
      if (Number.isInteger(value) && value > 5) {
        // ML06's page rates exploitability 6 on its 1–5 scale, while its own risk table says "Easy", which is 5.
        report.notes.push(`${page.file}: ${factor} ${value} is off the 1–5 scale; the data set keeps 5`);
        risk[factor] = 5;
      } else if (!Number.isInteger(value) || value < 1) {
        report.errors.push(`${page.file}: ${factor} is not a risk factor from 1 to 5`);
      }
    }
    nodes.push({
      id: page.number,
      kind: 'ml-top10',
      title: { en: page.title, ja: entry.title_ja },
      summary: { en: entry.summary_en, ja: entry.summary_ja },
      section: 'ml-top10',
      permalink: `https://mltop10.info/${page.file.replace(/\.md$/, '.html')}`,
      references: [],
      aliases: entry.aliases_en,
      ...(entry.aliases_ja.length > 0 ? { aliasesJa: entry.aliases_ja } : {}),
      jaTitleSource: 'ours',
      secid: `secid:weakness/owasp/ml-top10@${page.edition}#${page.number}`,
      riskFactors: risk,
      edition: page.edition!,
      order: nodes.length,
    });
  }
  for (const id of Object.keys(curated.mlTop10)) {
    if (!pages.some((page) => page.number === id))
      report.errors.push(`${CURATED_ML}: ${id} has no page upstream`);
  }
  addOpenCreMappings(context, 'ML', '2023', (number) => number);
  for (const page of pages) {
    for (const relation of curated.mlTop10[page.number]?.maps_to ?? []) {
      addCuratedMapping(context, page.number, relation, CURATED_ML);
    }
  }
}

function addLlmEdition(context: Top10Context, edition: string) {
  const { curated, sources, report, nodes } = context;
  const file = curatedLlm(edition);
  const pages = sources.llmPages[edition];
  const entries = curated.llmTop10[edition] ?? {};
  if (!pages || pages.en.length === 0) {
    report.errors.push(`${VENDORED.llmPages(edition)}: no item pages of the ${edition} edition`);
    return;
  }
  const official = pages.ja.length > 0;
  for (const page of [...pages.en].sort((a, b) => a.number.localeCompare(b.number))) {
    const id = llmItemId(page.number, edition);
    const entry = entries[page.number];
    if (page.edition && page.edition !== edition)
      report.errors.push(`${page.file}: names edition ${page.edition}, kept under ${edition}`);
    if (!entry) {
      report.errors.push(`${file}: no entry for ${page.number} (${page.title})`);
      continue;
    }
    const japanese = pages.ja.find((ja) => ja.number === page.number);
    if (official && !japanese)
      report.errors.push(`${VENDORED.llmPages(edition, 'ja')}: no page for ${page.number}`);
    if (official && entry.title_ja)
      report.errors.push(
        `${file}: ${page.number} has a title_ja, but the ${edition} edition has an official one`,
      );
    if (!official && !entry.title_ja) report.errors.push(`${file}: ${page.number} needs a title_ja`);
    const permalink = context.urlOf(`${VENDORED.llmPages(edition)}/${page.file}`);
    nodes.push({
      id,
      kind: 'llm-top10',
      title: { en: page.title, ja: japanese?.title ?? entry.title_ja ?? page.title },
      summary: { en: entry.summary_en, ja: entry.summary_ja },
      section: 'llm-top10',
      permalink: permalink ?? 'https://genai.owasp.org/',
      references: [],
      aliases: [],
      jaTitleSource: japanese ? 'official' : 'ours',
      secid: `secid:weakness/owasp/llm-top10@${edition}#${page.number}`,
      edition,
      order: nodes.length,
    });
  }
  for (const number of Object.keys(entries)) {
    if (!pages.en.some((page) => page.number === number))
      report.errors.push(`${file}: ${number} has no page upstream`);
  }

  const idOf = (number: string) => llmItemId(number, edition);
  addOpenCreMappings(context, 'LLM', edition, idOf);
  const table = sources.genAiTable;
  if (table?.edition === edition) {
    for (const row of table.rows) {
      const threats = row.slugs
        .map((slug) => context.resolveSlug(slug))
        .filter((id) => id && context.isThreat(id));
      if (row.items.length > 0 && threats.length === 0) {
        report.notes.push(`GenAI table row ${row.row}: ${row.items.join(', ')} without a linked threat`);
      }
      for (const number of row.items) {
        for (const threat of new Set(threats)) {
          const cite = context.cite(
            'overview-genai-table',
            `${VENDORED.exchangeDocs}/ai_security_overview.md`,
            row.line,
          );
          context.edges.add('maps-to', idOf(number), threat!, 'overview-genai-table', {
            cites: cite ? [cite] : [],
          });
        }
      }
    }
  }
  for (const [number, entry] of Object.entries(entries)) {
    for (const relation of entry.maps_to) addCuratedMapping(context, idOf(number), relation, file);
  }
}

/**
 * Which item of the edition before each LLM item carries over: the 2026 report's chart for 2025 → 2026, the curated
 * files (with the line each rests on) for the others.
 */
function successions(context: Top10Context): Succession[] {
  const { curated, sources, report, nodes } = context;
  const ids = new Set(nodes.map((node) => node.id));
  const found = new Map<string, Succession>();
  const add = (
    source: string,
    target: string,
    basis: Basis,
    cite: Cite | null,
    reason?: Succession['reason'],
  ) => {
    const where = `${source} → ${target}`;
    const [from, to] = [parseLlmItemId(source), parseLlmItemId(target)];
    const previous = from ? LLM_EDITIONS[LLM_EDITIONS.indexOf(from.edition as never) + 1] : undefined;
    if (!ids.has(source) || !ids.has(target)) report.errors.push(`${where}: not items of the data set`);
    else if (!to || to.edition !== previous) report.errors.push(`${where}: must lead to the edition before`);
    const key = `${source}>${target}`;
    const succession = found.get(key) ?? { source, target, basis: [] };
    if (!succession.basis.includes(basis)) succession.basis.push(basis);
    if (reason && !succession.reason) succession.reason = reason;
    if (cite) succession.cites = sortedCites([...(succession.cites ?? []), cite]);
    found.set(key, succession);
  };
  for (const move of sources.editionMoves) {
    add(
      llmItemId(move.to, '2026'),
      llmItemId(move.from, '2025'),
      'edition-notes',
      context.cite('edition-notes', VENDORED.llmEditionChanges, move.line),
    );
  }
  for (const [edition, entries] of Object.entries(curated.llmTop10)) {
    for (const [number, entry] of Object.entries(entries)) {
      const source = llmItemId(number, edition);
      for (const relation of entry.succeeds) {
        const cite = curatedCite(
          context,
          relation,
          `${curatedLlm(edition)}: ${source} succeeds ${relation.id}`,
        );
        add(source, relation.id, 'curated', cite, { en: relation.reason_en, ja: relation.reason_ja });
      }
    }
  }
  const order = new Map(nodes.map((node) => [node.id, node.order]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...found.values()]
    .map(({ source, target, basis, reason, cites }) => ({
      source,
      target,
      basis: [...basis].sort(),
      ...(reason ? { reason } : {}),
      ...(cites ? { cites } : {}),
    }))
    .sort((a, b) => rank(a.source) - rank(b.source) || rank(a.target) - rank(b.target));
}
