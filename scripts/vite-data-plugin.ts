import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

import { type DatasetParts, splitDataset } from '../src/model/datasetParts';
import { parseDataset } from '../src/model/parseDataset';

/** The module the app imports the URLs of the two data files from (declared in src/datasetUrls.d.ts). */
const MODULE_ID = 'virtual:dataset-urls';
const RESOLVED_ID = `\0${MODULE_ID}`;
const PARTS = ['core', 'details'] as const;
/** Where the development server answers with each part. */
const DEV_PATH = '@dataset/';

/**
 * Serves data/navigator.json, the one committed data file, as two files: the core the first view needs and
 * the details fetched after it (src/model/datasetParts.ts). The build emits them as hashed assets; the
 * development server splits the file on every request, so an edit shows on reload. An invalid data file
 * fails the build with the path of each bad field.
 */
export function datasetParts({ source = 'data/navigator.json' } = {}): Plugin {
  let base = '/';
  let building = false;
  let sourcePath = source;
  /** The built core's address, once the build has emitted it. */
  let coreUrl: string | null = null;

  const readParts = (): DatasetParts => {
    const parsed = parseDataset(JSON.parse(readFileSync(sourcePath, 'utf8')));
    if (!parsed.ok) throw new Error(`${source} is invalid:\n${parsed.errors.join('\n')}`);
    return splitDataset(parsed.dataset);
  };
  const urlsModule = (urls: Record<(typeof PARTS)[number], string>) =>
    `export const datasetUrls = ${JSON.stringify(urls)};\n`;

  return {
    name: 'dataset-parts',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
      sourcePath = resolve(config.root, source);
    },
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(sourcePath);
      if (!building)
        return urlsModule({ core: `${base}${DEV_PATH}core.json`, details: `${base}${DEV_PATH}details.json` });
      const parts = readParts();
      const urls = { core: '', details: '' };
      for (const part of PARTS) {
        const text = JSON.stringify(parts[part]);
        const hash = createHash('sha256').update(text).digest('base64url').slice(0, 8);
        const fileName = `assets/navigator-${part}-${hash}.json`;
        this.emitFile({ type: 'asset', fileName, source: text });
        urls[part] = `${base}${fileName}`;
      }
      coreUrl = urls.core;
      return urlsModule(urls);
    },
    // Every view needs the core: the page asks for it while its scripts are still loading, instead of after they
    // have run. `crossorigin` makes the request match the app's `fetch()` (CORS mode, same-origin credentials).
    transformIndexHtml() {
      if (!coreUrl) return undefined;
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: coreUrl, as: 'fetch', crossorigin: '' },
          injectTo: 'head',
        },
      ];
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        const part = PARTS.find((name) => path === `${base}${DEV_PATH}${name}.json`);
        if (!part) return next();
        try {
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(readParts()[part]));
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
