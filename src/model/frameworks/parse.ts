import type { Parsed } from '../parseDataset';
import { formatIssues } from '../zodIssues';

import { frameworkProblems } from './integrity';
import { type FrameworksFile, frameworksFileSchema } from './schema';

const MAX_ERRORS = 50;

/**
 * Validates untrusted JSON as a framework file: the schema, then what it cannot say (ids unique, links to listed
 * items and, given `nodeIds`, to nodes of the data set). Errors name the path of each bad field.
 */
export function parseFrameworksFile(json: unknown, nodeIds?: ReadonlySet<string>): Parsed<FrameworksFile> {
  const result = frameworksFileSchema.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, errors: formatIssues(result.error, { max: MAX_ERRORS }) };
  const problems = frameworkProblems(result.data, nodeIds);
  return problems.length > 0
    ? { ok: false, errors: problems.slice(0, MAX_ERRORS) }
    : { ok: true, value: result.data };
}
