import { parse } from 'yaml';

import { goLinks } from './markdown';

/** An item of a Top 10 list as its own page names it. */
export interface Top10Page {
  /** `ML01`, `LLM08`. */
  number: string;
  /** The edition the page belongs to, when its heading says (`ML01:2023`, `LLM08:2026`). */
  edition?: string;
  title: string;
  /** The page's file name. */
  file: string;
  /** Line (1-based) of the name. */
  line: number;
}

export interface MlPage extends Top10Page {
  /** Exploitability, detectability, technical impact, as the front matter gives them. */
  risk: { exploitability: number; detectability: number; technical: number };
}

/** An ML Top 10 page: `title: ML06:2023 ML Supply Chain Attacks` and the risk factors of its front matter. */
export function parseMlPage(file: string, markdown: string): MlPage | null {
  const lines = markdown.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  const end = lines.indexOf('---', 1);
  if (end < 0) return null;
  const front = parse(lines.slice(1, end).join('\n')) as Record<string, unknown>;
  const match = /^(ML\d\d):(\d{4})\s+(.+)$/.exec(String(front.title ?? '').trim());
  if (!match) return null;
  const line = lines.findIndex((text) => text.startsWith('title:')) + 1;
  const factor = (key: string) => Number(front[key]);
  return {
    number: match[1]!,
    edition: match[2]!,
    title: match[3]!.trim(),
    file,
    line,
    risk: {
      exploitability: factor('exploitability'),
      detectability: factor('detectability'),
      technical: factor('technical'),
    },
  };
}

/** An LLM Top 10 item page, in any edition or language: its first heading, `## LLM08:2026 Hidden Context Exposure`. */
export function parseLlmPage(file: string, markdown: string): Top10Page | null {
  const lines = markdown.split(/\r?\n/);
  const index = lines.findIndex((line) => /^#{1,3}\s+LLM\d\d/.test(line));
  const match = /^#{1,3}\s+(LLM\d\d)(?::(\d{4}))?:?\s+(.+?)\s*$/.exec(lines[index] ?? '');
  if (!match) return null;
  return {
    number: match[1]!,
    ...(match[2] ? { edition: match[2] } : {}),
    title: match[3]!,
    file,
    line: index + 1,
  };
}

/** Where an item of one edition went in the next, from the 2026 report's chart: `L6 LLM07 … -> R7 LLM08 … : renamed`. */
export interface EditionMove {
  from: string;
  to: string;
  /** `unchanged`, `up`, `down`, `renamed`. */
  change: string;
  line: number;
}

export function parseEditionMoves(chart: string): EditionMove[] {
  return chart.split(/\r?\n/).flatMap((text, index) => {
    const match = /<!--\s*L\d+\s+(LLM\d\d)\b[^>]*?->\s*R\d+\s+(LLM\d\d)\b[^:>]*:\s*([\w-]+)\s*-->/.exec(text);
    return match ? [{ from: match[1]!, to: match[2]!, change: match[3]!, line: index + 1 }] : [];
  });
}

/** A row of the overview's GenAI table: the slugs it links and the LLM Top 10 items it names. */
export interface GenAiRow {
  row: number;
  line: number;
  slugs: string[];
  /** `LLM01`…, in the edition of the table. */
  items: string[];
}

/** The overview's table "GenAI security particularities | OWASP for LLM TOP 10 (2026)": its edition and rows. */
export function parseGenAiTable(
  overview: string,
): { edition: string; header: number; rows: GenAiRow[] } | null {
  const lines = overview.split(/\r?\n/);
  const header = lines.findIndex((line) => /^\|.*OWASP for LLM TOP 10 \((\d{4})\)/i.test(line));
  if (header < 0) return null;
  const edition = /OWASP for LLM TOP 10 \((\d{4})\)/i.exec(lines[header]!)![1]!;
  const rows: GenAiRow[] = [];
  for (let i = header + 1; i < lines.length && lines[i]!.startsWith('|'); i++) {
    const match = /^\|\s*(\d+)\s*\|/.exec(lines[i]!);
    if (!match) continue;
    const items = [...lines[i]!.matchAll(/OWASP for LLM (\d\d)\b/gi)].map(([, number]) => `LLM${number}`);
    rows.push({ row: Number(match[1]), line: i + 1, slugs: goLinks(lines[i]!), items: [...new Set(items)] });
  }
  return { edition, header: header + 1, rows };
}

/** A Top 10 item an OpenCRE block cites, with its line. */
export interface Top10Citation {
  list: 'ML' | 'LLM';
  number: string;
  edition: string;
  line: number;
}

/**
 * The ML and LLM Top 10 items an item's OpenCRE block cites (`OWASP Top10 for LLM: sec. LLM01:2026: …`), with the
 * line of each in the document; `firstLine` is the document line of `body[0]`.
 */
export function openCreTop10Citations(body: readonly string[], firstLine: number): Top10Citation[] {
  const start = body.findIndex((line) => line.includes('OPENCRE_SECTION_CRE_START'));
  const end = body.findIndex((line, index) => index > start && line.includes('OPENCRE_SECTION_CRE_END'));
  if (start < 0) return [];
  return body.flatMap((text, index) => {
    if (index <= start || (end >= 0 && index >= end)) return [];
    return [...text.matchAll(/OWASP Top10 for (ML|LLM): sec\. ((?:ML|LLM)\d\d):(\d{4})\b/g)].map(
      ([, list, number, edition]) => ({
        list: list as 'ML' | 'LLM',
        number: number!,
        edition: edition!,
        line: firstLine + index,
      }),
    );
  });
}
