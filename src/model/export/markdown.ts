import type { Language } from '../vocabulary';

/**
 * Escaping user text for Markdown (CommonMark and GitHub-flavoured): characters that start emphasis, code, links,
 * HTML, entities, tables or headings are backslash-escaped, and a line that would start a list, quote, heading or
 * rule is escaped at its start. Bare URLs may still be turned into links by the renderer.
 */

const INLINE_SPECIAL = /[\\`*_[\]<>|~&#]/g;
const LIST_OR_RULE_START = /^[-+=]/;
const ORDERED_LIST_START = /^(\d+)([.)])/;

/** One line of text (line breaks become spaces), safe to place inside a Markdown line. */
export function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(INLINE_SPECIAL, '\\$&');
}

/** Multi-line text as lines safe to place at the start of a Markdown line (e.g. after `> `); blank lines kept. */
export function escapeLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\t ]+/g, ' ').trim())
    .map((line) =>
      line
        .replace(INLINE_SPECIAL, '\\$&')
        .replace(LIST_OR_RULE_START, '\\$&')
        .replace(ORDERED_LIST_START, '$1\\$2'),
    );
}

/** How a line of an exported list adds its details: in brackets after it, separated as each language separates. */
export const DETAIL_BRACKETS: Readonly<
  Record<Language, readonly [open: string, separator: string, close: string]>
> = {
  en: [' (', ', ', ')'],
  ja: ['（', '、', '）'],
};
