import { goLinks } from '../markdown';

import { plainText, tableCells } from './found';

/**
 * The "AI regulatory mapping" table of the AI Exchange's compliance control (1_general_controls.md): each row
 * names obligations (EU AI Act articles, GDPR Art 22, NIS2 reporting) and the controls that serve them.
 */

export interface RegulationRef {
  /** `art14`, `art3(23)`, `gdpr-art22`, `nis2-art23`. */
  id: string;
  /** As people write it: `Art. 14`, `GDPR Art. 22`. */
  label: string;
  /** As the row writes it (`Art 14`, `NIS2`): words the row must still hold. */
  written: string;
}

export interface RegulatoryRow {
  /** 1-based line of the row. */
  line: number;
  /** The row's topic, without the section numbers of the document it quotes. */
  topic: string;
  regulations: RegulationRef[];
  /** Slugs of the controls the row's "Exchange security hook" links to. */
  slugs: string[];
  /** The hook's words besides the links ("Impact analysis as part of AI PROGRAM"), or '' when it is links only. */
  hook: string;
}

const ARTICLE = /\b(GDPR\s+)?Art\.?\s*(\d+)(\(\d+\))?|\bNIS2\b/g;

/** The regulations an "obligation" cell names; an article without a law before it is the EU AI Act's. */
export function regulationsOf(cell: string): RegulationRef[] {
  return [...cell.matchAll(ARTICLE)].map(([written, gdpr, number, paragraph]) => {
    if (written === 'NIS2') return { id: 'nis2-art23', label: 'NIS2 Art. 23', written };
    const article = `${number}${paragraph ?? ''}`;
    return gdpr
      ? { id: `gdpr-art${article}`, label: `GDPR Art. ${article}`, written }
      : { id: `art${article}`, label: `Art. ${article}`, written };
  });
}

export function parseRegulatoryMapping(markdown: string): RegulatoryRow[] {
  const lines = markdown.split(/\r?\n/);
  const heading = lines.findIndex((line) => /^\*\*AI regulatory mapping\*\*\s*$/.test(line.trim()));
  if (heading < 0) return [];
  const rows: RegulatoryRow[] = [];
  let inTable = false;
  for (let index = heading + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line.trim().startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const [topic = '', obligation = '', hook = ''] = tableCells(line);
    if (/^:?-+/.test(topic) || /^Topic\b/i.test(topic)) continue;
    const hookWords = plainText(hook.replace(/\[[^\]]*\]\([^)]*\)/g, '')).replace(/^[—–-]$/, '');
    rows.push({
      line: index + 1,
      topic: plainText(topic.replace(/\s*\([\d.,\s]+(?:overlay)?\)\s*$/, '')),
      regulations: regulationsOf(obligation),
      slugs: [...new Set(goLinks(hook))],
      hook: /[A-Za-z]/.test(hookWords) ? plainText(hook) : '',
    });
  }
  return rows;
}
