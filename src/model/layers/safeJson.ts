import { formatPath } from '../zodIssues';

/**
 * Reading untrusted JSON text: refuse it when too large, report syntax errors, and refuse keys that could alter
 * object prototypes when the data is copied into plain objects.
 */

export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export type JsonRead = { ok: true; value: unknown } | { ok: false; error: string; tooLarge?: true };

/**
 * `forbiddenKeys: false` leaves the check for forbidden keys to the caller (which may refuse the value for
 * cheaper reasons first); the parsed value is a plain JSON value either way, whose `__proto__` keys are own
 * properties that change no prototype until the value is copied.
 */
export function readJson(
  text: string,
  maxBytes: number,
  { forbiddenKeys = true }: { forbiddenKeys?: boolean } = {},
): JsonRead {
  if (exceedsBytes(text, maxBytes)) {
    return { ok: false, error: `(root): the file is larger than ${formatBytes(maxBytes)}`, tooLarge: true };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `(root): not valid JSON (${detail})` };
  }
  const forbidden = forbiddenKeys ? findForbiddenKey(value) : null;
  if (forbidden) return { ok: false, error: forbiddenKeyMessage(forbidden) };
  return { ok: true, value };
}

interface Visit {
  value: unknown;
  parent: Visit | null;
  key: string | number;
}

/** The path of the first forbidden key anywhere in `value`, or null. Iterative, so deep nesting cannot overflow. */
export function findForbiddenKey(value: unknown): (string | number)[] | null {
  const stack: Visit[] = [{ value, parent: null, key: '' }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const current = visit.value;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push({ value: item, parent: visit, key: i }));
      continue;
    }
    for (const key of Object.keys(current)) {
      if ((FORBIDDEN_KEYS as readonly string[]).includes(key))
        return pathOf({ value: null, parent: visit, key });
      stack.push({ value: (current as Record<string, unknown>)[key], parent: visit, key });
    }
  }
  return null;
}

export function forbiddenKeyMessage(path: readonly (string | number)[]): string {
  const key = String(path[path.length - 1]);
  return `${formatPath(path)}: the key "${key}" is not allowed (it could change how objects behave)`;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** Whether the UTF-8 encoding of `text` is longer than `limit` bytes. */
function exceedsBytes(text: string, limit: number): boolean {
  // Every UTF-16 code unit takes one to three bytes.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
