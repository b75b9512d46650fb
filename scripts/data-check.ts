import { existsSync, readFileSync } from 'node:fs';

import { parseDataset } from '../src/model/parseDataset';

import { checkDataset } from './import/checks';
import { DEFAULT_DOCS, importFromFolder } from './import/run-import';
import { serializeDataset } from './import/serialize';

/**
 * Checks data/navigator.json: it validates, it meets the data contract, and it is exactly what the
 * importer builds from the upstream documents (given as an argument, or found beside the checkout).
 */
const folder = process.argv[2] ?? DEFAULT_DOCS;
const committed = readFileSync('data/navigator.json', 'utf8');
const parsed = parseDataset(JSON.parse(committed));
const problems: string[] = parsed.ok ? [] : parsed.errors.map((error) => `data/navigator.json ${error}`);

if (!existsSync(folder)) {
  console.log(`note: ${folder} not found; checked the schema only`);
} else {
  const { dataset, report, curated, periodic } = importFromFolder(folder);
  problems.push(...report.errors);
  problems.push(...checkDataset(dataset, curated, periodic));
  if (serializeDataset(dataset) !== committed) {
    problems.push(
      'data/navigator.json differs from what the importer builds: run `npm run data:import -- ' +
        folder +
        '`',
    );
  }
}

problems.forEach((problem) => console.error(`error: ${problem}`));
console.log(problems.length === 0 ? 'data:check passed' : `data:check failed: ${problems.length} problems`);
process.exitCode = problems.length === 0 ? 0 : 1;
