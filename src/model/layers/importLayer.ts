import type { GraphIndex } from '../graphIndex';
import { isThreat } from '../nodeKinds';
import type { NodeKind } from '../vocabulary';
import { formatIssues } from '../zodIssues';

import { MAX_LAYER_BYTES, MAX_LAYER_ENTRIES } from './layerVocabulary';
import { migrateLayer } from './migrate';
import { findForbiddenKey, forbiddenKeyMessage, readJson } from './safeJson';
import { type Layer, layerSchema } from './schema';

/**
 * Something in a valid layer that does not fit the loaded data set. The layer keeps it (see docs). `message` says
 * it in English, for logs and tools; the review words it in the page's language from the other fields.
 */
export type LayerWarning =
  | { kind: 'unknown-node'; path: string; id: string; message: string }
  | {
      kind: 'wrong-kind';
      path: string;
      id: string;
      /** The section it is under, and what the node is instead. */
      section: 'controls' | 'threats';
      nodeKind: NodeKind;
      message: string;
    }
  | { kind: 'data-version'; layerVersion: string; dataVersion: string; message: string };

/**
 * Why a file is not a layer the app can use: `too-large` (bytes), `not-a-layer` (not JSON, not an object, or
 * another format), `too-many-entries` (refused before its entries are checked), `invalid` (a layer with errors).
 */
export type LayerProblem = 'too-large' | 'not-a-layer' | 'too-many-entries' | 'invalid';

export type LayerImport =
  | { ok: true; layer: Layer; warnings: LayerWarning[]; migratedFrom: number | null }
  | { ok: false; errors: string[]; problem: LayerProblem };

export interface LayerImportOptions {
  /** The loaded data set; without it, node ids and the data version are not checked. */
  index?: GraphIndex;
  /** Whether a node id is in the data set, for the summary of a refused file; default: `index`, if given. */
  isKnownNode?: (id: string) => boolean;
}

/**
 * Reads a layer file's text: size limit, JSON syntax, number of entries, forbidden keys, migration, validation,
 * then warnings. A file of the maximum size takes a few hundred milliseconds: the app runs it in a worker
 * (src/features/layers/readLayerBytes.ts).
 */
export function importLayer(text: string, options: LayerImportOptions = {}): LayerImport {
  const read = readJson(text, MAX_LAYER_BYTES, { forbiddenKeys: false });
  if (!read.ok) {
    return { ok: false, errors: [read.error], problem: read.tooLarge ? 'too-large' : 'not-a-layer' };
  }
  const tooMany = entryCountProblems(read.value, options.isKnownNode ?? options.index?.has);
  if (tooMany.length > 0) return { ok: false, errors: tooMany, problem: 'too-many-entries' };
  return validateLayer(read.value, options);
}

/**
 * `controls` or `threats` with more than MAX_LAYER_ENTRIES entries, summarised without looking at any entry
 * (`controls: 100,000 entries, more than the 2,000 a layer may have; 99,945 are not ids of the data set`).
 */
export function entryCountProblems(raw: unknown, isKnownNode?: (id: string) => boolean): string[] {
  if (!isObject(raw)) return [];
  const problems: string[] = [];
  for (const section of ['controls', 'threats'] as const) {
    const entries = raw[section];
    if (!isObject(entries)) continue;
    const ids = Object.keys(entries);
    if (ids.length <= MAX_LAYER_ENTRIES) continue;
    let problem = `${section}: ${count(ids.length)} entries, more than the ${count(MAX_LAYER_ENTRIES)} a layer may have`;
    if (isKnownNode) {
      let unknown = 0;
      for (const id of ids) if (!isKnownNode(id)) unknown++;
      problem += `; ${count(unknown)} of them are not ids of the data set`;
    }
    problems.push(`${problem} (first: ${ids.slice(0, 3).join(', ')}…)`);
  }
  return problems;
}

/** Validates an already parsed layer (from a file or storage). Never throws. */
export function validateLayer(raw: unknown, options: LayerImportOptions = {}): LayerImport {
  const forbidden = findForbiddenKey(raw);
  if (forbidden) return { ok: false, errors: [forbiddenKeyMessage(forbidden)], problem: 'invalid' };
  const migrated = migrateLayer(raw);
  if (!migrated.ok) {
    return { ok: false, errors: [migrated.error], problem: migrated.notALayer ? 'not-a-layer' : 'invalid' };
  }
  const result = layerSchema.safeParse(migrated.layer, { reportInput: true });
  if (!result.success) return { ok: false, errors: formatIssues(result.error), problem: 'invalid' };
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
        section,
        nodeKind: node.kind,
        message: `${path}: "${id}" is a ${node.kind}, not ${expected}; kept but not used`,
      });
    }
  };
  for (const id of Object.keys(layer.controls)) check('controls', id);
  for (const id of Object.keys(layer.threats)) check('threats', id);
  return warnings;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 100000 → "100,000": the same in every language the app has. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}
