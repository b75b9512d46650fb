import type {
  FrameworkId,
  FrameworkItem,
  FrameworkLink,
  FrameworksFile,
} from '../../../src/model/frameworks/schema';
import { FRAMEWORK_IDS } from '../../../src/model/frameworks/schema';
import type { Dataset } from '../../../src/model/schema';
import { originOf, sourceFileUrl, type UpstreamSource, VENDORED } from '../../upstream/manifest';
import type { AtlasNames } from '../atlas';
import type { Documents } from '../build';
import { DEEP_DIVES } from '../classify';
import { parseItems } from '../markdown';
import { emptyReport, type ImportReport } from '../report';
import { parseLlmPage } from '../top10-sources';

import { parseAisvsMapping } from './aisvs';
import type { CuratedFramework, CuratedFrameworks } from './curated';
import { parseRegulatoryMapping } from './eu-ai-act';
import type { FoundLink } from './found';
import { shorten } from './found';
import { clauseMentions } from './iso';
import { relatedFrameworkRows } from './llm-related';
import { parseJointGuidelines } from './ncsc';
import { referenceMentions } from './node-references';

/** What the framework import reads: the upstream files and the navigator data set built from them. */
export interface FrameworkInputs {
  /** The AI Exchange documents, by file name. */
  docs: Documents;
  /** The text of a file below data/upstream/. */
  read(file: string): string | undefined;
  /** The file names of a folder below data/upstream/. */
  list(folder: string): string[];
  atlas: AtlasNames;
  sources: readonly UpstreamSource[];
  /** The navigator data set: its nodes are what links point to, its `maps-to` edges lead from LLM items to threats. */
  dataset: Pick<Dataset, 'nodes' | 'edges'>;
  /** Earlier and misspelt slugs → the node id they mean. */
  linkAliases: Readonly<Record<string, string>>;
}

export const REGULATORY_FILE = '1_general_controls.md';
export const OVERVIEW_FILE = 'ai_security_overview.md';
export const LLM_2026 = VENDORED.llmPages('2026');
export const AISVS_FILE = `${LLM_2026}/LLMZZ_Appendix_AISVS_Mapping.md`;

const collator = new Intl.Collator('en', { numeric: true });
const byId = (a: { id: string }, b: { id: string }) => collator.compare(a.id, b.id);

/** A link found, with the node resolved and, for a link reached through an LLM item, that item. */
type Resolved = Omit<FoundLink, 'target'> & { node: string; via?: string[] };

/** Builds data/frameworks.json from the upstream documents, the navigator data set and the curated texts. */
export function buildFrameworks(
  inputs: FrameworkInputs,
  curated: CuratedFrameworks,
): { file: FrameworksFile; report: ImportReport } {
  const report = emptyReport();
  const { docs, dataset, linkAliases } = inputs;
  const nodeOrder = new Map(dataset.nodes.map((node, index) => [node.id, index]));
  const mapsTo = new Map<string, string[]>();
  for (const edge of dataset.edges) {
    if (edge.kind === 'maps-to') mapsTo.set(edge.source, [...(mapsTo.get(edge.source) ?? []), edge.target]);
  }
  const resolve = (target: string, where: string): string | null => {
    const id = linkAliases[target] ?? target;
    if (nodeOrder.has(id)) return id;
    report.errors.push(`${where}: "${target}" is no node of data/navigator.json`);
    return null;
  };

  const items = new Map<FrameworkId, Map<string, FrameworkItem>>(FRAMEWORK_IDS.map((id) => [id, new Map()]));
  const found: Resolved[] = [];
  const addItem = (framework: FrameworkId, item: FrameworkItem) => {
    if (!items.get(framework)!.has(item.id)) items.get(framework)!.set(item.id, item);
  };
  const link = ({ target, ...rest }: FoundLink, where: string) => {
    const node = resolve(target, where);
    if (!node) return;
    found.push({ ...rest, node });
    // A link to an LLM Top 10 item reaches the threats the item maps to.
    for (const threat of mapsTo.get(node) ?? []) found.push({ ...rest, node: threat, via: [node] });
  };
  const exchange = (file: string) => `${VENDORED.exchangeDocs}/${file}`;

  // EU AI Act, GDPR Art. 22, NIS2: the AI regulatory mapping table.
  const rows = parseRegulatoryMapping(docs[REGULATORY_FILE] ?? '');
  if (rows.length === 0) report.errors.push(`${REGULATORY_FILE}: no "AI regulatory mapping" table`);
  for (const row of rows) {
    if (row.regulations.length === 0) {
      report.notes.push(
        `${REGULATORY_FILE}:${row.line}: "${row.topic}" names no EU AI Act, GDPR or NIS2 article`,
      );
    }
    for (const regulation of row.regulations) {
      addItem('eu-ai-act', { id: regulation.id, label: regulation.label, title: { en: regulation.id } });
      for (const slug of row.slugs) {
        link(
          {
            framework: 'eu-ai-act',
            item: regulation.id,
            target: slug,
            note: shorten(row.hook ? `${row.topic}: ${row.hook}` : row.topic),
            file: exchange(REGULATORY_FILE),
            line: row.line,
          },
          `${REGULATORY_FILE}:${row.line}`,
        );
      }
    }
  }

  // ISO/IEC 42001 and 27002 clauses, MITRE ATLAS and NIST AI 100-2 links, in the text of the deep dives' items.
  const nistTitles = new Map<string, string[]>();
  for (const dive of DEEP_DIVES) {
    for (const item of parseItems(dive.file, docs[dive.file] ?? '')) {
      if (!nodeOrder.has(item.slug)) continue;
      const where = `${dive.file}:${item.line} (${item.slug})`;
      for (const mention of clauseMentions(item.body, item.line + 1)) {
        addItem(mention.standard, {
          id: mention.clause,
          label: mention.clause,
          title: { en: mention.clause },
        });
        link(
          {
            framework: mention.standard,
            item: mention.clause,
            target: item.slug,
            ...(mention.coverage ? { coverage: mention.coverage } : {}),
            ...(mention.note ? { note: mention.note } : {}),
            file: exchange(dive.file),
            line: mention.line,
          },
          where,
        );
      }
      for (const mention of referenceMentions(item.body, item.line + 1)) {
        if (mention.framework === 'nist-ai-100-2') {
          const titles = nistTitles.get(mention.id) ?? [];
          if (!titles.includes(mention.title)) nistTitles.set(mention.id, [...titles, mention.title]);
          addItem('nist-ai-100-2', { id: mention.id, label: mention.id, title: { en: mention.title } });
        } else if (!inputs.atlas.names.has(mention.id)) {
          report.errors.push(`${where}: ${mention.id} is not in MITRE ATLAS ${inputs.atlas.version}`);
          continue;
        }
        link(
          {
            framework: mention.framework,
            item: mention.id,
            target: item.slug,
            ...(mention.framework === 'nist-ai-100-2' ? { note: mention.title } : {}),
            file: exchange(dive.file),
            line: mention.line,
          },
          where,
        );
      }
    }
  }
  for (const [id, titles] of nistTitles) {
    items.get('nist-ai-100-2')!.get(id)!.title = { en: titles.join('; ') };
  }
  // A NIST section cited for one topic only needs no note saying which.
  const nistNotes = (entry: Resolved): Resolved =>
    entry.framework === 'nist-ai-100-2' && (nistTitles.get(entry.item)?.length ?? 0) < 2
      ? (({ note: _note, ...rest }) => rest)(entry)
      : entry;

  // NCSC/CISA joint guidelines and the DSIT Code of Practice principles.
  const joint = parseJointGuidelines(docs[OVERVIEW_FILE] ?? '');
  if (!joint) report.errors.push(`${OVERVIEW_FILE}: no jointguidelines section`);
  const ncsc = curated.ncsc;
  const principleTitles = new Map<number, string>();
  for (const principle of joint?.principles ?? []) principleTitles.set(principle.principle, principle.title);
  for (const guideline of joint?.guidelines ?? []) {
    addItem('ncsc', {
      id: guideline.id,
      label: guideline.id,
      title: { en: guideline.title },
      url: ncsc.source.url,
    });
    for (const mention of guideline.dsit) {
      if (mention.title && !principleTitles.has(mention.principle))
        principleTitles.set(mention.principle, mention.title);
    }
    for (const { slug, phrase } of guideline.controls?.links ?? []) {
      const base = { target: slug, file: exchange(OVERVIEW_FILE), line: guideline.line };
      const where = `${OVERVIEW_FILE}:${guideline.controls!.line}`;
      link({ ...base, framework: 'ncsc', item: guideline.id, ...(phrase ? { note: phrase } : {}) }, where);
      for (const mention of guideline.dsit) {
        link({ ...base, framework: 'ncsc', item: `dsit-p${mention.principle}` }, where);
      }
    }
  }
  const firstGuideline = (principle: number) =>
    joint?.guidelines.find((guideline) => guideline.dsit.some((mention) => mention.principle === principle));
  const principles = new Set([
    ...principleTitles.keys(),
    ...(joint?.guidelines ?? []).flatMap((guideline) => guideline.dsit.map((mention) => mention.principle)),
  ]);
  for (const principle of [...principles].sort((a, b) => a - b)) {
    const title =
      principleTitles.get(principle) ?? firstGuideline(principle)?.title ?? `Principle ${principle}`;
    addItem('ncsc', {
      id: `dsit-p${principle}`,
      label: `DSIT Principle ${principle}`,
      title: { en: title },
      ...(ncsc.dsitUrl ? { url: ncsc.dsitUrl } : {}),
    });
  }

  // OWASP Agentic Top 10 and MITRE ATLAS in the LLM Top 10 2026 items' "Related Frameworks" tables.
  const asiNames = new Map<string, string>();
  const pages = llmPages(inputs);
  for (const page of pages) {
    for (const row of relatedFrameworkRows(page.text)) {
      const where = `${page.file}:${row.line}`;
      if (row.framework === 'asi') {
        const known = asiNames.get(row.id);
        if (known && known !== row.name)
          report.errors.push(`${where}: ${row.id} is "${row.name}" here and "${known}" before`);
        asiNames.set(row.id, known ?? row.name);
        addItem('asi', { id: row.id, label: row.id, title: { en: known ?? row.name } });
      } else if (!inputs.atlas.names.has(row.id)) {
        report.errors.push(`${where}: ${row.id} is not in MITRE ATLAS ${inputs.atlas.version}`);
        continue;
      }
      link(
        { framework: row.framework, item: row.id, target: page.node, file: page.file, line: row.line },
        where,
      );
    }
  }

  // OWASP AISVS chapters, from the 2026 list's appendix.
  const aisvs = parseAisvsMapping(inputs.read(AISVS_FILE) ?? '');
  if (aisvs.chapters.length === 0) report.errors.push(`${AISVS_FILE}: no AISVS chapters`);
  for (const chapter of aisvs.chapters) {
    addItem('aisvs', { id: chapter.id, label: chapter.id, title: { en: chapter.title } });
  }
  for (const mark of aisvs.marks) {
    const where = `${AISVS_FILE}:${mark.line}`;
    if (!items.get('aisvs')!.has(mark.chapter))
      report.errors.push(`${where}: no AISVS chapter ${mark.chapter}`);
    const note = mark.strength === 'primary' ? 'primary defence (●)' : 'supporting defence (○)';
    link(
      {
        framework: 'aisvs',
        item: mark.chapter,
        target: `${mark.risk}:2026`,
        note,
        file: AISVS_FILE,
        line: mark.line,
      },
      where,
    );
  }

  // MITRE ATLAS: every technique and mitigation.
  for (const entry of inputs.atlas.objects) {
    addItem('atlas', {
      id: entry.id,
      label: entry.id,
      title: { en: inputs.atlas.names.get(entry.id) ?? entry.id },
      url: `https://atlas.mitre.org/${entry.kind === 'technique' ? 'techniques' : 'mitigations'}/${entry.id}`,
      kind: entry.kind,
      ...(entry.tactics ? { tactics: entry.tactics } : {}),
    });
  }

  // Titles: ours where the source gives numbers only, our Japanese for the others; items listed by us.
  const frameworks = FRAMEWORK_IDS.map((id) => {
    const entry = curated[id];
    const own = id === 'eu-ai-act' || id === 'iso42001' || id === 'iso27002';
    const list = [...items.get(id)!.values()];
    for (const added of entry.added) {
      if (items.get(id)!.has(added.id)) {
        report.errors.push(
          `data/curated/frameworks.yaml: ${id} ${added.id} is named by the source now; remove it from "added"`,
        );
      } else list.push({ id: added.id, label: added.label, title: added.title, curated: true });
    }
    for (const item of list) {
      if (item.curated) continue;
      item.title = titleOf(id, item, entry, own, list, report);
    }
    for (const titled of Object.keys(entry.titles)) {
      if (!list.some((item) => item.id === titled))
        report.errors.push(
          `data/curated/frameworks.yaml: ${id} has a title for ${titled}, which the source does not name`,
        );
    }
    const ordered = id === 'atlas' || id === 'ncsc' ? list : [...list].sort(byId);
    return {
      id,
      name: entry.name,
      about: entry.about,
      source: {
        ...entry.source,
        ...(id === 'atlas'
          ? { version: inputs.atlas.version }
          : id === 'aisvs' && aisvs.version
            ? { version: aisvs.version }
            : {}),
      },
      titles: own ? ('own' as const) : ('source' as const),
      ...(id === 'atlas' ? { tactics: [...inputs.atlas.tactics] } : {}),
      items: ordered,
    };
  });

  // Links in the order of frameworks, items and nodes; a direct link before one reached through an LLM item,
  // and one link per framework item and node (the first source line that gives it).
  const itemOrder = new Map(
    frameworks.flatMap((framework) =>
      framework.items.map((item, index) => [`${framework.id}|${item.id}`, index]),
    ),
  );
  const key = (entry: Resolved) => `${entry.framework}|${entry.item}|${entry.node}`;
  const sorted = found
    .map((entry, index) => ({ entry: nistNotes(entry), index }))
    .sort(
      (a, b) =>
        FRAMEWORK_IDS.indexOf(a.entry.framework) - FRAMEWORK_IDS.indexOf(b.entry.framework) ||
        (itemOrder.get(`${a.entry.framework}|${a.entry.item}`) ?? 0) -
          (itemOrder.get(`${b.entry.framework}|${b.entry.item}`) ?? 0) ||
        nodeOrder.get(a.entry.node)! - nodeOrder.get(b.entry.node)! ||
        Number(Boolean(a.entry.via)) - Number(Boolean(b.entry.via)) ||
        a.index - b.index,
    );
  const seen = new Set<string>();
  const links: FrameworkLink[] = [];
  for (const { entry } of sorted) {
    if (seen.has(key(entry))) continue;
    seen.add(key(entry));
    const origin = originOf(inputs.sources, entry.file);
    if (!origin) report.errors.push(`${entry.file}: no source in data/upstream/sources.yaml copies it`);
    links.push({
      framework: entry.framework,
      item: entry.item,
      node: entry.node,
      ...(entry.coverage ? { coverage: entry.coverage } : {}),
      ...(entry.note ? { note: entry.note } : {}),
      basis: {
        file: entry.file,
        line: entry.line,
        ...(origin ? { url: sourceFileUrl(origin.source, origin.path, entry.line) } : {}),
      },
      ...(entry.via ? { via: entry.via } : {}),
    });
  }

  return {
    file: { format: 1, frameworks, links },
    report: { errors: [...new Set(report.errors)], notes: [...new Set(report.notes)] },
  };
}

/** The item's title: ours in both languages (`own`), or the source's with our Japanese. */
function titleOf(
  framework: FrameworkId,
  item: FrameworkItem,
  entry: CuratedFramework,
  own: boolean,
  list: readonly FrameworkItem[],
  report: ImportReport,
): FrameworkItem['title'] {
  const curated = entry.titles[item.id];
  if (own) {
    if (!curated?.en) {
      report.errors.push(`data/curated/frameworks.yaml: ${framework} ${item.label} has no title (en and ja)`);
      return item.title;
    }
    return { en: curated.en, ja: curated.ja };
  }
  if (curated?.en)
    report.errors.push(
      `data/curated/frameworks.yaml: ${framework} ${item.id} takes its English title from the source`,
    );
  // An item named like another of its framework (a DSIT principle named by its guideline) shares its Japanese.
  const ja =
    curated?.ja ??
    list
      .map((other) => (other.title.en === item.title.en ? entry.titles[other.id]?.ja : undefined))
      .find(Boolean);
  if (!ja && Object.keys(entry.titles).length > 0) {
    report.errors.push(`data/curated/frameworks.yaml: ${framework} ${item.id} has no Japanese title`);
  }
  return ja ? { en: item.title.en, ja } : { en: item.title.en };
}

/** The LLM Top 10 2026 item pages, with the node of their item. */
function llmPages(inputs: FrameworkInputs): { file: string; node: string; text: string }[] {
  const names = inputs.dataset.nodes
    .filter((node) => node.kind === 'llm-top10' && node.id.endsWith(':2026'))
    .map((node) => node.id);
  const files = inputs
    .list(LLM_2026)
    .filter((name) => /^LLM(0[1-9]|10)_.*\.md$/.test(name))
    .map((name) => `${LLM_2026}/${name}`);
  return files.flatMap((file) => {
    const text = inputs.read(file) ?? '';
    const page = parseLlmPage(file, text);
    const node = page ? `${page.number}:2026` : null;
    return node && names.includes(node) ? [{ file, node, text }] : [];
  });
}
