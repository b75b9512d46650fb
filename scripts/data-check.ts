import { readFileSync } from 'node:fs';

import { checkCommitted } from './import/check-committed';
import { checkFrameworksCommitted, FRAMEWORKS_FILE, importAllFromUpstream } from './import/frameworks/run';
import { UPSTREAM_DIR } from './upstream/manifest';

/**
 * Checks data/navigator.json and data/frameworks.json: they validate, they meet the data contract, every link's
 * source line says what it claims, and each is exactly what the importer builds from the upstream documents kept in
 * data/upstream/ (or the folder given).
 */
const folder = process.argv[2] ?? UPSTREAM_DIR;
const { navigator, frameworks } = importAllFromUpstream(folder);
const problems = [
  ...checkCommitted(readFileSync('data/navigator.json', 'utf8'), folder, undefined, navigator),
  ...checkFrameworksCommitted(readFileSync(FRAMEWORKS_FILE, 'utf8'), navigator, frameworks),
];
problems.forEach((problem) => console.error(`error: ${problem}`));
console.log(problems.length === 0 ? 'data:check passed' : `data:check failed: ${problems.length} problems`);
process.exitCode = problems.length === 0 ? 0 : 1;
