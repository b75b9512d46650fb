import { existsSync, writeFileSync } from 'node:fs';

import { FRAMEWORKS_FILE, importAllFromUpstream, serializeFrameworks } from './import/frameworks/run';
import { serializeDataset } from './import/serialize';
import { UPSTREAM_DIR } from './upstream/manifest';

/**
 * Builds data/navigator.json and data/frameworks.json from the upstream documents in data/upstream/ (or the folder
 * given) and data/curated/.
 */
const folder = process.argv[2] ?? UPSTREAM_DIR;
if (!existsSync(folder)) {
  console.error(`usage: npm run data:import [-- <folder laid out like ${UPSTREAM_DIR}>]`);
  process.exit(2);
}
const { navigator, frameworks } = importAllFromUpstream(folder);
const { dataset, report } = navigator;
const notes = [...report.notes, ...frameworks.report.notes];
const errors = [...report.errors, ...frameworks.report.errors];
notes.forEach((note) => console.log(`note: ${note}`));
errors.forEach((error) => console.error(`error: ${error}`));
writeFileSync('data/navigator.json', serializeDataset(dataset));
writeFileSync(FRAMEWORKS_FILE, serializeFrameworks(frameworks.file));
console.log(
  `data/navigator.json: ${dataset.nodes.length} nodes, ${dataset.edges.length} edges; ` +
    `${FRAMEWORKS_FILE}: ${frameworks.file.frameworks.length} frameworks, ${frameworks.file.links.length} links; ` +
    `${errors.length} errors`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
