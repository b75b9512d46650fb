import { FRAMEWORK_IDS, type FrameworkId, ITEM_ID } from './schema';

/**
 * The framework lens of the URL (`framework=`): a framework (`eu-ai-act`), or one of its items
 * (`eu-ai-act:art14`). The item is checked against the framework's items once the framework data is loaded;
 * here only its form is.
 */
export interface FrameworkLens {
  framework: FrameworkId;
  item: string | null;
}

export const MAX_FRAMEWORK_PARAM_LENGTH = 100;

export type LensParse = { ok: true; lens: FrameworkLens | null } | { ok: false; value: string };

export function isFrameworkId(value: string): value is FrameworkId {
  return (FRAMEWORK_IDS as readonly string[]).includes(value);
}

/** Reads `framework=`: the framework id in any case, the item as written (its case is fixed once data loads). */
export function parseFrameworkParam(raw: string | null): LensParse {
  const value = raw?.trim() ?? '';
  if (value === '') return { ok: true, lens: null };
  const colon = value.indexOf(':');
  const framework = (colon < 0 ? value : value.slice(0, colon)).trim().toLowerCase();
  const item = colon < 0 ? null : value.slice(colon + 1).trim();
  if (!isFrameworkId(framework)) return { ok: false, value };
  if (item === null || item === '') return { ok: true, lens: { framework, item: null } };
  if (!ITEM_ID.test(item)) return { ok: false, value };
  return { ok: true, lens: { framework, item } };
}

/** `eu-ai-act` or `eu-ai-act:art14`, or null for no lens. */
export function serializeFrameworkParam(lens: FrameworkLens | null): string | null {
  if (!lens) return null;
  return lens.item === null ? lens.framework : `${lens.framework}:${lens.item}`;
}

export function sameLens(a: FrameworkLens | null, b: FrameworkLens | null): boolean {
  return serializeFrameworkParam(a) === serializeFrameworkParam(b);
}
