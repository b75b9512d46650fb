import {
  frameworkIdentifierIndex,
  type FrameworkItemHit,
  type FrameworkItemMatches,
} from './frameworks/identifiers';
import type { FrameworksFile } from './frameworks/schema';
import { isTop10 } from './nodeKinds';
import type { DatasetNode, Reference } from './schema';
import type { ReferenceScheme } from './vocabulary';

/**
 * Identifiers a user may type to find a node: its slug (`evasion`), a Top 10 number with or without its edition
 * (`LLM01`, `LLM01:2026`), a SecID, and the ids of references that name one thing across sources (MITRE ATLAS
 * `AML.T0015`, OpenCRE `370-877`). Section numbers of documents (NIST `2.2`, ETSI `5.1`) are left out: the same
 * number means different things in different documents. With the framework data, the identifiers of framework
 * items too (`Art. 15`, `B.6.2.6`, `ASI01`; `frameworks/identifiers.ts`) find the nodes the item is linked to.
 */

/** What of a node the identifiers come from; references are those of the details file, when loaded. */
export type IdentifiedNode = Pick<DatasetNode, 'id' | 'kind' | 'edition' | 'secid'> & {
  references?: readonly Reference[];
};

/** Reference schemes whose ids are identifiers of their own. */
const IDENTIFIER_SCHEMES: ReadonlySet<ReferenceScheme> = new Set(['mitre-atlas', 'opencre']);
const TOP10_SCHEMES: ReadonlySet<ReferenceScheme> = new Set(['owasp-ml-top10', 'owasp-llm-top10']);

/** `ML05`, `llm01`, `LLM01:2026`: a Top 10 number and, when given, its edition. */
const TOP10_NUMBER = /^(ml|llm)(0[1-9]|10)(?:[:@-](\d{4}))?$/;

/** A Top 10 item as users write it: the list's number (`LLM01`) and, when known, its edition (`2026`). */
export interface Top10Number {
  code: string;
  edition: string | null;
}

export function normalizeIdentifier(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** Reads `LLM01`, `llm01`, `ML05:2023`; null for anything else (`ML1` may be the start of `ML10`). */
export function parseTop10Number(text: string): Top10Number | null {
  const match = TOP10_NUMBER.exec(normalizeIdentifier(text));
  if (!match) return null;
  const [, list = '', number = '', edition] = match;
  return { code: `${list.toUpperCase()}${number}`, edition: edition ?? null };
}

/** `LLM01:2023`, or `LLM01` without an edition. */
export function formatTop10Number(number: Top10Number): string {
  return number.edition ? `${number.code}:${number.edition}` : number.code;
}

/**
 * The number a Top 10 item carries: from its id (`LLM01`, or an id with the edition in it), its edition from the
 * node, else from its SecID or id. Null for any other node.
 */
export function top10NumberOf(node: IdentifiedNode): Top10Number | null {
  if (!isTop10(node)) return null;
  const code = /^(ml|llm)(\d{2})/i.exec(node.id);
  if (!code) return null;
  const edition = node.edition ?? /@(\d{4})#/.exec(node.secid ?? '')?.[1] ?? /(\d{4})$/.exec(node.id)?.[1];
  return { code: `${code[1]!.toUpperCase()}${code[2]}`, edition: edition ?? null };
}

/** A Top 10 item named in a reference (`LLM01` of the 2026 edition), or null. */
function top10NumberCited(reference: Reference): Top10Number | null {
  if (!TOP10_SCHEMES.has(reference.scheme) || !reference.id) return null;
  const number = parseTop10Number(reference.id);
  return number && { code: number.code, edition: reference.edition ?? number.edition };
}

const sameNumber = (wanted: Top10Number, carried: Top10Number | null) =>
  !!carried &&
  carried.code === wanted.code &&
  (wanted.edition === null || carried.edition === wanted.edition);

/** A node found by an identifier, with the identifier as the data writes it. */
export interface IdentifierHit {
  id: string;
  identifier: string;
}

export interface IdentifierMatches {
  /** `exact`: nodes carrying the identifier; `prefix`: nodes carrying identifiers that start with the text. */
  match: 'exact' | 'prefix' | 'none';
  hits: IdentifierHit[];
  /**
   * Framework items the text names (exactly, or by their start), each with its linked nodes; present when there
   * are some, even when they link to nothing (`Art. 15`): then `match` is `none` and the text is searched as words.
   */
  items?: FrameworkItemHit[];
}

const NONE: IdentifierMatches = { match: 'none', hits: [] };

/** Text that can start a structured identifier: a digit or a separator in it (`AML.T00`, `ML0`, `370-`). */
const PREFIX_WORTHY = /[\d.:#/-]/;
const MIN_PREFIX_LENGTH = 3;

interface Carried {
  id: string;
  slug: string;
  number: Top10Number | null;
  cited: Top10Number[];
  /** Structured identifiers as written, with their normalised form. */
  identifiers: { written: string; normalized: string }[];
}

/**
 * Finds nodes by identifier. `find(text)` returns the nodes that carry the identifier `text` names, in the
 * data's order; else, when `text` is the start of structured identifiers (ATLAS, OpenCRE, Top 10 numbers,
 * SecIDs; not slugs), the nodes carrying those, by identifier. A Top 10 number finds the items with that number,
 * of the given edition or of every edition; when the data has no such item, the nodes that cite it.
 */
export function identifierIndex(
  nodes: readonly IdentifiedNode[],
  frameworks?: FrameworksFile,
): (text: string) => IdentifierMatches {
  const findItems = frameworks ? frameworkIdentifierIndex(frameworks) : () => NO_ITEMS;
  const order = new Map(nodes.map((node, index) => [node.id, index]));
  const carried: Carried[] = nodes.map((node) => ({
    id: node.id,
    slug: node.id.toLowerCase(),
    number: top10NumberOf(node),
    cited: (node.references ?? []).flatMap((reference) => top10NumberCited(reference) ?? []),
    identifiers: structuredIdentifiers(node).map((written) => ({
      written,
      normalized: normalizeIdentifier(written),
    })),
  }));

  return (text) => {
    const wanted = normalizeIdentifier(text);
    if (wanted === '') return NONE;
    const number = parseTop10Number(wanted);
    if (number) {
      const items = carried.flatMap((node) =>
        node.number && sameNumber(number, node.number)
          ? [{ id: node.id, identifier: formatTop10Number(node.number) }]
          : [],
      );
      if (items.length > 0) return { match: 'exact', hits: items };
      const citing = carried.flatMap((node) => {
        const cited = node.cited.find((candidate) => sameNumber(number, candidate));
        return cited ? [{ id: node.id, identifier: formatTop10Number(cited) }] : [];
      });
      if (citing.length > 0) return { match: 'exact', hits: citing };
    }

    const exact = carried.flatMap((node) => {
      const found = node.identifiers.find((identifier) => identifier.normalized === wanted);
      if (found) return [{ id: node.id, identifier: found.written }];
      return node.slug === wanted ? [{ id: node.id, identifier: node.id }] : [];
    });
    const items = findItems(text);
    if (items.match === 'exact') {
      const hits = withItemNodes(exact, items, order);
      return { match: hits.length > 0 ? 'exact' : 'none', hits, items: items.items };
    }
    if (exact.length > 0) return { match: 'exact', hits: exact };

    if (wanted.length < MIN_PREFIX_LENGTH || !PREFIX_WORTHY.test(wanted)) {
      return items.match === 'none' ? NONE : { ...NONE, items: items.items };
    }
    const prefixed = carried.flatMap((node) => {
      const starting = node.identifiers
        .filter((identifier) => identifier.normalized.startsWith(wanted))
        .map((identifier) => identifier.written)
        .sort(compareIdentifiers);
      return starting[0] ? [{ id: node.id, identifier: starting[0] }] : [];
    });
    const hits = withItemNodes(prefixed, items, order).sort((a, b) =>
      compareIdentifiers(a.identifier, b.identifier),
    );
    const found = items.match === 'none' ? {} : { items: items.items };
    return hits.length > 0 ? { match: 'prefix', hits, ...found } : { ...NONE, ...found };
  };
}

const NO_ITEMS: FrameworkItemMatches = { match: 'none', items: [] };

/** The hits, then the nodes of the framework items found that no hit names, each with its item's label. */
function withItemNodes(
  hits: IdentifierHit[],
  items: FrameworkItemMatches,
  order: ReadonlyMap<string, number>,
): IdentifierHit[] {
  const named = new Set(hits.map((hit) => hit.id));
  const more = new Map<string, string>();
  for (const item of items.items) {
    for (const node of item.nodes) {
      if (!named.has(node) && !more.has(node) && order.has(node)) more.set(node, item.label);
    }
  }
  const added = [...more]
    .map(([id, identifier]) => ({ id, identifier }))
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return [...hits, ...added];
}

/** The identifiers of a node other than its slug: Top 10 number (with edition), SecID, reference ids. */
export function structuredIdentifiers(node: IdentifiedNode): string[] {
  const number = top10NumberOf(node);
  const ids = [
    ...(number ? [formatTop10Number(number)] : []),
    ...(node.secid ? [node.secid] : []),
    ...(node.references ?? []).flatMap((reference) =>
      IDENTIFIER_SCHEMES.has(reference.scheme) && reference.id ? [reference.id] : [],
    ),
  ];
  return [...new Set(ids)];
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const compareIdentifiers = (a: string, b: string) => collator.compare(a, b);
