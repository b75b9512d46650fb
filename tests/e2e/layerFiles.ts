/**
 * Layer files made up for the browser tests and the benchmark (scripts/bench/hugeLayer.ts): `n` control entries
 * `x0` … `x<n-1>`, none of them an id of the data set, each with `status`.
 */
export function manyEntryLayer(n: number, status: string): string {
  const controls: Record<string, { status: string }> = {};
  for (let i = 0; i < n; i++) controls[`x${i}`] = { status };
  return JSON.stringify({
    format: 'ai-security-navigator-layer',
    version: 1,
    name: 'Huge',
    created: '2026-01-01T00:00:00Z',
    modified: '2026-01-01T00:00:00Z',
    dataVersion: '0'.repeat(40),
    controls,
    threats: {},
  });
}
