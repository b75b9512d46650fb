import { existsSync, writeFileSync } from 'node:fs';

import { importFromFolder } from './import/run-import';
import { serializeDataset } from './import/serialize';

const folder = process.argv[2];
if (!folder || !existsSync(folder)) {
  console.error('usage: npm run data:import -- <folder with the AI Exchange docs (*.md)>');
  process.exit(2);
}
const { dataset, report } = importFromFolder(folder);
report.notes.forEach((note) => console.log(`note: ${note}`));
report.errors.forEach((error) => console.error(`error: ${error}`));
writeFileSync('data/navigator.json', serializeDataset(dataset));
console.log(
  `data/navigator.json: ${dataset.nodes.length} nodes, ${dataset.edges.length} edges, ${report.errors.length} errors`,
);
process.exitCode = report.errors.length > 0 ? 1 : 0;
