/**
 * The "Related Frameworks and Taxonomies" section of an LLM Top 10 2026 item page: table rows naming OWASP Agentic
 * Top 10 items (`ASI01 — Agent Goal Hijack`) and MITRE ATLAS techniques (`AML.T0051.000 — …`), with their line.
 * The 2026 pages lay it out in two ways: one table per framework under a bold name, or one table with a framework
 * column; either way the identifier starts a cell.
 */

export interface RelatedRow {
  framework: 'asi' | 'atlas';
  id: string;
  /** The name the row gives. */
  name: string;
  /** 1-based line. */
  line: number;
}

const ID_CELL = /^\[?(ASI\d{2}|AML\.[TM]\d{4}(?:\.\d{3})?)\s+[—–-]\s+([^\]]+?)\]?(?:\(https?:[^)]*\))?$/;

export function relatedFrameworkRows(markdown: string): RelatedRow[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => /^#{2,4}\s+Related Frameworks/i.test(line));
  if (start < 0) return [];
  const rows: RelatedRow[] = [];
  for (let index = start + 1; index < lines.length && !/^#{1,4}\s/.test(lines[index]!); index++) {
    const line = lines[index]!;
    if (!line.trim().startsWith('|')) continue;
    for (const cell of line.split('|').map((text) => text.trim())) {
      const match = ID_CELL.exec(cell);
      if (!match) continue;
      rows.push({
        framework: match[1]!.startsWith('ASI') ? 'asi' : 'atlas',
        id: match[1]!,
        name: match[2]!.trim(),
        line: index + 1,
      });
      break;
    }
  }
  return rows;
}
