/**
 * SecID identifiers: `secid:TYPE/NAMESPACE/NAME[@VERSION]#ITEM`, for example
 * `secid:weakness/owasp/ml-top10@2023#ML01`, or without the version `secid:weakness/owasp/ml-top10#ML01`.
 */

import { LLM_EDITIONS, llmItemId } from './editions';

export interface Secid {
  type: string;
  namespace: string;
  name: string;
  /** Absent in the unversioned form. */
  version: string | null;
  item: string;
}

/** A list of items that SecIDs can name, as its registry entry describes it. */
export interface SecidSource {
  type: string;
  namespace: string;
  name: string;
  /** Published editions the data holds, oldest first; a SecID without a version names the newest. */
  versions: readonly string[];
  /** Item ids (`ML01`, `LLM08`). */
  items: readonly string[];
  /** The id of an item's node in the data set: the item id, or for a list whose numbers change meaning between
   * editions, the item id with its edition (`LLM08:2026`). */
  nodeId(item: string, version: string): string;
}

const numbered = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

/** The lists the data set has items of. A unit test checks that every `secid` in the data resolves here. */
export const SECID_SOURCES: readonly SecidSource[] = [
  {
    type: 'weakness',
    namespace: 'owasp',
    name: 'ml-top10',
    versions: ['2023'],
    items: numbered('ML', 10),
    nodeId: (item) => item,
  },
  {
    type: 'weakness',
    namespace: 'owasp',
    name: 'llm-top10',
    versions: [...LLM_EDITIONS].sort(),
    items: numbered('LLM', 10),
    nodeId: llmItemId,
  },
];

const PREFIX = 'secid:';
const SEGMENT = '[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?';
const SECID = new RegExp(
  `^${PREFIX}(${SEGMENT})/(${SEGMENT})/(${SEGMENT})(?:@([A-Za-z0-9][A-Za-z0-9.-]*))?#([A-Za-z0-9][A-Za-z0-9._-]*)$`,
);

/** Whether text is meant as a SecID (it starts with `secid:`), whether or not it is a valid one. */
export function looksLikeSecid(text: string): boolean {
  return text.trimStart().toLowerCase().startsWith(PREFIX);
}

/** Reads a SecID; `null` when the text does not have the form. Surrounding white space is ignored. */
export function parseSecid(text: string): Secid | null {
  const match = SECID.exec(text.trim());
  if (!match) return null;
  const [, type = '', namespace = '', name = '', version, item = ''] = match;
  return { type, namespace, name, version: version ?? null, item };
}

export function formatSecid(secid: Secid): string {
  const version = secid.version === null ? '' : `@${secid.version}`;
  return `${PREFIX}${secid.type}/${secid.namespace}/${secid.name}${version}#${secid.item}`;
}

/** `weakness/owasp/ml-top10`: the part that names the list. */
export function sourceName(secid: Pick<Secid, 'type' | 'namespace' | 'name'>): string {
  return `${secid.type}/${secid.namespace}/${secid.name}`;
}

export type SecidResolution =
  | { ok: true; id: string; secid: Secid }
  | { ok: false; problem: 'syntax' }
  /** No known list has this type, namespace and name; `known` names those that exist. */
  | { ok: false; problem: 'namespace'; secid: Secid; known: string[] }
  /** The list has no such edition; `known` lists its editions. */
  | { ok: false; problem: 'version'; secid: Secid; known: string[] }
  /** The list (edition) has no such item, or the data set does not hold it; `known` lists what it holds. */
  | { ok: false; problem: 'item'; secid: Secid; known: string[] };

/**
 * Finds the node a SecID names. Both the versioned and the unversioned form resolve, the unversioned one to the
 * newest edition: `secid:weakness/owasp/llm-top10#LLM08` is `LLM08:2026`. `isKnownNode` tells which nodes the data
 * set holds.
 */
export function resolveSecid(
  text: string,
  isKnownNode: (id: string) => boolean = () => true,
  sources: readonly SecidSource[] = SECID_SOURCES,
): SecidResolution {
  const secid = parseSecid(text);
  if (!secid) return { ok: false, problem: 'syntax' };
  const source = sources.find((candidate) => sourceName(candidate) === sourceName(secid));
  if (!source) return { ok: false, problem: 'namespace', secid, known: sources.map(sourceName) };
  if (secid.version !== null && !source.versions.includes(secid.version)) {
    return { ok: false, problem: 'version', secid, known: [...source.versions] };
  }
  const version = secid.version ?? source.versions.at(-1) ?? '';
  const held = source.items.filter((item) => isKnownNode(source.nodeId(item, version)));
  if (!held.includes(secid.item)) return { ok: false, problem: 'item', secid, known: summarizeItems(held) };
  return { ok: true, id: source.nodeId(secid.item, version), secid };
}

/** Runs of three or more consecutive numbered items become ranges: `ML01–ML10` rather than ten ids. */
export function summarizeItems(items: readonly string[]): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && follows(items[i - 1]!, items[i]!)) continue;
    const run = items.slice(start, i);
    if (run.length >= 3) parts.push(`${run[0]}–${run.at(-1)}`);
    else parts.push(...run);
    start = i;
  }
  return parts;
}

function follows(previous: string, next: string): boolean {
  const a = /^(\D*)(\d+)$/.exec(previous);
  const b = /^(\D*)(\d+)$/.exec(next);
  return !!a && !!b && a[1] === b[1] && Number(b[2]) === Number(a[2]) + 1;
}
