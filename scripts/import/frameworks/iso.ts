import type { Coverage } from '../../../src/model/frameworks/schema';

import { plainText, shorten } from './found';

/**
 * Clause numbers of ISO/IEC 42001 (Annex B: `B.6.2.6`) and ISO/IEC 27002 (`5.9`, `8.15`) that an AI Exchange item's
 * text names, mostly in its "Useful standards include:" bullets, with the bullet's gap note: "Gap: covers this
 * control fully / partly / minimally". A bullet without a gap note of its own takes that of the bullet it sits
 * under; "Gap: idem" repeats the note of the bullet before it.
 */

export type IsoStandard = 'iso42001' | 'iso27002';

export interface ClauseMention {
  standard: IsoStandard;
  clause: string;
  /** 1-based line. */
  line: number;
  coverage?: Coverage;
  /** The gap note, shortened; without one, the line's words where they say more than the clause's name. */
  note?: string;
}

interface Gap {
  coverage?: Coverage;
  text: string;
}

const ANNEX_B = /(?<![\w.])B\.\d+(?:\.\d+)*(?![\w.]*\d)/g;
/** 27002:2022 numbers its controls 5.1–8.34; a dotted pair inside a longer number is not one. */
const CONTROL_27002 = /(?<![\d.])[5-8]\.\d{1,2}(?![\d]|\.\d)/g;

export function coverageOf(gap: string): Coverage | undefined {
  const said =
    /covers this control (fully|partly|partially|minimally)/i.exec(gap)?.[1] ??
    /\b(fully|partly|minimally)\b/i.exec(gap)?.[1];
  if (!said) return undefined;
  return { fully: 'full', partly: 'partial', partially: 'partial', minimally: 'minimal' }[
    said.toLowerCase() as 'fully' | 'partly' | 'partially' | 'minimally'
  ] as Coverage;
}

/** The clauses one line names, before its gap note: ISO 27002 controls and ISO/IEC 42001 Annex B clauses. */
export function clausesOf(text: string): { standard: IsoStandard; clause: string }[] {
  const named = text.split(/\bGap:/i)[0]!;
  const found: { standard: IsoStandard; clause: string }[] = [];
  if (/42001/.test(named)) {
    for (const [clause] of named.matchAll(ANNEX_B)) found.push({ standard: 'iso42001', clause });
  }
  if (/27002|\bISO\s+Controls?\b/i.test(named)) {
    for (const [clause] of named.replace(/\b27002(?::\d{4})?/g, '').matchAll(CONTROL_27002))
      found.push({ standard: 'iso27002', clause });
  }
  return found.filter(
    (mention, index) => found.findIndex((other) => other.clause === mention.clause) === index,
  );
}

/** A line that says what the clause does for the item ("briefly mentions…"), not only its name. */
const SAYS_MORE = /\b(?:mentions|refers|describes|discusses|defines|covers)\b/i;

const indentOf = (line: string) => /^\s*/.exec(line)![0].replace(/\t/g, '    ').length;

/** Every clause an item's lines name; `firstLine` is the 1-based line number of `body[0]`. */
export function clauseMentions(body: readonly string[], firstLine: number): ClauseMention[] {
  const mentions: ClauseMention[] = [];
  /** The bullets above the current one, with their gap notes. */
  let open: { indent: number; gap?: Gap }[] = [];
  let previous: Gap | undefined;
  body.forEach((line, index) => {
    const bullet = /^(\s*)-\s+(.*)$/.exec(line);
    if (!bullet) {
      if (line.trim() !== '' && indentOf(line) === 0) open = [];
    }
    const text = bullet ? bullet[2]! : line.trim();
    const indent = indentOf(line);
    let gap: Gap | undefined;
    const own = /\bGap:\s*(.*)$/i.exec(text)?.[1];
    if (bullet) {
      open = open.filter((entry) => entry.indent < indent);
      if (own !== undefined) {
        const idem = /^idem\b/i.test(own);
        gap = idem && previous ? previous : { coverage: coverageOf(own), text: plainText(own) };
      } else {
        gap = [...open].reverse().find((entry) => entry.gap)?.gap;
      }
      open.push({ indent, ...(gap ? { gap } : {}) });
      if (own !== undefined && gap) previous = gap;
    } else if (own !== undefined) {
      gap = { coverage: coverageOf(own), text: plainText(own) };
    }
    for (const { standard, clause } of clausesOf(text)) {
      mentions.push({
        standard,
        clause,
        line: firstLine + index,
        ...(gap?.coverage ? { coverage: gap.coverage } : {}),
        ...(gap
          ? { note: shorten(gap.text) }
          : SAYS_MORE.test(text)
            ? { note: shorten(plainText(text)) }
            : {}),
      });
    }
  });
  return mentions;
}
