import * as z from 'zod/mini';

import type { GraphIndex } from '../graphIndex';
import { formatIssues } from '../zodIssues';

import { type LayerWarning, validateLayer } from './importLayer';
import { readJson } from './safeJson';
import type { Layer } from './schema';

/**
 * The saved layers, as one localStorage entry. The key carries the store version; the entry repeats it. A store
 * that cannot be read is never replaced silently: `parseStore` hands back the raw text (for the user to export)
 * and whatever layers could be recovered.
 */

export const STORE_KEY = 'ai-security-navigator.layers.v1';
export const STORE_VERSION = 1;
const MAX_STORE_BYTES = 10 * 1024 * 1024;

export interface StoredLayer {
  /** Chosen by the app when the layer is added; unique within the store. */
  id: string;
  layer: Layer;
}

export interface LayerStoreState {
  version: typeof STORE_VERSION;
  /** The layer shown, or null for none. */
  activeId: string | null;
  layers: readonly StoredLayer[];
}

export const EMPTY_STORE: LayerStoreState = { version: STORE_VERSION, activeId: null, layers: [] };

/**
 * Something the saved layers were read with: a layer upgraded from an older format, a note on a layer (with
 * `index`), an active id that names no layer. `message` says it in English; the manager words it from the rest.
 */
export type StoreWarning =
  | { kind: 'upgraded'; name: string; from: number; message: string }
  | { kind: 'layer'; name: string; warning: LayerWarning; message: string }
  | { kind: 'no-active'; activeId: string; message: string };

export type StoreParse =
  | { ok: true; state: LayerStoreState; warnings: StoreWarning[] }
  | { ok: false; error: string; raw: string; recovered: LayerStoreState };

const storeSchema = z.strictObject({
  version: z.literal(STORE_VERSION),
  activeId: z.nullable(z.string()),
  layers: z.array(
    z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(100)), layer: z.unknown() }),
  ),
});

export function serializeStore(state: LayerStoreState): string {
  return JSON.stringify(state);
}

/**
 * Reads the stored text (null when nothing is stored). Older layer versions are migrated. Warnings cover
 * migrations, unknown node ids (with `index`) and a dangling active id; any invalid layer makes the whole store
 * unreadable, with the valid layers in `recovered`.
 */
export function parseStore(raw: string | null, options: { index?: GraphIndex } = {}): StoreParse {
  if (raw === null) return { ok: true, state: EMPTY_STORE, warnings: [] };
  const fail = (error: string, recovered: LayerStoreState = EMPTY_STORE): StoreParse => ({
    ok: false,
    error,
    raw,
    recovered,
  });

  const read = readJson(raw, MAX_STORE_BYTES);
  if (!read.ok) return fail(read.error);
  const parsed = storeSchema.safeParse(read.value, { reportInput: true });
  if (!parsed.success) return fail(formatIssues(parsed.error).join('\n'));

  const layers: StoredLayer[] = [];
  const errors: string[] = [];
  const warnings: StoreWarning[] = [];
  const seen = new Set<string>();
  parsed.data.layers.forEach(({ id, layer: rawLayer }, i) => {
    if (seen.has(id)) {
      errors.push(`layers[${i}].id: "${id}" is used twice`);
      return;
    }
    seen.add(id);
    const result = validateLayer(rawLayer, options);
    if (!result.ok) {
      errors.push(...result.errors.map((error) => nest(`layers[${i}].layer`, error)));
      return;
    }
    const { name } = result.layer;
    if (result.migratedFrom !== null) {
      warnings.push({
        kind: 'upgraded',
        name,
        from: result.migratedFrom,
        message: `layers[${i}]: "${name}" was upgraded from version ${result.migratedFrom}`,
      });
    }
    warnings.push(
      ...result.warnings.map((warning: LayerWarning): StoreWarning => ({
        kind: 'layer',
        name,
        warning,
        message: nest(`layers[${i}].layer`, warning.message),
      })),
    );
    layers.push({ id, layer: result.layer });
  });

  let activeId = parsed.data.activeId;
  if (activeId !== null && !layers.some((entry) => entry.id === activeId)) {
    if (errors.length === 0)
      warnings.push({
        kind: 'no-active',
        activeId,
        message: `activeId: no layer "${activeId}"; none is active`,
      });
    activeId = null;
  }
  const state: LayerStoreState = { version: STORE_VERSION, activeId, layers };
  return errors.length > 0 ? fail(errors.join('\n'), state) : { ok: true, state, warnings };
}

/** Puts a message about a path inside a layer under the layer's own path. */
function nest(prefix: string, message: string): string {
  return message.startsWith('(root)') ? `${prefix}${message.slice('(root)'.length)}` : `${prefix}.${message}`;
}
