import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

import { parseFrameworksFile } from '../src/model/frameworks/parse';

import { jsonFiles } from './vite-json-files';

/**
 * Serves data/frameworks.json as a file of its own, fetched only by the views that show framework data (the
 * details, the crosswalk, a framework lens): the first view never waits for it. Its address comes from
 * `virtual:frameworks-url`; the build emits it as a hashed asset and fails on an invalid file, naming the path of
 * each bad field; the development server reads it anew on every request. `frameworksDigest` (the build's only) is
 * the SHA-256 of the file as emitted: the app takes a file of that digest as validated here (frameworksStore.ts).
 */
export function frameworksFile({ source = 'data/frameworks.json' } = {}): Plugin {
  return jsonFiles({
    name: 'frameworks-file',
    moduleId: 'virtual:frameworks-url',
    source,
    names: ['frameworks'],
    read(path) {
      const parsed = parseFrameworksFile(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.ok) throw new Error(`${source} is invalid:\n${parsed.errors.join('\n')}`);
      return { frameworks: JSON.stringify(parsed.value) };
    },
    module: (urls, digests) =>
      `export const frameworksUrl = ${JSON.stringify(urls.frameworks)};\n` +
      `export const frameworksDigest = ${JSON.stringify(digests?.frameworks ?? null)};\n`,
    assetPrefix: () => 'frameworks',
    devPath: '@frameworks/',
  });
}
