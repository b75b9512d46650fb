import { type Figures, ratio, type Verdict } from './budgets';

const unitOf = (name: string) =>
  name.endsWith('_bytes') ? 'bytes' : name.endsWith('_mb') ? 'MB' : name.includes('_ms') ? 'ms' : '';

function show(value: number | undefined, unit: string): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
  return `${value.toLocaleString('en')}${unit ? ` ${unit}` : ''}`;
}

/**
 * Prints every figure of the app with the floor's beside it (the figure a ratio budget divides by, else the floor's
 * figure of the same name), their ratio, and the budget with whether it was met.
 */
export function printTable(
  machine: Readonly<Record<string, string | number>>,
  figures: Figures,
  verdicts: readonly Verdict[],
) {
  const byFigure = new Map(verdicts.map((verdict) => [verdict.figure, verdict]));
  const rows = Object.entries(figures.app).map(([name, value]) => {
    const verdict = byFigure.get(name);
    const unit = unitOf(name);
    const floorName = verdict?.kind === 'ratio' ? verdict.floorFigure : name;
    const floor = figures.floor[floorName];
    // No ratio to a floor of 0 (a floor page with no long task at all).
    const shownRatio = floor === undefined || floor <= 0 ? '' : `${ratio(value, floor).toFixed(2)}×`;
    const limit = !verdict
      ? ''
      : verdict.kind === 'ratio'
        ? `≤ ${verdict.limit}× floor`
        : `≤ ${show(verdict.limit, verdict.unit)}`;
    const label = floorName === name || floor === undefined ? name : `${name} (floor: ${floorName})`;
    return [
      label,
      show(value, unit),
      show(floor, unit),
      shownRatio,
      limit,
      verdict ? (verdict.met ? 'ok' : 'MISSED') : '',
    ];
  });
  const header = ['figure', 'app', 'floor', 'ratio', 'budget', ''];
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i >= 1 && i <= 3 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(`\n${Object.values(machine).join(' · ')}`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.forEach((row) => console.log(line(row)));
}
