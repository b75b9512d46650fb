import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

import { splitDataset } from '../src/model/datasetParts';
import { parseDataset } from '../src/model/parseDataset';

import { jsonFiles } from './vite-json-files';

/**
 * Serves data/navigator.json, the one committed data file, as two files: the core the first view needs and
 * the details fetched after it (src/model/datasetParts.ts). Their addresses come from `virtual:dataset-urls`; the
 * build emits them as hashed assets; the development server splits the file on every request, so an edit shows on
 * reload. An invalid data file fails the build with the path of each bad field. The module also gives, in the build
 * only, the SHA-256 of each file as emitted (`datasetDigests`): the app takes a file of that digest as the one
 * validated here, and validates any other (src/state/fetchDataPart.ts).
 */
export function datasetParts({ source = 'data/navigator.json' } = {}): Plugin {
  const files = jsonFiles({
    name: 'dataset-parts',
    moduleId: 'virtual:dataset-urls',
    source,
    names: ['core', 'details'],
    read(path) {
      const parsed = parseDataset(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.ok) throw new Error(`${source} is invalid:\n${parsed.errors.join('\n')}`);
      const parts = splitDataset(parsed.dataset);
      return { core: JSON.stringify(parts.core), details: JSON.stringify(parts.details) };
    },
    module: (urls, digests) =>
      `export const datasetUrls = ${JSON.stringify(urls)};\nexport const datasetDigests = ${JSON.stringify(digests)};\n`,
    assetPrefix: (part) => `navigator-${part}`,
    devPath: '@dataset/',
  });
  return {
    ...files,
    // Every view needs the core: the page asks for it while its scripts are still loading, instead of after they
    // have run. `crossorigin` makes the request match the app's `fetch()` (CORS mode, same-origin credentials).
    transformIndexHtml() {
      const urls = files.builtUrls();
      if (!urls) return undefined;
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: urls.core, as: 'fetch', crossorigin: '' },
          injectTo: 'head',
        },
      ];
    },
  };
}
