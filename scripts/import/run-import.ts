import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { buildDataset } from './build';
import { loadCurated } from './curated';
import { parsePeriodicTable } from './periodic-table';

/** Where the upstream documents sit beside a checkout of this repository. */
export const DEFAULT_DOCS = '../shared/reference/ai-exchange';

/** Reads every markdown file of a docs folder and builds the data set with the curated overlays. */
export function importFromFolder(folder: string, curatedDir = resolve('data/curated')) {
  const docs = Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );
  const curated = loadCurated(curatedDir);
  const periodic = parsePeriodicTable(docs['ai_security_overview.md'] ?? '');
  return { ...buildDataset(docs, curated), curated, periodic };
}
