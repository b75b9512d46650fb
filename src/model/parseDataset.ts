import type { z } from 'zod/mini';

import {
  type CoreDataset,
  coreDatasetSchema,
  type Dataset,
  type DatasetDetails,
  datasetDetailsSchema,
  datasetSchema,
} from './schema';
import { formatIssues } from './zodIssues';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };
export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** More errors than this are summarised: a badly broken file would otherwise fill the screen. */
const MAX_ERRORS = 50;

function parseWith<T>(schema: z.ZodMiniType<T>, json: unknown): Parsed<T> {
  const result = schema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: formatIssues(result.error, { max: MAX_ERRORS }) };
}

/** Validates untrusted JSON against the full data set schema; errors name the path of each bad field. */
export function parseDataset(json: unknown): ParseResult {
  const result = parseWith(datasetSchema, json);
  return result.ok ? { ok: true, dataset: result.value } : result;
}

/** Validates the core file the app fetches at start-up. */
export function parseCore(json: unknown): Parsed<CoreDataset> {
  return parseWith(coreDatasetSchema, json);
}

/** Validates the details file (summaries and references by node id). */
export function parseDetails(json: unknown): Parsed<DatasetDetails> {
  return parseWith(datasetDetailsSchema, json);
}
