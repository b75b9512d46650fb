import { parseDataset } from '../../src/model/parseDataset';
import { UPSTREAM_DIR } from '../upstream/manifest';

import { checkDataset } from './checks';
import { importFromUpstream } from './run-import';
import { serializeDataset } from './serialize';

/**
 * Everything `npm run data:check` checks, as a list of problems (empty when the data set passes): the committed
 * text validates, the importer builds it from the upstream documents without errors and byte for byte, and the
 * result meets the data contract.
 */
export function checkCommitted(committed: string, upstreamDir = UPSTREAM_DIR, curatedDir?: string): string[] {
  const parsed = parseDataset(JSON.parse(committed));
  const problems: string[] = parsed.ok ? [] : parsed.errors.map((error) => `data/navigator.json ${error}`);
  const result = importFromUpstream(upstreamDir, curatedDir);
  problems.push(...result.report.errors);
  // The committed file itself is checked, so a hand edit is named precisely (besides differing from the build).
  problems.push(...checkDataset(parsed.ok ? parsed.dataset : result.dataset, result));
  if (serializeDataset(result.dataset) !== committed) {
    problems.push('data/navigator.json differs from what the importer builds: run `npm run data:import`');
  }
  return problems;
}
