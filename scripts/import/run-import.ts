import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { loadManifest, UPSTREAM_DIR, VENDORED } from '../upstream/manifest';

import { parseAtlas } from './atlas';
import { buildDataset } from './build';
import { loadCurated } from './curated';
import { parsePeriodicTable } from './periodic-table';
import { parseRedirects } from './redirects';

/** Reads every markdown file of a folder, by file name. */
function readMarkdown(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );
}

/**
 * Builds the data set from the upstream documents kept in the repository (data/upstream/, or another folder of the
 * same layout) and the curated overlays.
 */
export function importFromUpstream(upstreamDir = UPSTREAM_DIR, curatedDir = resolve('data/curated')) {
  const sources = loadManifest(upstreamDir);
  const docs = readMarkdown(join(upstreamDir, VENDORED.exchangeDocs));
  const redirects = parseRedirects(readFileSync(join(upstreamDir, VENDORED.redirects), 'utf8'));
  const atlas = parseAtlas(readFileSync(join(upstreamDir, VENDORED.atlas), 'utf8'));
  const curated = loadCurated(curatedDir);
  const periodic = parsePeriodicTable(docs['ai_security_overview.md'] ?? '');
  return { ...buildDataset({ docs, redirects, atlas }, curated), curated, periodic, sources, atlas };
}
