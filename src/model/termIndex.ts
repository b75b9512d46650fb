import { isTop10 } from './nodeKinds';
import type { NavNode } from './schema';
import type { Language } from './vocabulary';

/**
 * A book-style index of the nodes: every title in both languages, every alias and every Top 10 number is an
 * entry, sorted alphabetically under a heading. Latin terms go under their initial letter; Japanese terms under
 * the kana row of their first character (ア, カ, サ, …) or, when they start with a kanji, under one kanji
 * heading (the data has no readings to sort kanji by sound; the Japanese collation orders them).
 */

export type TermSource = 'title' | 'alias' | 'number';
export type SectionScript = 'latin' | 'kana' | 'kanji';

export interface IndexEntry {
  /** Unique within the index. */
  key: string;
  term: string;
  lang: Language;
  source: TermSource;
  node: NavNode;
}

export interface IndexSection {
  /** A letter, a kana row (`カ`), `#` for digits and symbols, or `kanji`. */
  heading: string;
  script: SectionScript;
  entries: IndexEntry[];
}

const KANA_ROWS: readonly (readonly [string, string])[] = [
  ['ア', 'アイウエオ'],
  ['カ', 'カキクケコ'],
  ['サ', 'サシスセソ'],
  ['タ', 'タチツテト'],
  ['ナ', 'ナニヌネノ'],
  ['ハ', 'ハヒフヘホ'],
  ['マ', 'マミムメモ'],
  ['ヤ', 'ヤユヨ'],
  ['ラ', 'ラリルレロ'],
  ['ワ', 'ワヰヱヲン'],
];
const SMALL_KANA: Record<string, string> = {
  ァ: 'ア',
  ィ: 'イ',
  ゥ: 'ウ',
  ェ: 'エ',
  ォ: 'オ',
  ッ: 'ツ',
  ャ: 'ヤ',
  ュ: 'ユ',
  ョ: 'ヨ',
  ヮ: 'ワ',
  ヵ: 'カ',
  ヶ: 'ケ',
};
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN = /\p{Script=Latin}/u;

/** The index of `nodes`; in Japanese the Japanese headings come first, as in a Japanese book. */
export function termIndex(nodes: readonly NavNode[], uiLanguage: Language): IndexSection[] {
  const sections = new Map<string, IndexSection>();
  for (const entry of nodes.flatMap(entriesOf)) {
    const { heading, script } = headingOf(entry.term);
    let section = sections.get(heading);
    if (!section) {
      section = { heading, script, entries: [] };
      sections.set(heading, section);
    }
    section.entries.push(entry);
  }
  const latin = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const japanese = new Intl.Collator('ja', { numeric: true });
  for (const section of sections.values()) {
    const collator = section.script === 'latin' ? latin : japanese;
    section.entries.sort((a, b) => collator.compare(a.term, b.term) || a.node.order - b.node.order);
  }
  const rank = (section: IndexSection) => {
    const scriptRank = { latin: 0, kana: 1, kanji: 2 }[section.script];
    const order = uiLanguage === 'ja' ? (scriptRank + 2) % 3 : scriptRank;
    if (section.script === 'kana')
      return order * 100 + KANA_ROWS.findIndex(([row]) => row === section.heading);
    return order * 100 + (section.heading === '#' ? -1 : 0);
  };
  return [...sections.values()].sort((a, b) => rank(a) - rank(b) || latin.compare(a.heading, b.heading));
}

/** Sections with only the entries whose term (or node id) contains `query`; kana and width are folded. */
export function filterIndex(sections: readonly IndexSection[], query: string): IndexSection[] {
  const wanted = fold(query).trim();
  if (wanted === '') return [...sections];
  return sections
    .map((section) => ({
      ...section,
      entries: section.entries.filter(
        (entry) => fold(entry.term).includes(wanted) || fold(entry.node.id).includes(wanted),
      ),
    }))
    .filter((section) => section.entries.length > 0);
}

/** NFKC, lower case, hiragana as katakana: `ぽいずん` finds `ポイズン`, `ＡＩ` finds `ai`. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));
}

function entriesOf(node: NavNode): IndexEntry[] {
  const terms: { term: string; lang: Language; source: TermSource }[] = [
    { term: node.title.en, lang: 'en', source: 'title' },
    { term: node.title.ja, lang: 'ja', source: 'title' },
    ...[...node.aliases, ...(node.aliasesJa ?? [])].map((alias) => ({
      term: alias,
      lang: languageOf(alias),
      source: 'alias' as const,
    })),
  ];
  if (isTop10(node)) terms.push({ term: node.id, lang: 'en', source: 'number' });
  const seen = new Set<string>();
  return terms
    .filter(({ term }) => !seen.has(term) && !!seen.add(term))
    .map((term) => ({ ...term, key: `${node.id}|${term.source}|${term.term}`, node }));
}

function languageOf(text: string): Language {
  return HAN.test(text) || KANA.test(text) ? 'ja' : 'en';
}

function headingOf(term: string): { heading: string; script: SectionScript } {
  const first = Array.from(fold(term).trim())[0] ?? '';
  if (LATIN.test(first)) {
    const letter = first.normalize('NFD').charAt(0).toUpperCase();
    return { heading: /[A-Z]/.test(letter) ? letter : '#', script: 'latin' };
  }
  if (KANA.test(first)) {
    const plain = first.normalize('NFD').charAt(0);
    const large = SMALL_KANA[plain] ?? plain;
    const row = KANA_ROWS.find(([, members]) => members.includes(large));
    if (row) return { heading: row[0], script: 'kana' };
  }
  if (HAN.test(first)) return { heading: 'kanji', script: 'kanji' };
  return { heading: '#', script: 'latin' };
}
