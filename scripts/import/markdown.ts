/** Splits an AI Exchange document into its items: the headings followed by a Category and a Permalink line. */

export interface UpstreamItem {
  slug: string;
  /** Heading text without `#` marks, section numbers and a leading control `#`. */
  title: string;
  /** 1–6 from the heading; items without a heading (a page's root) get 1. */
  level: number;
  category: string;
  file: string;
  /** Line number (1-based) of the Permalink line. */
  line: number;
  /** Lines from after the Permalink line up to the next item's heading. */
  body: string[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const CATEGORY = /^\s*>\s*Category:\s*(.*?)\s*$/i;
const PERMALINK = /^\s*>\s*Permalink:\s*https?:\/\/owaspai\.org\/go\/([A-Za-z0-9_-]+)\/?\s*$/i;
const FRONT_MATTER_TITLE = /^title:\s*["']?(.*?)["']?\s*$/;

export function cleanTitle(raw: string): string {
  return raw
    .replace(/^#+\s*/, '')
    .replace(/^(?:Appendix:\s*)?\d+(?:\.\d+)*\.?\s+/, '')
    .replace(/^#/, '')
    .replace(/\s+-\s+introduction$/i, '')
    .trim();
}

function frontMatterTitle(lines: string[]): string | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  for (let i = 1; i < lines.length && lines[i]?.trim() !== '---'; i++) {
    const match = FRONT_MATTER_TITLE.exec(lines[i] ?? '');
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** Finds the heading an item belongs to: the last heading within the few lines above its Category line. */
function headingAbove(
  lines: string[],
  categoryIndex: number,
): { index: number; level: number; text: string } | null {
  for (let i = categoryIndex - 1; i >= 0 && i >= categoryIndex - 3; i--) {
    const line = lines[i] ?? '';
    const match = HEADING.exec(line);
    if (match) return { index: i, level: match[1]!.length, text: match[2]! };
    if (line.trim() !== '' && !line.startsWith('---')) return null;
  }
  return null;
}

export function parseItems(file: string, markdown: string): UpstreamItem[] {
  const lines = markdown.split(/\r?\n/);
  const pageTitle = frontMatterTitle(lines);
  const starts: {
    headingIndex: number;
    categoryIndex: number;
    level: number;
    title: string;
    category: string;
  }[] = [];
  lines.forEach((line, index) => {
    const category = CATEGORY.exec(line);
    if (!category) return;
    const heading = headingAbove(lines, index);
    starts.push({
      headingIndex: heading?.index ?? index,
      categoryIndex: index,
      level: heading?.level ?? 1,
      title: cleanTitle(heading?.text ?? pageTitle ?? ''),
      category: category[1]!.trim(),
    });
  });

  const items: UpstreamItem[] = [];
  starts.forEach((start, n) => {
    const permalinkIndex = start.categoryIndex + 1;
    const permalink = PERMALINK.exec(lines[permalinkIndex] ?? '');
    if (!permalink) return;
    const end = starts[n + 1]?.headingIndex ?? lines.length;
    items.push({
      slug: permalink[1]!.toLowerCase(),
      title: start.title,
      level: start.level,
      category: start.category,
      file,
      line: permalinkIndex + 1,
      body: lines.slice(permalinkIndex + 1, end),
    });
  });
  return items;
}

/** Every `/go/<slug>/` link in a piece of markdown or HTML, in order, lower-cased. */
export function goLinks(text: string): string[] {
  return [...text.matchAll(/\/go\/([A-Za-z0-9_-]+)\/?/g)].map((match) => match[1]!.toLowerCase());
}

/** Every permalink slug a document defines, items and discussion pages alike. */
export function definedSlugs(markdown: string): string[] {
  return markdown
    .split(/\r?\n/)
    .map((line) => PERMALINK.exec(line)?.[1]?.toLowerCase())
    .filter((slug): slug is string => Boolean(slug));
}
