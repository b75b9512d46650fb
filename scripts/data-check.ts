import { readFileSync } from 'node:fs';

import { checkCommitted } from './import/check-committed';
import { UPSTREAM_DIR } from './upstream/manifest';

/**
 * Checks data/navigator.json: it validates, it meets the data contract, and it is exactly what the importer builds
 * from the upstream documents kept in data/upstream/ (or the folder given).
 */
const folder = process.argv[2] ?? UPSTREAM_DIR;
const problems = checkCommitted(readFileSync('data/navigator.json', 'utf8'), folder);
problems.forEach((problem) => console.error(`error: ${problem}`));
console.log(problems.length === 0 ? 'data:check passed' : `data:check failed: ${problems.length} problems`);
process.exitCode = problems.length === 0 ? 0 : 1;
