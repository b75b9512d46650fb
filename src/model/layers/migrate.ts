import { isBareLlmNumber, llmItemId } from '../editions';

import { LAYER_FORMAT, LAYER_VERSION } from './layerVocabulary';

type RawLayer = Record<string, unknown>;

/** Upgrades a layer of version `n` (the key) to version `n + 1`. Input is unvalidated: change only what is recognised. */
const MIGRATIONS: Readonly<Record<number, (layer: RawLayer) => RawLayer>> = {
  0: fromPreRelease,
  1: withLlmEditions,
};

export const OLDEST_LAYER_VERSION = 0;

export type MigrationResult =
  | { ok: true; layer: RawLayer; migratedFrom: number | null }
  /** `notALayer`: not an object, or another format: some other kind of file. */
  | { ok: false; error: string; notALayer?: true };

/**
 * Brings a parsed layer file up to the current version, one step at a time. Checks only what migration needs
 * (an object, the format marker, a known version); the result still has to be validated with `layerSchema`.
 */
export function migrateLayer(raw: unknown): MigrationResult {
  if (!isObject(raw)) return { ok: false, error: '(root): expected a JSON object', notALayer: true };
  if (raw.format !== LAYER_FORMAT) {
    return {
      ok: false,
      notALayer: true,
      error: `format: expected "${LAYER_FORMAT}", got ${describe(raw.format)} — this is not a navigator layer file`,
    };
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, error: `version: expected a whole number, got ${describe(version)}` };
  }
  if (version > LAYER_VERSION) {
    return {
      ok: false,
      error: `version: ${version} is newer than this app reads (up to ${LAYER_VERSION}); update the app`,
    };
  }
  if (version < OLDEST_LAYER_VERSION) {
    return {
      ok: false,
      error: `version: ${version} is not a layer version (the first is ${OLDEST_LAYER_VERSION})`,
    };
  }

  let layer = raw;
  for (let from = version; from < LAYER_VERSION; from++) {
    const step = MIGRATIONS[from];
    if (!step) return { ok: false, error: `version: no migration from version ${from}` };
    layer = { ...step(layer), version: from + 1 };
  }
  return { ok: true, layer, migratedFrom: version === LAYER_VERSION ? null : version };
}

/** Pre-release status words of version 0, by the status that replaced them. */
const PRE_RELEASE_STATUSES: Readonly<Record<string, string>> = {
  done: 'implemented',
  todo: 'planned',
  'n/a': 'not-applicable',
};

/** Version 0, the pre-release format, said `done`, `todo` and `n/a` where version 1 has status names. */
function fromPreRelease(layer: RawLayer): RawLayer {
  if (!isObject(layer.controls)) return layer;
  const controls = Object.fromEntries(
    Object.entries(layer.controls).map(([id, annotation]) => {
      if (!isObject(annotation) || typeof annotation.status !== 'string') return [id, annotation];
      const status = Object.hasOwn(PRE_RELEASE_STATUSES, annotation.status)
        ? PRE_RELEASE_STATUSES[annotation.status]
        : annotation.status;
      return [id, { ...annotation, status }];
    }),
  );
  return { ...layer, controls };
}

/**
 * Version 1 named LLM Top 10 items by number alone, which then meant the 2023 edition, the only one the data had;
 * version 2 names them with their edition (`LLM08:2023`), since the numbers name other risks in later editions.
 */
function withLlmEditions(layer: RawLayer): RawLayer {
  const renamed = (annotations: unknown) =>
    isObject(annotations)
      ? Object.fromEntries(
          Object.entries(annotations).map(([id, annotation]) => [
            isBareLlmNumber(id) ? llmItemId(id, '2023') : id,
            annotation,
          ]),
        )
      : annotations;
  return { ...layer, controls: renamed(layer.controls), threats: renamed(layer.threats) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
