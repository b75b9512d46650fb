import type { z } from 'zod/mini';

const MAX_SHOWN_VALUE = 60;

/** `nodes[12].impacts[0]` from `['nodes', 12, 'impacts', 0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/**
 * Readable lines for the issues of a failed zod parse, each naming the path of the bad field:
 * `controls.monitoruse.status: invalid value "done" (expected "implemented" | …)`.
 * More than `max` issues are summarised, so a badly broken file does not fill the screen.
 */
export function formatIssues(
  error: z.core.$ZodError,
  { max = 20, prefix = [] as readonly PropertyKey[] } = {},
): string[] {
  const lines = error.issues.slice(0, max).map((issue) => {
    const path = [...prefix, ...issue.path];
    return `${path.length > 0 ? formatPath(path) : '(root)'}: ${describe(issue)}`;
  });
  const rest = error.issues.length - max;
  if (rest > 0) lines.push(`… and ${rest} more`);
  return lines;
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value': {
      const expected = issue.values.map((v) => show(v)).join(' | ');
      return issue.input === undefined
        ? `missing (expected ${expected})`
        : `invalid value ${show(issue.input)} (expected ${expected})`;
    }
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${issue.expected})`
        : `expected ${issue.expected}, got ${show(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => show(k)).join(', ')}`;
    case 'invalid_key':
      return `invalid key: ${issue.issues.map((inner) => inner.message).join('; ')}`;
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
      return issue.input === undefined || typeof issue.input === 'object'
        ? issue.message
        : `${issue.message}, got ${show(issue.input)}`;
    default:
      return issue.message;
  }
}

function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE)}…` : text;
}
