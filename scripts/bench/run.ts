import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from 'playwright-core';

import en from '../../src/app/i18n/en';
import { splitDataset } from '../../src/model/datasetParts';
import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { graphPicture } from '../../src/model/graphPicture';
import { isLargeDataset } from '../../src/model/layout/largeCatalogue';
import { parseDataset } from '../../src/model/parseDataset';
import type { Dataset } from '../../src/model/schema';
import { visibleSubgraph } from '../../src/model/visibility';
import { IMPACTS, LIFECYCLES } from '../../src/model/vocabulary';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';
import { generateDataset } from '../generate-dataset';

import { checkBudgets } from './budgets';
import { buildFloor, floorData } from './floorData';
import { type LayerCase, type LayerOpening, openLayer } from './hugeLayer';
import { printTable } from './report';
import {
  coldLoad,
  filterChange,
  filterChanges,
  filterHandles,
  heapMb,
  longTasksAfterPaint,
  openPage,
  selection,
  type Subject,
  type Toggle,
} from './scenarios';
import { serve } from './serve';
import { sizeResources, totalBy } from './sizes';
import { speedCheckMs } from './speedCheck';
import { median, percentile, round } from './stats';

/**
 * `npm run bench`: builds the app (into node_modules/.cache/bench-dist, so a dist/ under test is left alone) and the
 * floor page (React and Cytoscape alone, scripts/bench/floor/), serves both on 127.0.0.1, drives headless Chromium
 * through cold loads and interactions of the two in turn, prints a table and writes bench/results.json
 * (docs/performance.md says what each figure measures). `--no-build` reuses the last builds; `--smoke` runs a few
 * rounds, writes node_modules/.cache/bench-smoke.json instead and fails only on a budget missed by half as much again;
 * `--report-only` fails only when the benchmark cannot run.
 */

const OUT_DIR = 'node_modules/.cache/bench-dist';
const FLOOR_DIR = 'node_modules/.cache/bench-floor';
const EMPTY_LAYOUT = {
  nodes: new Map(),
  frames: new Map(),
  bands: new Map(),
  bandLabels: new Map(),
  parents: new Map(),
  anchors: new Map(),
};
const SMOKE = process.argv.includes('--smoke');
/** Prints the verdicts but exits non-zero only when the benchmark itself fails (`.ci/run`: docs/performance.md). */
const REPORT_ONLY = process.argv.includes('--report-only');
const ROUNDS = SMOKE
  ? {
      coldLoads: 3,
      filterChanges: 40,
      heapChanges: 0,
      selections: 6,
      coldLoads5k: 1,
      filterChanges5k: 20,
      layerOpenings: 1,
    }
  : {
      coldLoads: 10,
      filterChanges: 200,
      heapChanges: 200,
      selections: 20,
      coldLoads5k: 5,
      filterChanges5k: 60,
      layerOpenings: 4,
    };

function readDataset(text: string): Dataset {
  const parsed = parseDataset(JSON.parse(text));
  if (!parsed.ok) throw new Error(`invalid data set: ${parsed.errors.join('; ')}`);
  return parsed.dataset;
}

/**
 * The lifecycle and impact checkboxes that change what is shown, with what the graph draws and the list lists
 * once each is on and off again, and the nodes each hides.
 */
function togglesFor(dataset: Dataset): { allVisible: number; toggles: (Toggle & { hides: string[] })[] } {
  const index = buildIndex(dataset);
  const shown = (filters: Partial<Filters>) => {
    const visible = visibleSubgraph(index, { ...DEFAULT_FILTERS, ...filters });
    const narrowed = Object.keys(filters).length > 0;
    // Very large catalogues keep one layout (not needed here: an empty one stands in for it); others are laid out.
    const fixedLayout = isLargeDataset(dataset) ? () => EMPTY_LAYOUT : undefined;
    const picture = graphPicture(index, visible, { fold: 'auto', narrowed, fixedLayout });
    return { nodes: visible.nodes, count: { drawn: picture.drawn.size, listed: visible.nodes.size } };
  };
  const all = shown({});
  const toggles = [
    ...LIFECYCLES.map((value) => ({ label: en.lifecycle[value], ...shown({ lifecycle: [value] }) })),
    ...IMPACTS.map((value) => ({ label: en.impact[value], ...shown({ impact: [value] }) })),
  ]
    .filter((toggle) => toggle.nodes.size !== all.nodes.size)
    .map(({ label, nodes, count }) => ({
      label,
      on: count,
      off: all.count,
      hides: [...all.nodes].filter((id) => !nodes.has(id)),
    }));
  if (toggles.length === 0) throw new Error('no lifecycle or impact filter changes what is shown');
  return { allVisible: all.nodes.size, toggles };
}

/** Runs `steps` for the app and the floor in turn, the one first in even rounds, the other in odd ones. */
async function alternate<T>(rounds: number, step: (subject: 'app' | 'floor', round: number) => Promise<T>) {
  const results = { app: [] as T[], floor: [] as T[] };
  for (let i = 0; i < rounds; i++) {
    for (const subject of i % 2 === 0 ? (['app', 'floor'] as const) : (['floor', 'app'] as const))
      results[subject].push(await step(subject, i));
  }
  return results;
}

const started = Date.now();
const loadBefore = loadavg();
const speedBefore = speedCheckMs();
const shipped = readDataset(readFileSync('data/navigator.json', 'utf8'));
const real = togglesFor(shipped);
if (!process.argv.includes('--no-build')) {
  console.log('building the app and the floor…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', OUT_DIR, '--emptyOutDir'], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  await buildFloor(FLOOR_DIR, floorData(shipped, real.toggles));
}
const app = await serve(OUT_DIR);
const floor = await serve(FLOOR_DIR);
const base = new URL(app.url).pathname;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

try {
  const subjects: Record<'app' | 'floor', Subject> = {
    app: { name: 'app', url: app.url, filterRole: 'checkbox', hasList: true, allVisible: real.allVisible },
    floor: {
      name: 'floor',
      url: floor.url,
      filterRole: 'button',
      hasList: false,
      allVisible: real.allVisible,
    },
  };
  const generated = readDataset(JSON.stringify(generateDataset(5000, 15000)));
  const large = togglesFor(generated);
  // Served as the build serves the shipped data: split into core and details by the same function.
  const generatedParts = splitDataset(generated);
  const largeSubjects: Record<'app' | 'floor', Subject> = {
    app: {
      ...subjects.app,
      files: { core: JSON.stringify(generatedParts.core), details: JSON.stringify(generatedParts.details) },
      allVisible: large.allVisible,
    },
    floor: {
      ...subjects.floor,
      files: { floor: JSON.stringify(floorData(generated, large.toggles)) },
      allVisible: large.allVisible,
    },
  };

  console.log(`cold loads (${ROUNDS.coldLoads} + 1 warm-up each), the app and the floor in turn…`);
  await alternate(1, (subject) => coldLoad(browser, subjects[subject]));
  const loads = await alternate(ROUNDS.coldLoads, (subject) => coldLoad(browser, subjects[subject]));
  const resources = {
    app: sizeResources(loads.app[0]!.resources, OUT_DIR, base),
    floor: sizeResources(loads.floor[0]!.resources, FLOOR_DIR, '/'),
  };

  console.log(`${ROUNDS.filterChanges} filter changes each, in turn…`);
  const pages = {
    app: await openPage(browser, subjects.app, true),
    floor: await openPage(browser, subjects.floor, true),
  };
  const heapAfterLoad = await heapMb(pages.app, false);
  const handles = {
    app: await filterHandles(pages.app, subjects.app, real.toggles),
    floor: await filterHandles(pages.floor, subjects.floor, real.toggles),
  };
  const filterTimes = await alternate(ROUNDS.filterChanges, (subject, i) =>
    filterChange(pages[subject], subjects[subject], real.toggles, handles[subject], i),
  );

  console.log(`${ROUNDS.selections} selections each, in turn…`);
  const threat = [...shipped.nodes].sort((a, b) => a.order - b.order).find((node) => node.kind === 'threat')!;
  const selectTimes = await alternate(ROUNDS.selections, (subject) =>
    selection(pages[subject], threat.id, threat.title.en),
  );

  // The heap's snapshots come after the timed interactions of the page: taking one may cost the engine code it had
  // compiled. The first changes fill caches (styles, textures, compiled code); a leak keeps growing after that.
  const heapAfterFilters = await heapMb(pages.app, ROUNDS.heapChanges > 0);
  await filterChanges(pages.app, subjects.app, real.toggles, ROUNDS.heapChanges);
  const heapAfterMoreFilters = await heapMb(pages.app, ROUNDS.heapChanges > 0);
  const longTasksReal = await longTasksAfterPaint(pages.app);
  await pages.app.context().close();
  await pages.floor.context().close();

  console.log(`cold loads and ${ROUNDS.filterChanges5k} filter changes each, 5,000 nodes, in turn…`);
  const largeLoads = await alternate(ROUNDS.coldLoads5k, (subject) =>
    coldLoad(browser, largeSubjects[subject]),
  );
  const largePages = {
    app: await openPage(browser, largeSubjects.app, true),
    floor: await openPage(browser, largeSubjects.floor, true),
  };
  const largeHandles = {
    app: await filterHandles(largePages.app, largeSubjects.app, large.toggles),
    floor: await filterHandles(largePages.floor, largeSubjects.floor, large.toggles),
  };
  const largeFilterTimes = await alternate(ROUNDS.filterChanges5k, (subject, i) =>
    filterChange(largePages[subject], largeSubjects[subject], large.toggles, largeHandles[subject], i),
  );
  // The filter page's own: those of its load after first paint, then of the changes.
  const largeChangeTasks = await longTasksAfterPaint(largePages.app);
  const largeTasks = [...largeLoads.app.flatMap((load) => load.longTasksAfterPaint), ...largeChangeTasks];
  await largePages.app.context().close();
  await largePages.floor.context().close();

  console.log(
    `a 100,000-entry layer by link and by file, beside a 10-entry one, ${ROUNDS.layerOpenings} each…`,
  );
  const layerCases: LayerCase[] = ['link-small', 'link-valid', 'link-invalid', 'file'];
  const layers = Object.fromEntries(layerCases.map((which) => [which, [] as LayerOpening[]])) as Record<
    LayerCase,
    LayerOpening[]
  >;
  for (let i = 0; i < ROUNDS.layerOpenings; i++)
    for (const which of layerCases) layers[which].push(await openLayer(browser, app.url, which));
  const huge = [...layers['link-valid'], ...layers['link-invalid'], ...layers.file];

  const sizes = (subject: 'app' | 'floor') => {
    const sized = resources[subject];
    const [html, js, css, data] = (['html', 'js', 'css', 'data'] as const).map((kind) =>
      totalBy(sized, kind),
    );
    return {
      first_view_gzip_bytes: html! + js! + css! + data!,
      html_gzip_bytes: html!,
      js_gzip_bytes: js!,
      css_gzip_bytes: css!,
      data_gzip_bytes: data!,
    };
  };
  const timings = (subject: 'app' | 'floor') => ({
    first_paint_ms: round(median(loads[subject].map((load) => load.firstPaint ?? Number.NaN))),
    filter_ms_median: round(median(filterTimes[subject])),
    filter_ms_p95: round(percentile(filterTimes[subject], 95)),
    select_ms_median: round(median(selectTimes[subject])),
    select_ms_p95: round(percentile(selectTimes[subject], 95)),
  });
  const largeTimings = (subject: 'app' | 'floor') => ({
    first_graph_ms_5k: round(median(largeLoads[subject].map((load) => load.readyAt))),
    filter_ms_5k_median: round(median(largeFilterTimes[subject])),
    filter_ms_5k_p95: round(percentile(largeFilterTimes[subject], 95)),
  });
  const figures = {
    app: {
      on_screen_ms: round(median(loads.app.map((load) => load.onScreenAt))),
      interactive_ms: round(median(loads.app.map((load) => load.readyAt))),
      ...timings('app'),
      ...sizes('app'),
      longest_task_ms: round(
        Math.max(0, ...loads.app.flatMap((load) => load.longTasksAfterPaint), ...longTasksReal),
      ),
      ...(ROUNDS.heapChanges > 0
        ? {
            heap_mb_after_load: round(heapAfterLoad.used, 2),
            heap_mb_after_filters: round(heapAfterFilters.used, 2),
            heap_mb_after_more_filters: round(heapAfterMoreFilters.used, 2),
            heap_growth_mb: round(heapAfterMoreFilters.used - heapAfterFilters.used, 2),
            heap_objects_mb_after_filters: round(heapAfterFilters.objects, 2),
            heap_objects_mb_after_more_filters: round(heapAfterMoreFilters.objects, 2),
            heap_objects_growth_mb: round(heapAfterMoreFilters.objects - heapAfterFilters.objects, 2),
          }
        : {}),
      ...largeTimings('app'),
      longest_task_ms_5k: round(Math.max(0, ...largeTasks)),
      huge_layer_shown_ms: round(median(huge.map((opening) => opening.shownMs))),
      huge_layer_longest_task_ms: round(Math.max(...huge.map((opening) => opening.longestTaskMs))),
      small_layer_shown_ms: round(median(layers['link-small'].map((opening) => opening.shownMs))),
      small_layer_longest_task_ms: round(
        Math.max(...layers['link-small'].map((opening) => opening.longestTaskMs)),
      ),
    },
    floor: {
      first_graph_ms: round(median(loads.floor.map((load) => load.readyAt))),
      ...timings('floor'),
      ...sizes('floor'),
      longest_task_ms: round(Math.max(0, ...loads.floor.flatMap((load) => load.longTasksAfterPaint))),
      ...largeTimings('floor'),
    },
  };
  const verdicts = checkBudgets(figures, SMOKE ? 1.5 : 1);
  const loadAfter = loadavg();
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memory_gb: round(totalmem() / 1024 ** 3),
      platform: `${process.platform} ${process.arch}`,
      node: process.version,
      browser: `Chromium ${browser.version()} (headless, software rendering)`,
      speed_check_ms: `${speedBefore} before, ${speedCheckMs()} after (lower is faster)`,
      load_average: `${round(loadBefore[0]!, 2)} before, ${round(loadAfter[0]!, 2)} after (1 minute)`,
    },
    rounds: ROUNDS,
    figures,
    budgets: verdicts,
    first_view_resources: Object.fromEntries(
      (['app', 'floor'] as const).map((subject) => [
        subject,
        resources[subject].map(({ path, kind, gzip, transferred }) => ({ path, kind, gzip, transferred })),
      ]),
    ),
    samples: {
      app: {
        on_screen_ms: loads.app.map((load) => round(load.onScreenAt)),
        interactive_ms: loads.app.map((load) => round(load.readyAt)),
        filter_ms: filterTimes.app.map((time) => round(time)),
        select_ms: selectTimes.app.map((time) => round(time)),
        first_graph_ms_5k: largeLoads.app.map((load) => round(load.readyAt)),
        filter_ms_5k: largeFilterTimes.app.map((time) => round(time)),
        // Which tasks made the longest: those of each cold load, and those of the page the changes were made on.
        long_tasks_5k: {
          loads: largeLoads.app.map((load) => load.longTasksAfterPaint.map((task) => round(task))),
          filter_page: largeChangeTasks.map((task) => round(task)),
        },
        layer_openings: Object.fromEntries(
          layerCases.map((which) => [
            which,
            layers[which].map((opening) => ({
              shown_ms: round(opening.shownMs),
              longest_task_ms: round(opening.longestTaskMs),
            })),
          ]),
        ),
      },
      floor: {
        first_graph_ms: loads.floor.map((load) => round(load.readyAt)),
        filter_ms: filterTimes.floor.map((time) => round(time)),
        select_ms: selectTimes.floor.map((time) => round(time)),
        first_graph_ms_5k: largeLoads.floor.map((load) => round(load.readyAt)),
        filter_ms_5k: largeFilterTimes.floor.map((time) => round(time)),
      },
    },
    seconds: round((Date.now() - started) / 1000),
  };
  const out = SMOKE ? 'node_modules/.cache/bench-smoke.json' : 'bench/results.json';
  mkdirSync(out.slice(0, out.lastIndexOf('/')), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results.machine, figures, verdicts);
  const missed = verdicts.filter((verdict) => !verdict.met);
  const verdict = SMOKE ? 'missed by more than half as much again' : 'missed';
  console.log(missed.length === 0 ? 'every budget met' : `${missed.length} budget(s) ${verdict}`);
  console.log(`${results.seconds} s; results in ${out}`);
  process.exitCode = missed.length === 0 || REPORT_ONLY ? 0 : 1;
} finally {
  await browser.close();
  await app.server.close();
  await floor.server.close();
}
