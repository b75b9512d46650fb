/**
 * Cytoscape wraps labels only at spaces (and zero-width spaces). Japanese has no spaces, so a zero-width space
 * goes between its words, as the browser's word segmenter finds them (a run of katakana counts as one word, as
 * the segmenter cuts loan words into pieces), and between the characters of a word too long for a line. Japanese
 * line breaking rules are kept (no break before closing brackets, small kana and punctuation, nor after opening
 * brackets); Latin words inside stay whole. Without a segmenter, breaks go between any two characters.
 */

const ZWSP = '\u200b';
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const KATAKANA = /^[\u30a0-\u30ff]+$/u;
const NO_BREAK_BEFORE =
  /[、。，．・：；！？）」』】〕〉》ーヽヾゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)\]}.,:;!?]/u;
const NO_BREAK_AFTER = /[（「『【〔〈《([{]/u;
const SPACE = /\s/u;
/** A word longer than this many characters (about a line of a node) may break inside. */
const LONG_WORD = 10;

let segmenter: Intl.Segmenter | null | undefined;

function words(text: string): string[] {
  if (segmenter === undefined)
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('ja', { granularity: 'word' })
        : null;
  if (!segmenter) return [...text];
  const merged: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const last = merged.at(-1);
    if (last !== undefined && KATAKANA.test(last) && KATAKANA.test(segment))
      merged[merged.length - 1] = last + segment;
    else merged.push(segment);
  }
  return merged;
}

function mayBreak(before: string, after: string): boolean {
  return (
    (CJK.test(before) || CJK.test(after)) &&
    !SPACE.test(before) &&
    !SPACE.test(after) &&
    !NO_BREAK_BEFORE.test(after) &&
    !NO_BREAK_AFTER.test(before)
  );
}

export function withLineBreaks(text: string): string {
  if (!CJK.test(text)) return text;
  let result = '';
  for (const word of words(text)) {
    const characters = [...word];
    const long = characters.length > LONG_WORD;
    characters.forEach((character, index) => {
      const previous = index > 0 ? characters[index - 1] : [...result].at(-1);
      // Between words, or inside a word too long for a line.
      if (previous !== undefined && (index === 0 || long) && mayBreak(previous, character)) result += ZWSP;
      result += character;
    });
  }
  return result;
}
