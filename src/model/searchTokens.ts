/**
 * Tokens for search. Words are lower-cased after NFKC normalisation (full-width letters and half-width
 * katakana become their usual forms). Identifiers such as `AML.T0015` or `ML01:2023` are kept whole as well
 * as split. Japanese has no spaces, so CJK runs become overlapping character pairs (bigrams) plus the last
 * character alone: every character then starts some token, and with prefix search any substring of a
 * Japanese title finds it.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC\u3005]/u;
const COMPOUND = /[\p{L}\p{N}]+(?:[.:_/-][\p{L}\p{N}]+)+/gu;
const WORD = /[\p{L}\p{N}\p{M}\u30FC]+/gu;

export function tokenize(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  const tokens: string[] = [];
  for (const [compound] of normalized.matchAll(COMPOUND)) {
    if (!CJK.test(compound)) tokens.push(compound);
  }
  for (const [word] of normalized.matchAll(WORD)) {
    for (const run of splitScripts(word)) {
      if (!CJK.test(run)) tokens.push(run);
      else tokens.push(...bigrams(run));
    }
  }
  return tokens;
}

/** Splits a word where it switches between CJK and other scripts: `aiガバナンス` → `ai`, `ガバナンス`. */
function splitScripts(word: string): string[] {
  const runs: string[] = [];
  let current = '';
  let currentIsCjk = false;
  for (const char of word) {
    const cjk = CJK.test(char);
    if (current !== '' && cjk !== currentIsCjk) {
      runs.push(current);
      current = '';
    }
    current += char;
    currentIsCjk = cjk;
  }
  if (current !== '') runs.push(current);
  return runs;
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  return [...chars.slice(0, -1).map((char, i) => char + chars[i + 1]), ...chars.slice(-1)];
}

export function isCjkToken(token: string): boolean {
  return CJK.test(token);
}
