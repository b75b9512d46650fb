/**
 * Cytoscape wraps labels only at spaces (and zero-width spaces). Japanese has no spaces, so a
 * zero-width space goes between CJK characters, except where Japanese line breaking forbids a
 * break (before closing brackets, small kana and punctuation; after opening brackets). Latin
 * words inside stay whole.
 */

const ZWSP = '\u200b';
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const NO_BREAK_BEFORE =
  /[、。，．・：；！？）」』】〕〉》ーヽヾゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)\]}.,:;!?]/u;
const NO_BREAK_AFTER = /[（「『【〔〈《([{]/u;
const SPACE = /\s/u;

export function withLineBreaks(text: string): string {
  const characters = [...text];
  let result = '';
  characters.forEach((character, index) => {
    result += character;
    const next = characters[index + 1];
    if (
      next !== undefined &&
      (CJK.test(character) || CJK.test(next)) &&
      !SPACE.test(character) &&
      !SPACE.test(next) &&
      !NO_BREAK_BEFORE.test(next) &&
      !NO_BREAK_AFTER.test(character)
    ) {
      result += ZWSP;
    }
  });
  return result;
}
