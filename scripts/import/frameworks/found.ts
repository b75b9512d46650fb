import type { Coverage, FrameworkId } from '../../../src/model/frameworks/schema';

/**
 * What a source says about one framework item and one Exchange item, before slugs are resolved to nodes: the
 * line it says it on, and the words on that line (or the next) that say it, which `data:check` looks for again.
 */
export interface FoundLink {
  framework: FrameworkId;
  item: string;
  /** A `/go/<slug>/` slug as written, or a node id (`LLM01:2026`) where the source names a Top 10 item. */
  target: string;
  coverage?: Coverage;
  note?: string;
  file: string;
  line: number;
}

/** Words the basis line of a link says (`offset` 1: the line after it), checked again by `data:check`. */
export interface Claim {
  offset: 0 | 1;
  text: string;
}

/** Text of a markdown fragment as read: links as their labels, `#` marks of control names and emphasis dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/#(?=[A-Z[])/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A note of at most `max` characters, cut at a word and marked with an ellipsis when shortened. */
export function shorten(text: string, max = 140): string {
  const clean = text
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:-]+$/, '')
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:-]+$/, '')}…`;
}

/** The cells of a markdown table row, trimmed: `| a | b |` → ['a', 'b']. */
export function tableCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
}
