import { goLinks } from './markdown';

export interface PeriodicRow {
  /** The "Asset & Impact" cell as written. */
  impact: string;
  /** The "Attack surface with lifecycle" cell as written. */
  surface: string;
  /** Text of the threat cell, and the threat it links to (none for the generic rows). */
  threatText: string;
  threat: string | null;
  controls: string[];
}

const TABLE_AFTER_HEADING = /^###\s+Periodic table of AI security/m;

function cells(row: string): { text: string; html: string; rowspan: number }[] {
  return [...row.matchAll(/<td(?:\s+rowspan="(\d+)")?>([\s\S]*?)<\/td>/g)].map((match) => ({
    rowspan: Number(match[1] ?? 1),
    html: match[2]!,
    text: match[2]!
      .replace(/<[^>]*>?/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

/** Rows of the overview's Periodic table: impact × attack surface × threat → controls (rowspans resolved). */
export function parsePeriodicTable(overview: string): PeriodicRow[] {
  const start = overview.search(TABLE_AFTER_HEADING);
  if (start < 0) return [];
  const table = overview.slice(start, overview.indexOf('</table>', start));
  const body = table.slice(table.indexOf('<tbody>'));
  const rows: PeriodicRow[] = [];
  let impact = { text: '', left: 0 };
  let surface = { text: '', left: 0 };
  for (const [row] of body.matchAll(/<tr>[\s\S]*?<\/tr>/g)) {
    const tds = cells(row);
    if (impact.left === 0) {
      const cell = tds.shift();
      impact = { text: cell?.text ?? '', left: cell?.rowspan ?? 1 };
    }
    if (surface.left === 0) {
      const cell = tds.shift();
      surface = { text: cell?.text ?? '', left: cell?.rowspan ?? 1 };
    }
    const [threatCell, controlsCell] = tds;
    impact.left--;
    surface.left--;
    if (!threatCell || !controlsCell) continue;
    rows.push({
      impact: impact.text,
      surface: surface.text,
      threatText: threatCell.text,
      threat: goLinks(threatCell.html)[0] ?? null,
      controls: [...new Set(goLinks(controlsCell.html))],
    });
  }
  return rows;
}
