import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { LLM_EDITIONS } from '../../src/model/editions';
import { parseManifest, UPSTREAM_DIR, VENDORED } from '../upstream/manifest';

import { parseAtlas } from './atlas';
import { buildDataset, type UpstreamInputs } from './build';
import { type Curated, loadCurated } from './curated';
import { parsePeriodicTable } from './periodic-table';
import { parseRedirects } from './redirects';
import { parseEditionMoves, parseGenAiTable, parseLlmPage, parseMlPage } from './top10-sources';

/** Read access to a folder laid out like data/upstream/: the text of a file, the file names of a folder. */
export interface UpstreamFiles {
  read(path: string): string | undefined;
  list(folder: string): string[];
}

/** data/upstream/ (or another folder of the same layout) on disk. */
export function upstreamFolder(dir = UPSTREAM_DIR): UpstreamFiles {
  return {
    read: (path) => (existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : undefined),
    list: (folder) => (existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).sort() : []),
  };
}

/** Everything the importer takes from the upstream files, parsed. */
export function readUpstream(files: UpstreamFiles): UpstreamInputs {
  const markdown = (folder: string) =>
    Object.fromEntries(
      files
        .list(folder)
        .filter((name) => name.endsWith('.md'))
        .map((name) => [name, files.read(`${folder}/${name}`) ?? '']),
    );
  const pages = <T>(folder: string, parse: (file: string, text: string) => T | null): T[] =>
    Object.entries(markdown(folder)).flatMap(([file, text]) => parse(file, text) ?? []);
  const docs = markdown(VENDORED.exchangeDocs);
  return {
    docs,
    redirects: parseRedirects(files.read(VENDORED.redirects) ?? '{}'),
    atlas: parseAtlas(files.read(VENDORED.atlas) ?? ''),
    top10: {
      mlPages: pages(VENDORED.mlPages, parseMlPage),
      llmPages: Object.fromEntries(
        LLM_EDITIONS.map((edition) => [
          edition,
          {
            en: pages(VENDORED.llmPages(edition), parseLlmPage),
            ja: pages(VENDORED.llmPages(edition, 'ja'), parseLlmPage),
          },
        ]),
      ),
      editionMoves: parseEditionMoves(files.read(VENDORED.llmEditionChanges) ?? ''),
      genAiTable: parseGenAiTable(docs['ai_security_overview.md'] ?? ''),
    },
    sources: parseManifest(files.read('sources.yaml') ?? ''),
    read: files.read,
  };
}

/** Builds the data set from upstream files and curated overlays; with what the checks compare it with. */
export function importFrom(files: UpstreamFiles, curated: Curated) {
  const inputs = readUpstream(files);
  const periodic = parsePeriodicTable(inputs.docs['ai_security_overview.md'] ?? '');
  const built = buildDataset(inputs, curated);
  return { ...built, curated, periodic, sources: inputs.sources, atlas: inputs.atlas, read: inputs.read };
}

/**
 * Builds the data set from the upstream documents kept in the repository (data/upstream/, or another folder of the
 * same layout) and the curated overlays in data/curated/.
 */
export function importFromUpstream(upstreamDir = UPSTREAM_DIR, curatedDir = resolve('data/curated')) {
  return importFrom(upstreamFolder(upstreamDir), loadCurated(curatedDir));
}
