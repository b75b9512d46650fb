import { existsSync, writeFileSync } from 'node:fs';

import { importFromUpstream } from './import/run-import';
import { serializeDataset } from './import/serialize';
import { UPSTREAM_DIR } from './upstream/manifest';

/** Builds data/navigator.json from the upstream documents in data/upstream/ (or the folder given) and data/curated/. */
const folder = process.argv[2] ?? UPSTREAM_DIR;
if (!existsSync(folder)) {
  console.error(`usage: npm run data:import [-- <folder laid out like ${UPSTREAM_DIR}>]`);
  process.exit(2);
}
const { dataset, report } = importFromUpstream(folder);
report.notes.forEach((note) => console.log(`note: ${note}`));
report.errors.forEach((error) => console.error(`error: ${error}`));
writeFileSync('data/navigator.json', serializeDataset(dataset));
console.log(
  `data/navigator.json: ${dataset.nodes.length} nodes, ${dataset.edges.length} edges, ${report.errors.length} errors`,
);
process.exitCode = report.errors.length > 0 ? 1 : 0;
