import { resolve } from 'node:path';

import { parseFrameworksFile } from '../../../src/model/frameworks/parse';
import type { FrameworksFile } from '../../../src/model/frameworks/schema';
import { UPSTREAM_DIR } from '../../upstream/manifest';
import type { importFrom } from '../run-import';
import { importFromUpstream } from '../run-import';

import { basisProblems } from './basis';
import { buildFrameworks } from './build';
import { type CuratedFrameworks, loadCuratedFrameworks } from './curated';

export const FRAMEWORKS_FILE = 'data/frameworks.json';

type NavigatorImport = ReturnType<typeof importFrom>;

/**
 * The committed form of data/frameworks.json: each framework's head, each item and each link on a line of its own
 * (readable diffs, a third of the size of an indented file), key order from the builder, final newline.
 */
export function serializeFrameworks(file: FrameworksFile): string {
  const json = (value: unknown) => JSON.stringify(value);
  const frameworks = file.frameworks.map(({ items, ...head }) => {
    const lines = items.map((item) => `      ${json(item)}`).join(',\n');
    return `    ${json(head).slice(0, -1)},\n    "items": [\n${lines}\n    ]}`;
  });
  const links = file.links.map((link) => `    ${json(link)}`).join(',\n');
  return `{\n  "format": ${json(file.format)},\n  "frameworks": [\n${frameworks.join(',\n')}\n  ],\n  "links": [\n${links}\n  ]\n}\n`;
}

/** Builds the framework data from an import of the navigator data set (whose nodes it links to). */
export function frameworksFrom(navigator: NavigatorImport, curated: CuratedFrameworks) {
  const built = buildFrameworks(navigator, curated);
  const parsed = parseFrameworksFile(built.file, nodeIdsOf(navigator));
  if (!parsed.ok) built.report.errors.push(...parsed.errors.map((error) => `${FRAMEWORKS_FILE} ${error}`));
  return built;
}

/** The navigator data set and the framework data, from data/upstream/ (or a folder like it) and data/curated/. */
export function importAllFromUpstream(upstreamDir = UPSTREAM_DIR, curatedDir = resolve('data/curated')) {
  const navigator = importFromUpstream(upstreamDir, curatedDir);
  const frameworks = frameworksFrom(navigator, loadCuratedFrameworks(`${curatedDir}/frameworks.yaml`));
  return { navigator, frameworks };
}

const nodeIdsOf = (navigator: NavigatorImport) => new Set(navigator.dataset.nodes.map((node) => node.id));

/**
 * Everything `npm run data:check` checks of data/frameworks.json: it validates, links only to listed items and
 * existing nodes, every link's source line still says what the link claims, the import reports no error, and the
 * file is exactly what the importer builds.
 */
export function checkFrameworksCommitted(
  committed: string,
  navigator: NavigatorImport,
  built: ReturnType<typeof frameworksFrom>,
): string[] {
  const problems: string[] = [];
  let json: unknown;
  try {
    json = JSON.parse(committed);
  } catch (error) {
    return [`${FRAMEWORKS_FILE}: not JSON (${(error as Error).message})`];
  }
  const parsed = parseFrameworksFile(json, nodeIdsOf(navigator));
  if (!parsed.ok) problems.push(...parsed.errors.map((error) => `${FRAMEWORKS_FILE} ${error}`));
  else
    problems.push(
      ...basisProblems(parsed.value, basisContext(navigator)),
      ...pathProblems(parsed.value, navigator),
    );
  problems.push(...built.report.errors);
  if (serializeFrameworks(built.file) !== committed) {
    problems.push(`${FRAMEWORKS_FILE} differs from what the importer builds: run \`npm run data:import\``);
  }
  return [...new Set(problems)];
}

/** What the basis check reads: the upstream files, their sources, and every slug that leads to a node. */
export function basisContext(navigator: NavigatorImport) {
  const slugs = new Map<string, string[]>();
  for (const node of navigator.dataset.nodes) slugs.set(node.id, [node.id, ...(node.renamedFrom ?? [])]);
  for (const [alias, id] of Object.entries(navigator.linkAliases)) {
    const list = slugs.get(id);
    if (list && !list.includes(alias)) list.push(alias);
  }
  return {
    read: navigator.read,
    sources: navigator.sources,
    slugsOf: (node: string) => slugs.get(node) ?? [node],
  };
}

/**
 * A link reached through another node names a real path: the framework item is linked to that node itself, and
 * the node maps to the link's node (`ASI01 → LLM01:2026 → directpromptinjection`).
 */
function pathProblems(file: FrameworksFile, navigator: NavigatorImport): string[] {
  const mapsTo = new Set(
    navigator.dataset.edges
      .filter((edge) => edge.kind === 'maps-to')
      .map((edge) => `${edge.source}->${edge.target}`),
  );
  const direct = new Set(
    file.links.filter((link) => !link.via).map((link) => `${link.framework}|${link.item}|${link.node}`),
  );
  return file.links.flatMap((link, index) => {
    if (!link.via) return [];
    const [through] = link.via;
    const where = `${FRAMEWORKS_FILE} links[${index}] (${link.framework} ${link.item} → ${link.node})`;
    const problems: string[] = [];
    if (!direct.has(`${link.framework}|${link.item}|${through}`))
      problems.push(`${where}: goes through ${through}, which the item is not linked to`);
    if (link.via.length !== 1 || !mapsTo.has(`${through}->${link.node}`))
      problems.push(`${where}: ${link.via.join(' → ')} does not map to ${link.node}`);
    return problems;
  });
}
