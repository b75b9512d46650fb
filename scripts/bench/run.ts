import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

import en from '../../src/app/i18n/en';
import { splitDataset } from '../../src/model/datasetParts';
import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { parseDataset } from '../../src/model/parseDataset';
import type { Dataset } from '../../src/model/schema';
import { visibleSubgraph } from '../../src/model/visibility';
import { IMPACTS, LIFECYCLES } from '../../src/model/vocabulary';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';
import { generateDataset } from '../generate-dataset';

import { checkBudgets } from './budgets';
import { printTable } from './report';
import {
  coldLoad,
  filterChanges,
  heapMb,
  longTasksAfterPaint,
  openPage,
  selections,
  type Toggle,
  type Variant,
} from './scenarios';
import { sizeResources, totalBy } from './sizes';
import { speedCheckMs } from './speedCheck';
import { median, percentile, round } from './stats';

/**
 * `npm run bench`: builds the app (into node_modules/.cache/bench-dist, so a dist/ under test is left alone),
 * serves it on 127.0.0.1, drives headless Chromium and writes bench/results.json (docs/performance.md says what
 * each figure measures). `--no-build` reuses the last bench build.
 */

const OUT_DIR = 'node_modules/.cache/bench-dist';
const COLD_LOADS = 7;
const FILTER_CHANGES = 200;
const FILTER_CHANGES_5K = 60;
const SELECTIONS = 15;

function readDataset(text: string): Dataset {
  const parsed = parseDataset(JSON.parse(text));
  if (!parsed.ok) throw new Error(`invalid data set: ${parsed.errors.join('; ')}`);
  return parsed.dataset;
}

/** The lifecycle and impact checkboxes that change what is shown, with the counts before and after. */
function togglesFor(dataset: Dataset): { allVisible: number; toggles: Toggle[] } {
  const index = buildIndex(dataset);
  const count = (filters: Partial<Filters>) =>
    visibleSubgraph(index, { ...DEFAULT_FILTERS, ...filters }).nodes.size;
  const allVisible = count({});
  const toggles = [
    ...LIFECYCLES.map((value) => ({ label: en.lifecycle[value], on: count({ lifecycle: [value] }) })),
    ...IMPACTS.map((value) => ({ label: en.impact[value], on: count({ impact: [value] }) })),
  ]
    .filter((toggle) => toggle.on !== allVisible)
    .map((toggle) => ({ ...toggle, off: allVisible }));
  if (toggles.length === 0) throw new Error('no lifecycle or impact filter changes what is shown');
  return { allVisible, toggles };
}

const started = Date.now();
const speedBefore = speedCheckMs();
if (!process.argv.includes('--no-build')) {
  console.log('building…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', OUT_DIR, '--emptyOutDir'], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}
const server = await preview({
  build: { outDir: OUT_DIR },
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('the preview server did not report its address');
const base = new URL(url).pathname;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });

try {
  const shipped = readDataset(readFileSync('data/navigator.json', 'utf8'));
  const real = togglesFor(shipped);
  const realVariant: Variant = { name: 'shipped data', allVisible: real.allVisible };
  const generated = readDataset(JSON.stringify(generateDataset(5000, 15000)));
  const large = togglesFor(generated);
  // Served as the build serves the shipped data: split into core and details by the same function.
  const generatedParts = splitDataset(generated);
  const largeVariant: Variant = {
    name: '5,000 nodes',
    parts: { core: JSON.stringify(generatedParts.core), details: JSON.stringify(generatedParts.details) },
    allVisible: large.allVisible,
  };

  console.log(`cold loads (${COLD_LOADS} + 1 warm-up), shipped data…`);
  await coldLoad(browser, url, realVariant);
  const loads = [];
  for (let i = 0; i < COLD_LOADS; i++) loads.push(await coldLoad(browser, url, realVariant));
  for (const load of loads) {
    if (load.visibleCount !== real.allVisible)
      throw new Error(`the graph showed ${load.visibleCount} nodes, not ${real.allVisible}`);
  }
  const resources = sizeResources(loads[0]!.resources, OUT_DIR, base);
  const js = totalBy(resources, 'js');
  const css = totalBy(resources, 'css');
  const data = totalBy(resources, 'data');

  console.log(`${FILTER_CHANGES} filter changes, shipped data…`);
  const page = await openPage(browser, url, realVariant);
  const heapAfterLoad = await heapMb(page);
  const filterTimes = await filterChanges(page, real.toggles, FILTER_CHANGES);
  const heapAfterFilters = await heapMb(page);
  // The first changes fill caches (styles, textures, compiled code); a leak keeps growing after that.
  await filterChanges(page, real.toggles, FILTER_CHANGES);
  const heapAfterMoreFilters = await heapMb(page);
  const longTasksReal = await longTasksAfterPaint(page);
  await page.context().close();

  console.log(`${SELECTIONS} selections, shipped data…`);
  const threat = [...shipped.nodes].sort((a, b) => a.order - b.order).find((node) => node.kind === 'threat')!;
  const selectPage = await openPage(browser, `${url}?node=${threat.id}`, realVariant);
  const selectTimes = await selections(selectPage, threat.title.en, SELECTIONS);
  await selectPage.context().close();

  console.log(`cold loads and ${FILTER_CHANGES_5K} filter changes, 5,000 nodes…`);
  const largeLoads = [];
  for (let i = 0; i < 5; i++) largeLoads.push(await coldLoad(browser, url, largeVariant));
  for (const load of largeLoads) {
    if (load.visibleCount !== large.allVisible)
      throw new Error(`the 5,000-node graph showed ${load.visibleCount} nodes, not ${large.allVisible}`);
  }
  const largePage = await openPage(browser, url, largeVariant);
  const largeFilterTimes = await filterChanges(largePage, large.toggles, FILTER_CHANGES_5K);
  const largeTasks = [
    ...largeLoads.flatMap((load) => load.longTasksAfterPaint),
    ...(await longTasksAfterPaint(largePage)),
  ];
  await largePage.context().close();

  const figures = {
    js_gzip_bytes: js,
    css_gzip_bytes: css,
    data_gzip_bytes: data,
    first_view_gzip_bytes: js + css + data,
    html_gzip_bytes: totalBy(resources, 'html'),
    first_graph_ms: round(median(loads.map((load) => load.readyAt))),
    first_paint_ms: round(median(loads.map((load) => load.firstPaint ?? Number.NaN))),
    filter_ms_median: round(median(filterTimes)),
    filter_ms_p95: round(percentile(filterTimes, 95)),
    select_ms_median: round(median(selectTimes)),
    select_ms_p95: round(percentile(selectTimes, 95)),
    longest_task_ms: round(
      Math.max(0, ...loads.flatMap((load) => load.longTasksAfterPaint), ...longTasksReal),
    ),
    heap_mb_after_load: round(heapAfterLoad, 2),
    heap_mb_after_filters: round(heapAfterFilters, 2),
    heap_mb_after_more_filters: round(heapAfterMoreFilters, 2),
    heap_growth_mb: round(heapAfterMoreFilters - heapAfterFilters, 2),
    first_graph_ms_5k: round(median(largeLoads.map((load) => load.readyAt))),
    filter_ms_5k_median: round(median(largeFilterTimes)),
    filter_ms_5k_p95: round(percentile(largeFilterTimes, 95)),
    longest_task_ms_5k: round(Math.max(0, ...largeTasks)),
  };
  const verdicts = checkBudgets(figures);
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
    },
    figures,
    budgets: verdicts,
    first_view_resources: resources.map(({ path, kind, gzip, transferred }) => ({
      path,
      kind,
      gzip,
      transferred,
    })),
    samples: {
      first_graph_ms: loads.map((load) => round(load.readyAt)),
      first_graph_ms_5k: largeLoads.map((load) => round(load.readyAt)),
      filter_ms: filterTimes.map((time) => round(time)),
      filter_ms_5k: largeFilterTimes.map((time) => round(time)),
      select_ms: selectTimes.map((time) => round(time)),
    },
    seconds: round((Date.now() - started) / 1000),
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  printTable(results.machine, figures, verdicts);
  const missed = verdicts.filter((verdict) => !verdict.met);
  console.log(missed.length === 0 ? 'every budget met' : `${missed.length} budget(s) missed`);
  process.exitCode = missed.length === 0 ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
