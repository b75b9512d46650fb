import type { Verdict } from './budgets';

/** Prints the figures as a table, each budgeted one with its limit and whether it was met. */
export function printTable(
  machine: Readonly<Record<string, string | number>>,
  figures: Readonly<Record<string, number>>,
  verdicts: readonly Verdict[],
) {
  const byFigure = new Map(verdicts.map((verdict) => [verdict.figure, verdict]));
  const show = (value: number, unit?: string) =>
    unit === 'bytes' ? `${(value / 1024).toFixed(1)} KB` : `${value}${unit ? ` ${unit}` : ''}`;
  const unitOf = (name: string) =>
    name.endsWith('_bytes') ? 'bytes' : name.endsWith('_mb') ? 'MB' : name.includes('_ms') ? 'ms' : undefined;
  const rows = Object.entries(figures).map(([name, value]) => {
    const verdict = byFigure.get(name);
    const unit = unitOf(name);
    return [
      name,
      show(value, unit),
      verdict ? `≤ ${show(verdict.limit, verdict.unit)}` : '',
      verdict ? (verdict.met ? 'ok' : 'MISSED') : '',
    ];
  });
  const header = ['figure', 'value', 'budget', ''];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(`\n${Object.values(machine).join(' · ')}`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.forEach((row) => console.log(line(row)));
}
