import type { FrameworkItem, FrameworkLink, FrameworksFile } from '../../../src/model/frameworks/schema';
import { originOf, sourceFileUrl, type UpstreamSource } from '../../upstream/manifest';
import { parseItems } from '../markdown';
import { parseLlmPage } from '../top10-sources';

/**
 * Every link of a framework file cites a line of a file below data/upstream/; that line must still say what the link
 * claims: the item's identifier (`Art 14`, `B.6.2.6`, `AML.M0015`, `ASI01`, `**LLM01**`), and the Exchange item it
 * links to — a `/go/<slug>/` link on the line (or, for a guideline, the line after), the section of that item around
 * the line, or the LLM Top 10 page of the item the link goes through.
 */

export interface BasisContext {
  read(file: string): string | undefined;
  sources: readonly UpstreamSource[];
  /** Every slug that leads to a node: its id, earlier slugs, misspellings (`linkAliases`). */
  slugsOf(node: string): readonly string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An identifier not followed by more of a longer one (`AML.T0051` is not `AML.T0051.000`, `5.1` not `5.10`). */
const identifier = (id: string) => new RegExp(`(?<![\\w.])${escape(id)}(?![\\w]|\\.\\d)`);

/** What the basis line of an EU AI Act item's link must name: `Art 14`, `GDPR Art 22`, `NIS2`. */
function regulationPattern(item: string): RegExp {
  if (item === 'nis2-art23') return /\bNIS2\b/;
  const gdpr = /^gdpr-art(\d+)$/.exec(item);
  if (gdpr) return new RegExp(`\\bGDPR\\s+Art\\.?\\s*${gdpr[1]}(?!\\d)`);
  const article = /^art(\d+)(\(\d+\))?$/.exec(item);
  if (!article) return /(?!)/;
  return new RegExp(`(?<!GDPR\\s)\\bArt\\.?\\s*${article[1]}${escape(article[2] ?? '')}(?![\\d(])`);
}

interface Claim {
  /** What the line must say, in words for the message. */
  says: string;
  holds(lines: readonly string[], line: number): boolean;
}

export function basisProblems(file: FrameworksFile, context: BasisContext): string[] {
  const problems: string[] = [];
  const texts = new Map<string, string[] | null>();
  const linesOf = (path: string) => {
    if (!texts.has(path)) texts.set(path, context.read(path)?.split(/\r?\n/) ?? null);
    return texts.get(path)!;
  };
  const sections = new Map<string, ReturnType<typeof parseItems>>();
  const sectionsOf = (path: string) => {
    if (!sections.has(path)) sections.set(path, parseItems(path, context.read(path) ?? ''));
    return sections.get(path)!;
  };
  const items = new Map(
    file.frameworks.flatMap((framework) =>
      framework.items.map((item) => [`${framework.id}:${item.id}`, item] as const),
    ),
  );

  file.links.forEach((link, index) => {
    const where = `data/frameworks.json links[${index}] (${link.framework} ${link.item} → ${link.node})`;
    const { file: path, line, url } = link.basis;
    const lines = linesOf(path);
    if (!lines) {
      problems.push(`${where}: cites ${path}, a file data/upstream/ lacks`);
      return;
    }
    if (line > lines.length) {
      problems.push(
        `${where}: cites ${path}:${line}, a line the file does not have (it has ${lines.length})`,
      );
      return;
    }
    const origin = originOf(context.sources, path);
    const expected = origin ? sourceFileUrl(origin.source, origin.path, line) : undefined;
    if (url !== expected)
      problems.push(`${where}: the address of ${path}:${line} is ${expected ?? 'unknown'}, not ${url}`);
    const item = items.get(`${link.framework}:${link.item}`);
    if (!item) return;
    for (const claim of claimsOf(link, item, context, path, sectionsOf)) {
      if (!claim.holds(lines, line)) problems.push(`${where}: ${path}:${line} no longer says ${claim.says}`);
    }
  });
  return problems;
}

function claimsOf(
  link: FrameworkLink,
  item: FrameworkItem,
  context: BasisContext,
  path: string,
  sectionsOf: (path: string) => ReturnType<typeof parseItems>,
): Claim[] {
  const on = (offset: 0 | 1, pattern: RegExp, says: string): Claim => ({
    says,
    holds: (lines, line) => pattern.test(lines[line - 1 + offset] ?? ''),
  });
  const slugs = context.slugsOf(link.node);
  const goLink = (offset: 0 | 1): Claim => ({
    says: `a /go/ link to ${link.node}${offset ? ' on the line after it' : ''}`,
    holds: (lines, line) =>
      slugs.some((slug) =>
        new RegExp(`/go/${escape(slug)}(?![\\w-])`, 'i').test(lines[line - 1 + offset] ?? ''),
      ),
  });
  const inSection: Claim = {
    says: `it within the section of ${link.node}`,
    holds: (_lines, line) =>
      sectionsOf(path).some(
        (section) =>
          slugs.includes(section.slug) && line > section.line && line <= section.line + section.body.length,
      ),
  };
  const llm = link.via?.[0] ?? link.node;
  const onPageOf: Claim = {
    says: `it on the page of ${llm}`,
    holds: (lines) => {
      const page = parseLlmPage(path, lines.join('\n'));
      return page !== null && `${page.number}:2026` === llm;
    },
  };
  const id = (text: string) => on(0, identifier(text), `"${text}"`);

  switch (link.framework) {
    case 'eu-ai-act':
      return [on(0, regulationPattern(link.item), `"${item.label}"`), goLink(0)];
    case 'iso42001':
      return [on(0, /42001/, '"42001"'), id(link.item), inSection];
    case 'iso27002':
      return [on(0, /\bISO\b/, '"ISO"'), id(link.item), inSection];
    case 'ncsc':
      return [
        item.id.startsWith('dsit-p')
          ? on(
              0,
              new RegExp(`DSIT principle ${item.id.slice(6)}(?!\\d)`, 'i'),
              `"DSIT principle ${item.id.slice(6)}"`,
            )
          : on(0, new RegExp(escape(item.title.en)), `"${item.title.en}"`),
        goLink(1),
      ];
    case 'nist-ai-100-2':
      return [
        on(
          0,
          new RegExp(`NIST AI 100-2: sec\\. ${escape(link.item)}:`),
          `"NIST AI 100-2: sec. ${link.item}"`,
        ),
        inSection,
      ];
    case 'atlas':
      return path.startsWith('ai-exchange/') ? [id(link.item), inSection] : [id(link.item), onPageOf];
    case 'asi':
      return [id(link.item), onPageOf];
    case 'aisvs': {
      const mark = link.note?.includes('●') ? '●' : '○';
      return [
        on(0, new RegExp(`\\*\\*${escape(llm.split(':')[0]!)}\\*\\*`), `"**${llm.split(':')[0]}**"`),
        on(0, new RegExp(mark), `"${mark}"`),
      ];
    }
  }
}
