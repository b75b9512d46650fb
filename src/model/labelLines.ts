import { FIRST_CHAR, LABEL_METRICS } from './labelMetrics';
import type { Language } from './vocabulary';

/**
 * The lines a name is drawn in on the graph, worked out once, here, for both the canvas and the picture the page
 * shows before the canvas is ready (docs/graph.md, "Visual language"): the two then break every name in the
 * same places, whatever the browser, and the picture of the first view can be made when the app is built.
 *
 * Lines break where Cytoscape breaks them: at spaces and at the zero-width spaces `withLineBreaks` puts between
 * Japanese words; a word longer than a line stays whole. Widths come from tables measured in the graph's fonts
 * (src/model/labelMetrics.ts: DejaVu Sans, the widest common system face, and Noto Sans CJK JP), so a line that
 * fits there fits in the narrower faces of other systems too; kana and kanji are a full em wide.
 */

export interface LabelFont {
  language: Language;
  bold: boolean;
  /** In pixels at zoom 1. */
  size: number;
}

/** The size the tables were measured at. */
const TABLE_SIZE = 12;
const ZWSP = '\u200b';
const SEPARATORS = /([\s\u200b]+)/u;

/**
 * How wide `text` is drawn in `font`, in pixels at zoom 1. A character the tables lack counts as a full em: exact for
 * kana and kanji, more than enough for anything else.
 */
export function textWidth(text: string, font: LabelFont): number {
  const table = LABEL_METRICS[`${font.language}-${font.bold ? 'bold' : 'normal'}`];
  let width = 0;
  for (const char of text) {
    if (char === ZWSP) continue;
    const code = char.codePointAt(0)!;
    width += (code >= FIRST_CHAR ? table[code - FIRST_CHAR] : undefined) ?? TABLE_SIZE;
  }
  return (width * font.size) / TABLE_SIZE;
}

/**
 * `text` broken into lines no wider than `maxWidth` (its own line breaks kept). The bound leaves Cytoscape, which
 * measures a line as a whole and rounds its width up to a pixel, no reason to break a line again.
 */
export function labelLines(text: string, maxWidth: number, font: LabelFont): string[] {
  const limit = Math.floor(maxWidth) - 0.5;
  const space = textWidth(' ', font);
  return text.split('\n').flatMap((line) => {
    if (textWidth(line, font) <= limit) return [line.replaceAll(ZWSP, '')];
    const lines: string[] = [];
    let current = '';
    // Widths add up character by character, so a line's width is its words' and spaces' widths added.
    let currentWidth = 0;
    // Words at even indexes, the separators after them at odd ones.
    const parts = line.split(SEPARATORS);
    for (let i = 0; i < parts.length; i += 2) {
      const word = parts[i]!;
      if (word === '') continue;
      const spaced = i > 0 && parts[i - 1]!.replaceAll(ZWSP, '') !== '';
      const wordWidth = textWidth(word, font);
      const joinedWidth = currentWidth + (spaced ? space : 0) + wordWidth;
      if (current === '' || joinedWidth <= limit) {
        current = current === '' ? word : current + (spaced ? ' ' : '') + word;
        currentWidth = current === word ? wordWidth : joinedWidth;
      } else {
        lines.push(current);
        current = word;
        currentWidth = wordWidth;
      }
    }
    if (current !== '') lines.push(current);
    return lines;
  });
}
