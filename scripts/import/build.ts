import type { Dataset, DatasetNode, Reference } from '../../src/model/schema';
import type { Impact, Lifecycle, NodeKind } from '../../src/model/vocabulary';
import { IMPACTS, LIFECYCLES } from '../../src/model/vocabulary';
import { originOf, sourceFileUrl, type UpstreamSource, VENDORED } from '../upstream/manifest';

import type { AtlasNames } from './atlas';
import {
  controlLifecycle,
  controlTypeOfCategory,
  DEEP_DIVES,
  isGovernance,
  kindOfCategory,
} from './classify';
import { controlsListLinks } from './controls-list';
import type { Curated } from './curated';
import { EdgeSet } from './edge-set';
import { definedSlugs, goLinks, parseItems, type UpstreamItem } from './markdown';
import { parsePeriodicTable } from './periodic-table';
import { type Redirect, renamedSlugs } from './redirects';
import { atlasMentions, openCreReferences, usefulStandards } from './references';
import { emptyReport, type ImportReport } from './report';
import { addTop10Lists, type Top10Sources } from './top10';
import { openCreTop10Citations } from './top10-sources';

/** The upstream documents by file name (the four deep dives, the overview, and any other page). */
export type Documents = Record<string, string>;

/** What the importer reads from the upstream sources (data/upstream/). */
export interface UpstreamInputs {
  /** The AI Exchange documents. */
  docs: Documents;
  /** The AI Exchange site's `/go/` redirects (firebase.json), which name every renamed slug. */
  redirects: readonly Redirect[];
  /** MITRE ATLAS: the current name of every technique and mitigation. */
  atlas: AtlasNames;
  /** The Top 10 lists' pages, the overview's GenAI table and the notes on how the LLM editions connect. */
  top10: Top10Sources;
  /** The upstream sources, as data/upstream/sources.yaml names them. */
  sources: readonly UpstreamSource[];
  /** The text of a file below data/upstream/, if there is one. */
  read(file: string): string | undefined;
}

const OVERVIEW = 'ai_security_overview.md';
const PERIODIC_IMPACTS: [RegExp, Impact][] = [
  [/model behaviour integrity/i, 'model-behaviour-integrity'],
  [/training data confidentiality/i, 'training-data-confidentiality'],
  [/model confidentiality/i, 'model-confidentiality'],
  [/input data confidentiality/i, 'input-data-confidentiality'],
  [/availability/i, 'model-availability'],
  [/any asset/i, 'any-asset-cia'],
];

interface Placed {
  item: UpstreamItem;
  kind: NodeKind;
  section: DatasetNode['section'];
  lifecycle: Lifecycle | null;
}

const isThreatKind = (kind: NodeKind | undefined) => kind === 'threat' || kind === 'threat-group';
const isControlKind = (kind: NodeKind | undefined) => kind === 'control' || kind === 'control-group';
const inOrder = <T extends string>(values: Iterable<T>, vocabulary: readonly T[]) =>
  vocabulary.filter((value) => new Set(values).has(value));

export function buildDataset(
  { docs, redirects, atlas, top10, sources, read }: UpstreamInputs,
  curated: Curated,
): { dataset: Dataset; report: ImportReport; linkAliases: Record<string, string> } {
  const report = emptyReport();
  const edges = new EdgeSet();
  const urlOf = (file: string, line?: number) => {
    const origin = originOf(sources, file);
    if (!origin) report.errors.push(`${file}: no source in data/upstream/sources.yaml copies it`);
    return origin ? sourceFileUrl(origin.source, origin.path, line) : null;
  };
  const placed = new Map<string, Placed>();
  const extraItems: Placed[] = [];
  const roots: string[] = [];
  const allItems: UpstreamItem[] = [];

  // 1. Items of the four deep dives become nodes; an item met twice is one node.
  for (const dive of DEEP_DIVES) {
    const markdown = docs[dive.file];
    if (markdown === undefined) {
      report.errors.push(`${dive.file}: missing from the documents folder`);
      continue;
    }
    for (const item of parseItems(dive.file, markdown)) {
      allItems.push(item);
      const kind = kindOfCategory(item.category);
      if (kind === null) continue;
      if (kind === 'unknown') {
        report.errors.push(
          `${item.file}:${item.line}: cannot classify "${item.title}" (Category: ${item.category})`,
        );
        continue;
      }
      const entry: Placed = { item, kind, section: dive.section, lifecycle: dive.threatLifecycle };
      if (placed.has(item.slug)) {
        report.notes.push(`${item.file}:${item.line}: "${item.slug}" appears again; merged into one node`);
        extraItems.push(entry);
      } else {
        placed.set(item.slug, entry);
      }
    }
    const first = [...placed.values()].find((entry) => entry.item.file === dive.file);
    if (first) roots.push(first.item.slug);
  }

  const kindOf = (slug: string) => placed.get(slug)?.kind;
  const knownPages = new Set(Object.values(docs).flatMap(definedSlugs));
  // Old slugs lead to the current item through the site's redirects; a few links upstream are misspelt.
  const { renamed, unresolved } = renamedSlugs(redirects, docs);
  unresolved.forEach((slug) =>
    report.notes.push(`firebase.json: /go/${slug}/ leads to no item of the documents`),
  );
  const linkAliases: Record<string, string> = { ...renamed, ...curated.linkTypos };
  const usedTypos = new Set<string>();
  /** Resolves a linked slug to a node id, null for a page that is not a node; reports unknown links. */
  const resolve = (slug: string, where: string): string | null => {
    const alias = linkAliases[slug];
    if (slug in curated.linkTypos) usedTypos.add(slug);
    const target = alias ?? slug;
    if (placed.has(target)) return target;
    if (!knownPages.has(target)) report.errors.push(`${where}: link to unknown slug "${slug}"`);
    return null;
  };

  // 2. Structure: an item belongs to the nearest enclosing heading's item, or else to its page's root.
  for (const entry of [...placed.values(), ...extraItems]) {
    const { item, kind } = entry;
    if (roots.includes(item.slug) && entry === placed.get(item.slug)) continue;
    const siblings = [...placed.values(), ...extraItems].filter((other) => other.item.file === item.file);
    const before = siblings.filter((other) => other.item.line < item.line && other.item.level < item.level);
    const parent =
      before.sort((a, b) => b.item.line - a.item.line)[0]?.item.slug ??
      roots.find((root) => placed.get(root)?.item.file === item.file);
    if (!parent || parent === item.slug) continue;
    const parentKind = kindOf(parent);
    if (isControlKind(kind) && isThreatKind(parentKind)) {
      // A control heading at the same depth as the page's threats stands on its own: it is linked from lists.
      if (item.level > 2) edges.add('mitigates', item.slug, parent, 'section-structure');
    } else if (
      kind === parentKind ||
      (kind === 'threat' && parentKind === 'threat-group') ||
      (kind === 'control' && parentKind === 'control-group') ||
      (kind === 'control-group' && parentKind === 'control-group') ||
      (kind === 'threat-group' && parentKind === 'threat-group')
    ) {
      edges.add('part-of', item.slug, parent, 'section-structure');
    } else {
      report.errors.push(
        `${item.file}:${item.line}: ${kind} "${item.slug}" sits under ${parentKind} "${parent}"`,
      );
    }
  }

  // 3. The "Controls" lists of every threat section.
  for (const entry of [...placed.values(), ...extraItems]) {
    if (!isThreatKind(entry.kind)) continue;
    const isThreat = (slug: string) => isThreatKind(kindOf(linkAliases[slug] ?? slug));
    for (const link of controlsListLinks(entry.item.body, isThreat)) {
      const where = `${entry.item.file} (${entry.item.slug})`;
      const control = resolve(link.slug, where);
      const threat = link.context ? resolve(link.context, where) : entry.item.slug;
      if (control && threat && isControlKind(kindOf(control)) && isThreatKind(kindOf(threat))) {
        edges.add('mitigates', control, threat, 'controls-list');
      }
    }
  }

  // Every /go/ link of the deep dives must lead somewhere.
  for (const item of allItems) {
    for (const slug of new Set(goLinks(item.body.join('\n')))) resolve(slug, `${item.file} (${item.slug})`);
  }

  // 4. The Periodic table: threat → controls, and the impact of each threat it lists.
  const impacts = new Map<string, Set<Impact>>();
  const rows = parsePeriodicTable(docs[OVERVIEW] ?? '');
  if (rows.length === 0) report.errors.push(`${OVERVIEW}: no Periodic table found`);
  for (const row of rows) {
    if (!row.threat) {
      report.notes.push(`Periodic table: "${row.threatText}" links no threat; its controls are generic ones`);
      continue;
    }
    const threat = resolve(row.threat, 'Periodic table');
    if (!threat) continue;
    const impact = PERIODIC_IMPACTS.find(([pattern]) => pattern.test(row.impact))?.[1];
    if (impact) impacts.set(threat, new Set([...(impacts.get(threat) ?? []), impact]));
    else report.errors.push(`Periodic table: unknown impact "${row.impact}"`);
    for (const slug of row.controls) {
      const control = resolve(slug, `Periodic table (${row.threat})`);
      if (control && isControlKind(kindOf(control)))
        edges.add('mitigates', control, threat, 'periodic-table');
    }
  }

  // 5. The navigator diagram: general controls against all threats, group members, controls per box.
  const generalRoot = roots[0];
  if (generalRoot)
    for (const root of roots.slice(1)) edges.add('mitigates', generalRoot, root, 'navigator-diagram');
  for (const box of curated.diagram) {
    if (!placed.has(box.box)) {
      report.errors.push(`data/curated/navigator-diagram.yaml: unknown box "${box.box}"`);
      continue;
    }
    for (const member of box.members ?? []) {
      if (placed.has(member)) edges.add('part-of', member, box.box, 'navigator-diagram');
      else report.errors.push(`data/curated/navigator-diagram.yaml: unknown member "${member}"`);
    }
    for (const control of box.controls ?? []) {
      if (placed.has(control)) edges.add('mitigates', control, box.box, 'navigator-diagram');
      else report.errors.push(`data/curated/navigator-diagram.yaml: unknown control "${control}"`);
    }
  }

  // 6. Impacts and lifecycles: curated where the table is silent; groups take their members' union.
  for (const [slug, entry] of Object.entries(curated.impacts)) {
    if (!placed.has(slug)) report.errors.push(`data/curated/impacts.yaml: "${slug}" is not a node`);
    else if (impacts.has(slug))
      report.errors.push(`data/curated/impacts.yaml: "${slug}" already has impacts from the Periodic table`);
    else impacts.set(slug, new Set(entry.impacts));
  }
  const partOf = edgesOfKind(edges, placed, 'part-of');
  const membersOf = (group: string) =>
    partOf.filter(([, target]) => target === group).map(([source]) => source);
  const unionDown = <T>(slug: string, own: (slug: string) => Iterable<T>): Set<T> => {
    const result = new Set(own(slug));
    for (const member of membersOf(slug)) unionDown(member, own).forEach((value) => result.add(value));
    return result;
  };

  // 7. References, with one name per identifier.
  const references = new Map<string, Reference[]>();
  for (const entry of [...placed.values(), ...extraItems]) {
    const refs = [
      ...(references.get(entry.item.slug) ?? []),
      ...openCreReferences(entry.item.body),
      ...atlasMentions(entry.item.body),
    ];
    if (isControlKind(entry.kind)) refs.push(...usefulStandards(entry.item.body));
    references.set(entry.item.slug, refs);
  }
  // The Top 10 items each threat's OpenCRE block cites, with the line, for the lists' mappings.
  const citations = [...placed.values(), ...extraItems]
    .filter((entry) => isThreatKind(entry.kind))
    .flatMap((entry) =>
      openCreTop10Citations(entry.item.body, entry.item.line + 1).map((citation) => ({
        threat: entry.item.slug,
        file: `${VENDORED.exchangeDocs}/${entry.item.file}`,
        citation,
      })),
    );
  for (const [slug, refs] of references) references.set(slug, withAtlasNames(refs, atlas, slug, report));
  unifyReferenceNames(references, curated.referenceNames, report);

  // 8. Nodes of the Exchange, in reading order.
  const nodes: DatasetNode[] = [];
  const text = (slug: string, fallbackTitle: string) => {
    const entry = curated.text[slug];
    if (!entry) report.errors.push(`${slug}: no summary or Japanese text in data/curated/text`);
    return {
      title: { en: fallbackTitle, ja: entry?.title_ja ?? fallbackTitle },
      summary: { en: entry?.summary_en ?? fallbackTitle, ja: entry?.summary_ja ?? fallbackTitle },
    };
  };
  const category = (item: { file: string; line: number; category: string }) => {
    const ja = curated.categories[item.category];
    if (!ja)
      report.errors.push(
        `${item.file}:${item.line}: no Japanese for Category "${item.category}" in data/curated/categories.yaml`,
      );
    return { en: item.category, ja: ja ?? item.category };
  };
  for (const [slug, entry] of placed) {
    const { item, kind, section } = entry;
    const all = [entry, ...extraItems.filter((extra) => extra.item.slug === slug)];
    const node: DatasetNode = {
      id: slug,
      kind,
      ...text(slug, item.title),
      section,
      category: category(item),
      permalink: `https://owaspai.org/go/${slug}/`,
      references: dedupeReferences(references.get(slug) ?? []),
      aliases: [],
      order: nodes.length,
    };
    const oldSlugs = Object.keys(renamed)
      .filter((old) => renamed[old] === slug)
      .sort();
    if (oldSlugs.length > 0) node.renamedFrom = oldSlugs;
    if (isThreatKind(kind)) {
      const lifecycles = unionDown(slug, (s) => {
        const own = placed.get(s);
        return own?.lifecycle && isThreatKind(own.kind) ? [own.lifecycle] : [];
      });
      node.lifecycle = inOrder(lifecycles, LIFECYCLES);
      const own = inOrder(
        unionDown(slug, (s) => impacts.get(s) ?? []),
        IMPACTS,
      );
      if (own.length > 0) node.impacts = own;
      else report.errors.push(`${slug}: threat without impact (add it to data/curated/impacts.yaml)`);
    } else {
      const lifecycles = unionDown(slug, (s) => {
        const own = placed.get(s);
        return own?.kind === 'control'
          ? all.concat(own).flatMap((e) => controlLifecycle(e.item.category))
          : [];
      });
      if (lifecycles.size > 0) node.lifecycle = inOrder(lifecycles, LIFECYCLES);
      if (kind === 'control') {
        const curatedType = curated.controlTypes[slug];
        node.controlType = curatedType ?? controlTypeOfCategory(item.category);
        if (!curatedType)
          report.notes.push(`${slug}: control type taken from its Category line (not on the diagram)`);
        if (isGovernance(item.category)) node.governance = true;
        if (!node.lifecycle) report.errors.push(`${slug}: no lifecycle in Category "${item.category}"`);
      }
    }
    nodes.push(node);
  }

  // 9. The Top 10 lists: the ML Top 10 and every LLM Top 10 edition, their mappings, and how the editions connect.
  const successions = addTop10Lists({
    curated,
    sources: top10,
    report,
    edges,
    nodes,
    isThreat: (id) => isThreatKind(kindOf(id)),
    resolveSlug: (slug) => resolve(slug, 'GenAI table'),
    citations,
    cite: (basis, file, line) => {
      const url = urlOf(file, line);
      return url ? { basis, file, line, url } : null;
    },
    urlOf: (file) => urlOf(file),
    read,
  });

  // 10. Curated entries must still name nodes.
  const ids = new Set(nodes.map((node) => node.id));
  for (const [slug, file] of Object.entries(curated.textFiles)) {
    if (!ids.has(slug)) report.errors.push(`${file}: "${slug}" is not a node of the documents`);
  }
  for (const slug of Object.keys(curated.controlTypes)) {
    if (kindOf(slug) !== 'control')
      report.errors.push(`data/curated/control-types.yaml: "${slug}" is not a control`);
  }
  for (const typo of Object.keys(curated.linkTypos)) {
    if (!usedTypos.has(typo))
      report.errors.push(`data/curated/link-typos.yaml: "${typo}" is no longer linked`);
    if (typo in renamed)
      report.errors.push(`data/curated/link-typos.yaml: "${typo}" is a redirect upstream now`);
  }

  const order = new Map(nodes.map((node) => [node.id, node.order]));
  const dataset: Dataset = {
    format: 1,
    upstream: sources.map(({ name, repository, commit, date, licence, editions, id }) => ({
      name,
      repository,
      commit,
      date,
      licence,
      ...(id === 'atlas' ? { editions: [atlas.version] } : editions ? { editions } : {}),
    })),
    nodes,
    edges: edges.sorted(order),
    successions,
  };
  return {
    dataset,
    report: { errors: [...new Set(report.errors)], notes: [...new Set(report.notes)] },
    linkAliases,
  };
}

function edgesOfKind(edges: EdgeSet, placed: Map<string, Placed>, kind: 'part-of'): [string, string][] {
  const order = new Map([...placed.keys()].map((slug, index) => [slug, index]));
  return edges
    .sorted(order)
    .filter((edge) => edge.kind === kind)
    .map((edge) => [edge.source, edge.target]);
}

/** One reference per identifier (or title), in first-seen order; the upstream spellings of all are kept. */
function dedupeReferences(refs: Reference[]): Reference[] {
  const seen = new Map<string, Reference>();
  for (const ref of refs) {
    const key = `${ref.scheme}|${ref.id ?? ''}|${ref.title}|${ref.edition ?? ''}`;
    const first = seen.get(key);
    if (!first) seen.set(key, { ...ref });
    else if (ref.aliases) first.aliases = [...new Set([...(first.aliases ?? []), ...ref.aliases])];
  }
  const unique = [...seen.values()];
  // A standard named once in full and once by its number alone ("ISO/IEC 27005 – Information security risk
  // management", "ISO/IEC 27005") is one reference.
  return unique.filter(
    (ref) =>
      ref.id !== undefined ||
      !unique.some(
        (other) =>
          other !== ref &&
          other.scheme === ref.scheme &&
          /^\s*[-–:(]/.test(other.title.slice(ref.title.length)) &&
          other.title.startsWith(ref.title),
      ),
  );
}

/**
 * ATLAS references named as ATLAS names them; the Exchange's own spelling, where it differs in more than letter
 * case, stays as an alias (searchable). An id ATLAS does not have is reported.
 */
function withAtlasNames(
  refs: Reference[],
  atlas: AtlasNames,
  slug: string,
  report: ImportReport,
): Reference[] {
  return refs.map((ref) => {
    if (ref.scheme !== 'mitre-atlas' || !ref.id) return ref;
    const name = atlas.names.get(ref.id);
    if (!name) {
      report.errors.push(`${slug}: ${ref.id} ("${ref.title}") is not in MITRE ATLAS ${atlas.version}`);
      return ref;
    }
    const spelling = ref.title.toLowerCase() === name.toLowerCase() ? [] : [ref.title];
    return { ...ref, title: name, ...(spelling.length > 0 ? { aliases: spelling } : {}) };
  });
}

/** Schemes whose ids name one thing each; other schemes' ids are section numbers shared by many entries. */
const IDENTIFIED_SCHEMES = new Set<Reference['scheme']>([
  'mitre-atlas',
  'opencre',
  'owasp-ml-top10',
  'owasp-llm-top10',
]);

/** Gives every (scheme, id) one name: the curated one, or the only one in use; reports disagreements. */
function unifyReferenceNames(
  references: Map<string, Reference[]>,
  curatedNames: Record<string, string>,
  report: ImportReport,
): void {
  const names = new Map<string, Set<string>>();
  for (const refs of references.values()) {
    for (const ref of refs) {
      if (!ref.id || !IDENTIFIED_SCHEMES.has(ref.scheme)) continue;
      const key = `${ref.scheme}:${ref.id}${ref.edition ? `:${ref.edition}` : ''}`;
      names.set(key, new Set([...(names.get(key) ?? []), ref.title]));
    }
  }
  for (const [key, titles] of names) {
    if (titles.size > 1 && !curatedNames[key]) {
      report.errors.push(
        `reference ${key} has several names (${[...titles].map((t) => `"${t}"`).join(', ')}): choose one in data/curated/reference-names.yaml`,
      );
    }
  }
  for (const key of Object.keys(curatedNames)) {
    if (!names.has(key)) report.errors.push(`data/curated/reference-names.yaml: "${key}" is not cited`);
  }
  for (const refs of references.values()) {
    for (const ref of refs) {
      if (!ref.id || !IDENTIFIED_SCHEMES.has(ref.scheme)) continue;
      const name = curatedNames[`${ref.scheme}:${ref.id}${ref.edition ? `:${ref.edition}` : ''}`];
      if (name) ref.title = name;
    }
  }
}
