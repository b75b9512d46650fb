import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';

import { serve } from './serve';
import { median } from './stats';

/**
 * `npm run bench:compare -- <revision> [--rounds N]`: this tree's app beside the app of an earlier revision, built,
 * served and measured in one run, their loads and interactions alternating (a busy minute weighs on both). It says
 * whether a change made the figures worse, where the figures of two runs on a shared machine cannot: the same build
 * measures a third slower in a busy hour. Each side draws a 5,000-node catalogue made by its own generator and split
 * by its own code, so both read data they understand.
 *
 * The earlier revision is checked out in a worktree under node_modules/.cache/bench-compare/ and built with this
 * tree's node_modules (it must build with the same dependencies). Results go to bench/compare.json.
 */

const args = process.argv.slice(2);
const revision = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg));
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 6;
if (!revision || !(ROUNDS > 0)) {
  console.error('usage: npm run bench:compare -- <git revision> [--rounds N]');
  process.exit(2);
}

const CACHE = resolve('node_modules/.cache/bench-compare');
/** Changes and selections per page per round. */
const CHANGES = 12;
const SELECTIONS = 6;
const LARGE_CHANGES = 10;

interface Side {
  name: string;
  tree: string;
  dist: string;
  large: { core: Buffer; details: Buffer };
}

function run(command: string, commandArgs: string[], cwd: string) {
  execFileSync(command, commandArgs, {
    cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
}

/** A side's build and its 5,000-node catalogue, made with its own code. */
function prepare(name: string, tree: string): Side {
  const dist = resolve(CACHE, `${name}-dist`);
  run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], tree);
  const script = resolve(tree, 'bench-compare-dataset.tmp.ts');
  const out = resolve(CACHE, `${name}-5k`);
  writeFileSync(
    script,
    [
      "import { writeFileSync } from 'node:fs';",
      "import { splitDataset } from './src/model/datasetParts';",
      "import { generateDataset } from './scripts/generate-dataset';",
      'const parts = splitDataset(generateDataset(5000, 15000) as never);',
      `writeFileSync(${JSON.stringify(`${out}-core.json`)}, JSON.stringify(parts.core));`,
      `writeFileSync(${JSON.stringify(`${out}-details.json`)}, JSON.stringify(parts.details));`,
    ].join('\n'),
  );
  try {
    run('npx', ['tsx', script], tree);
  } finally {
    rmSync(script, { force: true });
  }
  return {
    name,
    tree,
    dist,
    large: { core: readFileSync(`${out}-core.json`), details: readFileSync(`${out}-details.json`) },
  };
}

function worktreeOf(rev: string): string {
  const tree = resolve(CACHE, 'tree');
  if (existsSync(tree)) run('git', ['worktree', 'remove', '--force', tree], '.');
  run('git', ['worktree', 'add', '--detach', tree, rev], '.');
  symlinkSync(resolve('node_modules'), resolve(tree, 'node_modules'));
  return tree;
}

/** In the page: when the graph said it was drawn, and every long task. */
function installProbes() {
  const win = window as unknown as { __ready: number | null; __longTasks: [number, number][] };
  win.__ready = null;
  win.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) win.__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (win.__ready === null && document.querySelector('[data-graph-ready="true"]'))
      win.__ready = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-graph-ready'] });
}

/** In the page: toggles the `i`th lifecycle or impact checkbox; ms until the drawn count changed and was painted. */
async function timedFilter(i: number): Promise<number> {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('nav.sidebar input[type=checkbox]')].slice(
    0,
    6,
  );
  const canvas = document.querySelector('.graph-canvas')!;
  const before = canvas.getAttribute('data-visible-count');
  const start = performance.now();
  boxes[i % boxes.length]!.click();
  await new Promise<void>((done) => {
    const check = () => {
      if (canvas.getAttribute('data-visible-count') !== before)
        requestAnimationFrame(() => setTimeout(done, 0));
      else requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - start;
}

/** In the page: a tap on a shown node; ms until its details were on the page and painted. */
async function timedSelection(i: number): Promise<number> {
  // Cytoscape's element: inside the canvas element since it stopped carrying the attributes; the canvas before.
  const container = (document.querySelector('.graph-canvas__engine') ??
    document.querySelector('.graph-canvas')) as HTMLElement & {
    _cyreg: { cy: import('cytoscape').Core };
  };
  const { cy } = container._cyreg;
  const ids = cy
    .nodes('.item')
    .filter((node) => !node.hasClass('hidden'))
    .map((node) => node.id());
  const id = ids[(i * 7) % ids.length]!;
  const start = performance.now();
  cy.getElementById(id).emit('tap');
  await new Promise<void>((done) => {
    const check = () => {
      const shown = new URLSearchParams(location.search).get('node') === id;
      if (shown && document.getElementById('details-title')?.textContent)
        requestAnimationFrame(() => setTimeout(done, 0));
      else requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - start;
}

async function open(
  browser: Browser,
  url: string,
  large?: Side['large'],
): Promise<{ page: Page; ready: number }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  if (large) {
    // As the benchmark serves it: as bytes, which DevTools does not decode on the page's thread.
    for (const [part, body] of Object.entries(large))
      await page.route(new RegExp(`/navigator-${part}-[^/]*\\.json$`), (route) =>
        route.fulfill({ body, contentType: 'application/octet-stream' }),
      );
  }
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __ready: number | null }).__ready !== null,
    undefined,
    {
      timeout: 120_000,
    },
  );
  await page.waitForTimeout(large ? 3000 : 800);
  const rail = page.locator('.filters-rail__open');
  if (await rail.isVisible()) {
    await rail.click();
    await page.waitForTimeout(600);
  }
  return { page, ready: await page.evaluate(() => (window as unknown as { __ready: number }).__ready) };
}

const longTasksAfterFirstPaint = (page: Page) =>
  page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks;
    return tasks.filter(([start, duration]) => start + duration > paint).map(([, duration]) => duration);
  });

type Figures = Record<'load' | 'filter' | 'select' | 'load5k' | 'filter5k' | 'tasks5k', number[]>;
const empty = (): Figures => ({ load: [], filter: [], select: [], load5k: [], filter5k: [], tasks5k: [] });

async function measure(browser: Browser, sides: readonly { side: Side; url: string }[]) {
  const figures = new Map(sides.map(({ side }) => [side.name, empty()]));
  const inTurn = (round: number) => (round % 2 === 0 ? sides : [...sides].reverse());
  for (let round = 0; round < ROUNDS; round++) {
    for (const { side, url } of inTurn(round)) {
      const out = figures.get(side.name)!;
      const { page, ready } = await open(browser, url);
      out.load.push(ready);
      for (let i = 0; i < CHANGES; i++) {
        out.filter.push(await page.evaluate(timedFilter, i));
        await page.waitForTimeout(450);
      }
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __ready: number | null }).__ready !== null);
      await page.waitForTimeout(800);
      for (let i = 0; i < SELECTIONS; i++) {
        out.select.push(await page.evaluate(timedSelection, i));
        await page.waitForTimeout(450);
      }
      await page.context().close();
    }
  }
  for (let round = 0; round < Math.max(2, Math.ceil(ROUNDS / 2)); round++) {
    for (const { side, url } of inTurn(round)) {
      const out = figures.get(side.name)!;
      const { page, ready } = await open(browser, url, side.large);
      out.load5k.push(ready);
      for (let i = 0; i < LARGE_CHANGES; i++) {
        out.filter5k.push(await page.evaluate(timedFilter, i));
        await page.waitForTimeout(600);
      }
      out.tasks5k.push(...(await longTasksAfterFirstPaint(page)));
      await page.context().close();
    }
  }
  return figures;
}

mkdirSync(CACHE, { recursive: true });
console.log(`building this tree and ${revision}…`);
const current = prepare('current', resolve('.'));
const earlier = prepare('earlier', worktreeOf(revision));
const servers = [await serve(earlier.dist), await serve(current.dist)];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
console.log(`${ROUNDS} rounds, each side in turn…`);
const figures = await measure(browser, [
  { side: earlier, url: servers[0]!.url },
  { side: current, url: servers[1]!.url },
]);
await browser.close();
for (const { server } of servers) await server.close();
run('git', ['worktree', 'remove', '--force', earlier.tree], '.');

const summary = (values: number[], how: 'median' | 'max') =>
  Math.round(how === 'median' ? median(values) : Math.max(0, ...values));
const rows = [
  ['graph ready, ms (median)', 'load', 'median'],
  ['filter change, ms (median)', 'filter', 'median'],
  ['selection, ms (median)', 'select', 'median'],
  ['5,000 nodes: graph ready, ms (median)', 'load5k', 'median'],
  ['5,000 nodes: filter change, ms (median)', 'filter5k', 'median'],
  ['5,000 nodes: longest task after first paint, ms', 'tasks5k', 'max'],
] as const;
const table = rows.map(([label, key, how]) => {
  const before = summary(figures.get('earlier')![key], how);
  const after = summary(figures.get('current')![key], how);
  return { figure: label, [revision]: before, current: after, ratio: Number((after / before).toFixed(2)) };
});
console.table(table);
writeFileSync(
  'bench/compare.json',
  `${JSON.stringify({ date: new Date().toISOString(), revision, rounds: ROUNDS, table, samples: Object.fromEntries(figures) }, null, 2)}\n`,
);
console.log('results in bench/compare.json');
