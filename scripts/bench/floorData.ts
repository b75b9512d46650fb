import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';

import { FIT_PADDING, LEGIBLE_ZOOM, READABLE_ZOOM } from '../../src/features/graph/viewport';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { graphPicture } from '../../src/model/graphPicture';
import { computeLayout } from '../../src/model/layout/computeLayout';
import { isLargeDataset } from '../../src/model/layout/largeCatalogue';
import type { Dataset } from '../../src/model/schema';
import { visibleSubgraph } from '../../src/model/visibility';

import type { Toggle } from './scenarios';

/** What the floor page draws: the nodes at the positions of the app's first picture, and what each button hides. */
export interface FloorData {
  nodes: { id: string; label: string; x: number; y: number; w: number; h: number }[];
  /** One per filter checkbox the benchmark toggles in the app, named alike: the nodes it hides. */
  toggles: { name: string; hides: string[] }[];
  /**
   * How the app frames its first view (src/features/graph/viewport.ts): the whole picture, unless that draws it
   * under `legibleZoom`; then its top-left corner at `readableZoom`. A 5,000-node catalogue is shown so, and
   * drawing every node small costs another thing than drawing a corner of them legibly.
   */
  view: { padding: number; legibleZoom: number; readableZoom: number };
}

export function floorData(dataset: Dataset, toggles: readonly (Toggle & { hides: string[] })[]): FloorData {
  const index = buildIndex(dataset);
  // A very large catalogue keeps one layout of everything, as the app's does (src/app/useFixedLayout.ts).
  const fixed = isLargeDataset(dataset) ? computeLayout(dataset) : undefined;
  const picture = graphPicture(index, visibleSubgraph(index, DEFAULT_FILTERS), {
    fold: 'auto',
    narrowed: false,
    ...(fixed ? { fixedLayout: () => fixed } : {}),
  });
  const nodes = dataset.nodes.flatMap((node) => {
    const box = picture.drawn.has(node.id) ? picture.layout.nodes.get(node.id) : undefined;
    return box
      ? [{ id: node.id, label: node.title.en, x: box.x, y: box.y, w: box.width, h: box.height }]
      : [];
  });
  return {
    nodes,
    toggles: toggles.map(({ label, hides }) => ({ name: label, hides })),
    view: { padding: FIT_PADDING, legibleZoom: LEGIBLE_ZOOM, readableZoom: READABLE_ZOOM },
  };
}

const MODULE_ID = 'virtual:floor-data';

/** Emits the floor's data as a file of its own, fetched by the page (preloaded, as the app's core is). */
function floorDataFile(data: FloorData): Plugin {
  let url = '';
  return {
    name: 'floor-data',
    resolveId: (id) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
    load(id) {
      if (id !== `\0${MODULE_ID}`) return undefined;
      const text = JSON.stringify(data);
      const fileName = `assets/floor-${createHash('sha256').update(text).digest('hex').slice(0, 8)}.json`;
      this.emitFile({ type: 'asset', fileName, source: text });
      url = `/${fileName}`;
      return `export const floorDataUrl = ${JSON.stringify(url)};`;
    },
    transformIndexHtml: () =>
      url
        ? [
            {
              tag: 'link',
              attrs: { rel: 'preload', href: url, as: 'fetch', crossorigin: '' },
              injectTo: 'head',
            },
          ]
        : [],
  };
}

/** Builds the floor page (scripts/bench/floor/) into `outDir`. */
export async function buildFloor(outDir: string, data: FloorData): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('./floor', import.meta.url)),
    base: '/',
    logLevel: 'error',
    plugins: [react(), floorDataFile(data)],
    build: {
      outDir: fileURLToPath(new URL(`../../${outDir}`, import.meta.url)),
      emptyOutDir: true,
      target: 'es2022',
    },
  });
}
