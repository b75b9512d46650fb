import type { z } from 'zod';

import { datasetSchema, type Dataset } from './schema';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** More errors than this are summarised: a badly broken file would otherwise fill the screen. */
const MAX_ERRORS = 50;
const MAX_SHOWN_VALUE = 60;

/** Validates untrusted JSON against the data set schema; errors name the path of each bad field. */
export function parseDataset(json: unknown): ParseResult {
  const result = datasetSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, dataset: result.data };
  const errors = result.error.issues.slice(0, MAX_ERRORS).map(formatIssue);
  const rest = result.error.issues.length - MAX_ERRORS;
  if (rest > 0) errors.push(`… and ${rest} more`);
  return { ok: false, errors };
}

/** `nodes[12].impacts[0]` from `['nodes', 12, 'impacts', 0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? formatPath(issue.path) : '(root)';
  return `${where}: ${describeIssue(issue)}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `invalid value ${showValue(issue.input)} (expected ${issue.values.map((v) => showValue(v)).join(' | ')})`;
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${showValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => showValue(k)).join(', ')}`;
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
      return issue.input === undefined ? issue.message : `${issue.message}, got ${showValue(issue.input)}`;
    default:
      return issue.message;
  }
}

function showValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE)}…` : text;
}
