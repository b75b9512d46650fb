import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface JsonFilesOptions<Name extends string> {
  /** The plugin's name. */
  name: string;
  /** The virtual module the app imports the files' addresses from (declared in src/datasetUrls.d.ts). */
  moduleId: string;
  /** The committed file they are made from, relative to the project root. */
  source: string;
  /** The files made from it. */
  names: readonly Name[];
  /** Reads and checks the committed file at `path` (failing with the path of each bad field); each file's text. */
  read(path: string): Record<Name, string>;
  /**
   * The virtual module's code, given each file's address and, in the build, the SHA-256 of each file's bytes (hex;
   * null from the development server, whose files change on every edit).
   */
  module(urls: Record<Name, string>, digests: Record<Name, string> | null): string;
  /** A built file's name before its hash: it is emitted as `assets/<prefix>-<hash>.json`. */
  assetPrefix(name: Name): string;
  /** Where the development server answers with each file: `<base><devPath><name>.json`. */
  devPath: string;
}

/**
 * JSON files made from a committed file, whose addresses the app imports from a virtual module. The build checks
 * the file (an invalid one fails it) and emits each part as a hashed asset; the development server makes them anew
 * on every request, so an edit shows on reload. `builtUrls` gives the built addresses once the module is loaded.
 */
export function jsonFiles<Name extends string>(
  options: JsonFilesOptions<Name>,
): Plugin & { builtUrls(): Record<Name, string> | null } {
  const resolvedId = `\0${options.moduleId}`;
  let base = '/';
  let building = false;
  let sourcePath = options.source;
  let built: Record<Name, string> | null = null;
  const urlsBy = (urlOf: (name: Name) => string) =>
    Object.fromEntries(options.names.map((name) => [name, urlOf(name)])) as Record<Name, string>;

  return {
    name: options.name,
    builtUrls: () => built,
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
      sourcePath = resolve(config.root, options.source);
    },
    resolveId(id) {
      return id === options.moduleId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      this.addWatchFile(sourcePath);
      if (!building)
        return options.module(
          urlsBy((name) => `${base}${options.devPath}${name}.json`),
          null,
        );
      const texts = options.read(sourcePath);
      const digests = urlsBy((name) => createHash('sha256').update(texts[name]).digest('hex'));
      built = urlsBy((name) => {
        const hash = Buffer.from(digests[name], 'hex').toString('base64url').slice(0, 8);
        const fileName = `assets/${options.assetPrefix(name)}-${hash}.json`;
        this.emitFile({ type: 'asset', fileName, source: texts[name] });
        return `${base}${fileName}`;
      });
      return options.module(built, digests);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? '';
        const name = options.names.find((each) => path === `${base}${options.devPath}${each}.json`);
        if (!name) return next();
        try {
          response.setHeader('Content-Type', 'application/json');
          response.end(options.read(sourcePath)[name]);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
