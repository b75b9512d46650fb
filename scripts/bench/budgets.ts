/**
 * The performance budgets (docs/performance.md). Most are ratios: a figure of the app over the same figure of the
 * floor page (React and Cytoscape alone, scripts/bench/floor/), measured in the same run, loads and interactions
 * alternating, so that a busy hour or a browser update moves both. A few are absolute limits. `npm run bench`
 * exits non-zero when one is missed; its smoke run (`--smoke`) only when one is missed by half as much again.
 */

export interface RatioBudget {
  kind: 'ratio';
  /** The app's figure (a key of `figures.app` in bench/results.json). */
  figure: string;
  /** The floor's figure it is divided by (a key of `figures.floor`). */
  floorFigure: string;
  limit: number;
  what: string;
}

export interface AbsoluteBudget {
  kind: 'absolute';
  /** A key of `figures.app`. */
  figure: string;
  limit: number;
  unit: 'ms' | 'MB';
  what: string;
}

export type Budget = RatioBudget | AbsoluteBudget;

export const BUDGETS: readonly Budget[] = [
  {
    kind: 'ratio',
    figure: 'on_screen_ms',
    floorFigure: 'first_graph_ms',
    limit: 0.6,
    what: 'graph on screen: navigation start → the graph painted (its picture, or the canvas), median',
  },
  {
    kind: 'ratio',
    figure: 'interactive_ms',
    floorFigure: 'first_graph_ms',
    limit: 1.2,
    what: 'graph interactive: navigation start → the canvas drawn and answering clicks, median',
  },
  {
    kind: 'ratio',
    figure: 'filter_ms_median',
    floorFigure: 'filter_ms_median',
    limit: 1.2,
    what: 'filter change: click → graph and list updated, painted, median (the floor: a class toggled)',
  },
  {
    kind: 'ratio',
    figure: 'select_ms_median',
    floorFigure: 'select_ms_median',
    limit: 1.2,
    what: 'selection: press on a node → its details painted, median (the floor: its title in a panel)',
  },
  {
    kind: 'ratio',
    figure: 'first_view_gzip_bytes',
    floorFigure: 'first_view_gzip_bytes',
    limit: 1.3,
    what: 'first view: HTML, JS, CSS and data received by the time the canvas is interactive, gzip',
  },
  {
    kind: 'ratio',
    figure: 'filter_ms_5k_median',
    floorFigure: 'filter_ms_5k_median',
    limit: 1.2,
    what: '5,000 nodes: filter change → graph and list updated, painted, median (the floor: a class toggled)',
  },
  {
    kind: 'absolute',
    figure: 'longest_task_ms_5k',
    limit: 200,
    unit: 'ms',
    what: '5,000 nodes: longest task after first paint (load and filter changes)',
  },
  {
    kind: 'absolute',
    figure: 'huge_layer_longest_task_ms',
    limit: 200,
    unit: 'ms',
    what: 'a 100,000-entry layer by link or file: longest task until its refusal is shown, in any opening',
  },
  {
    kind: 'absolute',
    figure: 'huge_layer_shown_ms',
    limit: 3000,
    unit: 'ms',
    what: 'a 100,000-entry layer by link or file: opened → its refusal shown, median of the openings',
  },
  {
    kind: 'absolute',
    figure: 'heap_objects_growth_mb',
    limit: 1,
    unit: 'MB',
    what: 'heap growth over a second round of 200 filter changes, after garbage collection, compiled code aside (a leak)',
  },
];

export type Verdict = Budget & {
  /** The ratio, or the absolute figure. */
  value: number;
  met: boolean;
};

export interface Figures {
  app: Readonly<Record<string, number>>;
  floor: Readonly<Record<string, number>>;
}

/** `tolerance` 1.5 lets a figure be half as much again over its limit (the smoke run's few rounds are noisy). */
export function checkBudgets(figures: Figures, tolerance = 1): Verdict[] {
  return BUDGETS.filter((budget) => budget.figure in figures.app).map((budget) => {
    const value =
      budget.kind === 'ratio'
        ? ratio(figures.app[budget.figure], figures.floor[budget.floorFigure])
        : (figures.app[budget.figure] ?? Number.NaN);
    return { ...budget, value, met: Number.isFinite(value) && value <= budget.limit * tolerance };
  });
}

export function ratio(app: number | undefined, floor: number | undefined): number {
  if (app === undefined || floor === undefined || floor <= 0) return Number.NaN;
  return Math.round((app / floor) * 100) / 100;
}
