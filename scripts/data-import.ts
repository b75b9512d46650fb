import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { buildDataset } from './import/build';
import { loadCurated } from './import/curated';
import { serializeDataset } from './import/serialize';

const folder = process.argv[2];
if (!folder || !existsSync(folder)) {
  console.error('usage: npm run data:import -- <folder with the AI Exchange docs (*.md)>');
  process.exit(2);
}
const docs = Object.fromEntries(
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
);
const { dataset, report } = buildDataset(docs, loadCurated(resolve('data/curated')));
report.notes.forEach((note) => console.log(`note: ${note}`));
report.errors.forEach((error) => console.error(`error: ${error}`));
writeFileSync('data/navigator.json', serializeDataset(dataset));
console.log(
  `data/navigator.json: ${dataset.nodes.length} nodes, ${dataset.edges.length} edges, ${report.errors.length} errors`,
);
process.exitCode = report.errors.length > 0 ? 1 : 0;
