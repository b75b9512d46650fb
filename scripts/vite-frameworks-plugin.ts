import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

import { parseFrameworksFile } from '../src/model/frameworks/parse';

/** The module the app imports the address of the frameworks file from (declared in src/datasetUrls.d.ts). */
const MODULE_ID = 'virtual:frameworks-url';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_PATH = '@frameworks/frameworks.json';

/**
 * Serves data/frameworks.json as a file of its own, fetched only by the views that show framework data (the
 * details, the crosswalk, a framework lens): the first view never waits for it. The build emits it as a hashed
 * asset and fails on an invalid file, naming the path of each bad field; the development server reads it anew on
 * every request.
 */
export function frameworksFile({ source = 'data/frameworks.json' } = {}): Plugin {
  let base = '/';
  let building = false;
  let sourcePath = source;

  const readFile = (): string => {
    const text = readFileSync(sourcePath, 'utf8');
    const parsed = parseFrameworksFile(JSON.parse(text));
    if (!parsed.ok) throw new Error(`${source} is invalid:\n${parsed.errors.join('\n')}`);
    return JSON.stringify(parsed.value);
  };
  const urlModule = (url: string) => `export const frameworksUrl = ${JSON.stringify(url)};\n`;

  return {
    name: 'frameworks-file',
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
      if (!building) return urlModule(`${base}${DEV_PATH}`);
      const text = readFile();
      const hash = createHash('sha256').update(text).digest('base64url').slice(0, 8);
      const fileName = `assets/frameworks-${hash}.json`;
      this.emitFile({ type: 'asset', fileName, source: text });
      return urlModule(`${base}${fileName}`);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if ((request.url?.split('?')[0] ?? '') !== `${base}${DEV_PATH}`) return next();
        try {
          response.setHeader('Content-Type', 'application/json');
          response.end(readFile());
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
