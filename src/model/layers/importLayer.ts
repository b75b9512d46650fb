import type { GraphIndex } from '../graphIndex';
import { isThreat } from '../nodeKinds';
import { formatIssues } from '../zodIssues';

import { MAX_LAYER_BYTES } from './layerVocabulary';
import { migrateLayer } from './migrate';
import { findForbiddenKey, forbiddenKeyMessage, readJson } from './safeJson';
import { type Layer, layerSchema } from './schema';

/** Something in a valid layer that does not fit the loaded data set. The layer keeps it (see docs). */
export type LayerWarning =
  | { kind: 'unknown-node'; path: string; id: string; message: string }
  | { kind: 'wrong-kind'; path: string; id: string; message: string }
  | { kind: 'data-version'; layerVersion: string; dataVersion: string; message: string };

export type LayerImport =
  | { ok: true; layer: Layer; warnings: LayerWarning[]; migratedFrom: number | null }
  | { ok: false; errors: string[] };

export interface LayerImportOptions {
  /** The loaded data set; without it, node ids and the data version are not checked. */
  index?: GraphIndex;
}

/** Reads a layer file's text: size limit, JSON syntax, forbidden keys, migration, validation, then warnings. */
export function importLayer(text: string, options: LayerImportOptions = {}): LayerImport {
  const read = readJson(text, MAX_LAYER_BYTES);
  if (!read.ok) return { ok: false, errors: [read.error] };
  return validateLayer(read.value, options);
}

/** Validates an already parsed layer (from a file or storage). Never throws. */
export function validateLayer(raw: unknown, options: LayerImportOptions = {}): LayerImport {
  const forbidden = findForbiddenKey(raw);
  if (forbidden) return { ok: false, errors: [forbiddenKeyMessage(forbidden)] };
  const migrated = migrateLayer(raw);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const result = layerSchema.safeParse(migrated.layer, { reportInput: true });
  if (!result.success) return { ok: false, errors: formatIssues(result.error) };
  const layer = result.data;
  return {
    ok: true,
    layer,
    warnings: options.index ? layerWarnings(layer, options.index) : [],
    migratedFrom: migrated.migratedFrom,
  };
}

/** Ids the data set does not have or of the wrong kind, and a data version other than the loaded one. */
export function layerWarnings(layer: Layer, index: GraphIndex): LayerWarning[] {
  const warnings: LayerWarning[] = [];
  const dataVersion = index.dataset.upstream[0]?.commit;
  if (dataVersion && dataVersion !== layer.dataVersion) {
    warnings.push({
      kind: 'data-version',
      layerVersion: layer.dataVersion,
      dataVersion,
      message: `dataVersion: the layer was made with data ${layer.dataVersion.slice(0, 7)}, the app has ${dataVersion.slice(0, 7)}`,
    });
  }
  const check = (section: 'controls' | 'threats', id: string) => {
    const path = `${section}.${id}`;
    const node = index.node(id);
    if (!node) {
      warnings.push({
        kind: 'unknown-node',
        path,
        id,
        message: `${path}: no node "${id}" in the data set; kept`,
      });
    } else if (section === 'controls' ? node.kind !== 'control' : !isThreat(node)) {
      const expected = section === 'controls' ? 'a control' : 'a threat or threat group';
      warnings.push({
        kind: 'wrong-kind',
        path,
        id,
        message: `${path}: "${id}" is a ${node.kind}, not ${expected}; kept but not used`,
      });
    }
  };
  for (const id of Object.keys(layer.controls)) check('controls', id);
  for (const id of Object.keys(layer.threats)) check('threats', id);
  return warnings;
}
