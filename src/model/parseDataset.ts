import { type Dataset, datasetSchema } from './schema';
import { formatIssues } from './zodIssues';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** More errors than this are summarised: a badly broken file would otherwise fill the screen. */
const MAX_ERRORS = 50;

/** Validates untrusted JSON against the data set schema; errors name the path of each bad field. */
export function parseDataset(json: unknown): ParseResult {
  const result = datasetSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, dataset: result.data };
  return { ok: false, errors: formatIssues(result.error, { max: MAX_ERRORS }) };
}
