import { goLinks } from '../markdown';

import { plainText } from './found';

/** A control linked on a line, with the words that lead up to it when there are some ("Part of"). */
export interface LinkPhrase {
  slug: string;
  /** "Part of SECURITY PROGRAM", "See Risk analysis under SECURITY PROGRAM"; absent for a bare link in a list. */
  phrase?: string;
}

const LINK = /\[([^\]]*)\]\(([^)]*)\)/g;

/**
 * The controls a line links to, in order, once each, with the words before each link since the last comma
 * ("Part of", "also involving"); a link after a bare "and" shares the words of the link before it.
 */
export function linkPhrases(line: string): LinkPhrase[] {
  const found: LinkPhrase[] = [];
  let from = 0;
  let lead = '';
  for (const match of line.matchAll(LINK)) {
    const before = line.slice(from, match.index).split(/[,;:]/).pop() ?? '';
    from = match.index + match[0].length;
    const words = plainText(before).replace(/^[#\s]+|[#\s]+$/g, '');
    const slug = goLinks(match[2]!)[0];
    if (!slug || found.some((link) => link.slug === slug)) continue;
    if (!/^and$/i.test(words)) lead = plainText(words.replace(/^and\s+/i, ''));
    const label = plainText(match[1]!).replace(/^#/, '');
    found.push({ slug, ...(/[a-z]/i.test(lead) ? { phrase: capitalised(`${lead} ${label}`) } : {}) });
  }
  return found;
}

/**
 * The `jointguidelines` section of the AI Exchange overview: the UK NCSC / US CISA joint guidelines for secure AI
 * system development, four parts of a few guidelines each, every guideline followed by a line of the controls
 * that serve it; and the DSIT Code of Practice principles, named beside the guidelines they build on.
 */

export interface DsitMention {
  principle: number;
  /** The principle's name where the text gives it ("called …", "…: name", "… - name"). */
  title?: string;
}

export interface Guideline {
  /** `1.1`: the part's number and the guideline's place in it (the guidelines themselves are not numbered). */
  id: string;
  part: string;
  title: string;
  /** 1-based line of the guideline. */
  line: number;
  dsit: DsitMention[];
  /** The line of controls below it, when there is one. */
  controls?: { line: number; links: LinkPhrase[] };
}

export interface JointGuidelines {
  guidelines: Guideline[];
  /** DSIT principles the text names on their own ("Principle 10: …"), with their line. */
  principles: { principle: number; title: string; line: number }[];
}

const PART = /^(\d)\.\s+(.+?)\s*$/;
const BULLET = /^-\s+(.+?)\s*$/;
const DSIT =
  /(?:similar to\s+)?DSIT principle (\d+)(?:(?:, called|:|\s+-)\s+([^)]+?))?(?=\s+and\s+(?:similar|DSIT)|\)|$)/g;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The DSIT principles a guideline's parenthesis names: `(DSIT principle 4, called Enable human responsibility…)`. */
export function dsitMentions(text: string): DsitMention[] {
  const parenthesis = /\(([^()]*DSIT principle[^()]*)\)/.exec(text)?.[1] ?? '';
  return [...parenthesis.matchAll(DSIT)].map(([, number, title]) => ({
    principle: Number(number),
    ...(title ? { title: capitalised(title.trim()) } : {}),
  }));
}

export function parseJointGuidelines(markdown: string): JointGuidelines | null {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) =>
    /Permalink:\s*https:\/\/owaspai\.org\/go\/jointguidelines\/?\s*$/.test(line),
  );
  if (start < 0) return null;
  const result: JointGuidelines = { guidelines: [], principles: [] };
  let part: { number: string; count: number } | null = null;
  for (let index = start + 1; index < lines.length && !/^#{1,3}\s/.test(lines[index]!); index++) {
    const line = lines[index]!;
    const partMatch = PART.exec(line);
    if (partMatch) {
      part = { number: partMatch[1]!, count: 0 };
      continue;
    }
    const bullet = BULLET.exec(line);
    if (!bullet) continue;
    if (!part) {
      const principle = /^Principle (\d+):\s*(.+)$/.exec(bullet[1]!);
      if (principle)
        result.principles.push({ principle: Number(principle[1]), title: principle[2]!, line: index + 1 });
      continue;
    }
    part.count += 1;
    const text = bullet[1]!.replace(/:\s*$/, '');
    const guideline: Guideline = {
      id: `${part.number}.${part.count}`,
      part: part.number,
      title: text.replace(/\s*\([^()]*DSIT principle[^()]*\)\s*/, '').trim(),
      line: index + 1,
      dsit: dsitMentions(text),
    };
    const next = lines[index + 1] ?? '';
    if (/^\s{2,}\S/.test(next)) {
      guideline.controls = { line: index + 2, links: linkPhrases(next) };
    }
    result.guidelines.push(guideline);
  }
  return result;
}
