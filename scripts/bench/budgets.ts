/**
 * The performance budgets (README, "Performance budgets"). Each is checked against one figure of the results;
 * `npm run bench` exits non-zero when one is missed.
 */

export interface Budget {
  /** Key in bench/results.json `figures`. */
  figure: string;
  limit: number;
  unit: 'bytes' | 'ms' | 'MB';
  what: string;
}

export const BUDGETS: readonly Budget[] = [
  {
    figure: 'first_view_gzip_bytes',
    limit: 300 * 1024,
    unit: 'bytes',
    what: 'first view: JS + CSS + data before the graph is drawn, gzip',
  },
  { figure: 'first_graph_ms', limit: 700, unit: 'ms', what: 'navigation start → graph drawn, median' },
  {
    figure: 'filter_ms_median',
    limit: 16,
    unit: 'ms',
    what: 'filter change → graph and list updated, median',
  },
  {
    figure: 'filter_ms_5k_median',
    limit: 100,
    unit: 'ms',
    what: '5,000 nodes: filter change → graph and list updated, median',
  },
  {
    figure: 'longest_task_ms_5k',
    limit: 200,
    unit: 'ms',
    what: '5,000 nodes: longest task after first paint (load and filter changes)',
  },
  {
    figure: 'heap_growth_mb',
    limit: 1,
    unit: 'MB',
    what: 'heap growth over a second round of 200 filter changes, after garbage collection (a leak)',
  },
];

export interface Verdict extends Budget {
  value: number;
  met: boolean;
}

export function checkBudgets(figures: Readonly<Record<string, number>>): Verdict[] {
  return BUDGETS.map((budget) => {
    const value = figures[budget.figure] ?? Number.NaN;
    return { ...budget, value, met: Number.isFinite(value) && value <= budget.limit };
  });
}
