import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Plugin } from 'vite';

import { graphLabels } from '../src/app/graphLabels';
import { createI18n } from '../src/app/i18n/createI18n';
import { PictureSvg } from '../src/features/graph/PictureSvg';
import { FIT_PADDING, LEGIBLE_ZOOM, READABLE_ZOOM } from '../src/features/graph/viewport';
import { DEFAULT_FILTERS } from '../src/model/filters';
import { buildIndex, type GraphIndex } from '../src/model/graphIndex';
import { type GraphPicture, graphPicture, layoutKey, pictureBounds } from '../src/model/graphPicture';
import { layoutToJson } from '../src/model/layout/layoutJson';
import { parseDataset } from '../src/model/parseDataset';
import type { Dataset } from '../src/model/schema';
import { visibleSubgraph } from '../src/model/visibility';

/** Where index.html takes the picture. */
const MARKER = '<!-- graph-first-picture -->';

/**
 * Where the app's shell puts the graph (its left and top edges, in px) from each screen width up, measured from
 * 1280 to 2600 px wide (the header's and the intro line's heights step with the width; from 1600 the filter
 * column is open beside the graph); the picture stands there until the
 * app's own view replaces it, the same picture placed by `pictureViewport` where the canvas will draw it. Narrower
 * screens (the graph below the filters) and dark colours (this picture is light) get no picture before the app.
 */
const GRAPH_PLACES = [
  { from: 1280, left: 41, top: 112 },
  { from: 1532, left: 41, top: 97 },
  { from: 1600, left: 288, top: 112 },
  { from: 1780, left: 288, top: 97 },
  { from: 1900, left: 288, top: 108 },
  { from: 2240, left: 288, top: 105 },
  { from: 2324, left: 288, top: 103 },
];

const px = (value: number) => `${Math.round(value * 100) / 100}px`;

/**
 * The picture's placement: GraphView.css fits it into the free part of the canvas, centred, at most MAX_FIT_ZOOM
 * times its size; these rules add where the graph is, and what `pictureViewport` does when the whole picture would
 * be drawn under LEGIBLE_ZOOM: its top-left corner at READABLE_ZOOM.
 */
function placementCss(bounds: { x1: number; y1: number; x2: number; y2: number }): string {
  const width = bounds.x2 - bounds.x1;
  const height = bounds.y2 - bounds.y1;
  const tooSmall = `(width < ${px(width * LEGIBLE_ZOOM + 2 * FIT_PADDING)}) or (height < ${px(height * LEGIBLE_ZOOM + 2 * FIT_PADDING)})`;
  return [
    // Only its links take clicks: once the graph view has put it over the canvas, the tools and a panel stay usable.
    '.graph-first{display:none;position:fixed;right:0;bottom:0;z-index:1;pointer-events:none;--graph-tools-height:2.25rem}',
    '.graph-first a{pointer-events:auto}',
    ...GRAPH_PLACES.map(
      ({ from, left, top }) =>
        `@media (min-width:${from}px){.graph-first{display:block;left:${left}px;top:${top}px}}`,
    ),
    '@media (prefers-color-scheme:dark){.graph-first{display:none}}',
    `@container graph-picture ${tooSmall}{.graph-first .graph-picture__svg{inset:${FIT_PADDING}px auto auto ${FIT_PADDING}px;max-width:none;max-height:none;margin:0;width:${px(width * READABLE_ZOOM)};height:${px(height * READABLE_ZOOM)}}}`,
  ].join('');
}

/** The picture of the graph's first view (the default filters) of the data set at `path`. */
function firstPicture(
  path: string,
  source: string,
): { dataset: Dataset; index: GraphIndex; picture: GraphPicture } {
  const parsed = parseDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(`${source} is invalid:\n${parsed.errors.join('\n')}`);
  const index = buildIndex(parsed.dataset);
  const picture = graphPicture(index, visibleSubgraph(index, DEFAULT_FILTERS), {
    fold: 'auto',
    narrowed: false,
  });
  return { dataset: parsed.dataset, index, picture };
}

/**
 * Builds into index.html the picture of the graph's first view (the default filters, in English, light colours):
 * PictureSvg as the canvas will draw it, each node a link to `?node=…`. It is on screen at the first paint, before
 * any script has run, works with scripts off, and is what crawlers and link previews read.
 * src/features/graph/pagePicture.ts keeps it for the default view, catches a click on it, and lets the graph view
 * take it over until the canvas has drawn.
 *
 * Its layout goes into the code as `virtual:first-layout`, which the app offers to the data set's pictures
 * (`offerLayout`): the first view is not laid out again on each visit. The development server leaves it out
 * (`null`), so an edited data file is always laid out afresh.
 */
export function graphFirstPicture({ source = 'data/navigator.json' } = {}): Plugin {
  const moduleId = 'virtual:first-layout';
  const resolvedId = `\0${moduleId}`;
  let base = '/';
  let sourcePath = source;
  let building = false;
  let first: ReturnType<typeof firstPicture> | null = null;
  const worked = () => (first ??= firstPicture(sourcePath, source));
  return {
    name: 'graph-first-picture',
    configResolved(config) {
      base = config.base;
      sourcePath = resolve(config.root, source);
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === moduleId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      if (!building) return 'export const firstLayout = null;\n';
      const { index, picture } = worked();
      const layout = layoutToJson(picture.layout, layoutKey(index, picture));
      return `export const firstLayout = ${JSON.stringify(layout)};\n`;
    },
    transformIndexHtml(html) {
      if (!building) return undefined;
      if (!html.includes(MARKER)) throw new Error(`index.html lost its ${MARKER}`);
      const { dataset, picture } = worked();
      const markup = renderToStaticMarkup(
        <PictureSvg
          dataset={dataset}
          picture={picture}
          language="en"
          labels={graphLabels(createI18n('en').t, DEFAULT_FILTERS.edition)}
          scheme="light"
          linkTo={(id) => `${base}?node=${encodeURIComponent(id)}`}
        />,
      );
      const bounds = pictureBounds(picture);
      if (!bounds) throw new Error('the first view draws nothing');
      return html.replace(
        MARKER,
        `<style>${placementCss(bounds)}</style>\n    <div id="graph-first" class="graph-first">${markup}</div>`,
      );
    },
  };
}
