import type { GraphIndex } from '../graphIndex';
import { normalizeAnswers, type ScopeAnswers } from '../scope/answerOptions';

import { layerWarnings } from './importLayer';
import { LAYER_FORMAT, LAYER_VERSION } from './layerVocabulary';
import { type ControlAnnotation, isLayerKey, type Layer, type ThreatAnnotation } from './schema';

/**
 * Immutable updates of a layer. Each takes the time of the change (an ISO timestamp) so that it stays pure.
 * Annotations that say nothing (status `unknown` without owner or note; a threat without rating or note) are
 * removed rather than stored, so equal layers serialize alike. An id that is not a node id is ignored.
 */

export function createLayer(
  name: string,
  dataVersion: string,
  now: string,
  answers: ScopeAnswers = {},
): Layer {
  const scope = normalizeAnswers(answers);
  return {
    format: LAYER_FORMAT,
    version: LAYER_VERSION,
    name,
    created: now,
    modified: now,
    dataVersion,
    ...(Object.keys(scope).length > 0 ? { scope } : {}),
    controls: {},
    threats: {},
  };
}

export function setControlAnnotation(
  layer: Layer,
  id: string,
  annotation: ControlAnnotation | null,
  now: string,
): Layer {
  if (!isLayerKey(id)) return layer;
  const kept = annotation && compact(annotation);
  const empty = !kept || (kept.status === 'unknown' && !kept.owner && !kept.note);
  return { ...layer, modified: now, controls: withEntry(layer.controls, id, empty ? null : kept) };
}

export function setThreatAnnotation(
  layer: Layer,
  id: string,
  annotation: ThreatAnnotation | null,
  now: string,
): Layer {
  if (!isLayerKey(id)) return layer;
  const kept = annotation && compact(annotation);
  const empty = !kept || Object.keys(kept).length === 0;
  return { ...layer, modified: now, threats: withEntry(layer.threats, id, empty ? null : kept) };
}

export function renameLayer(layer: Layer, name: string, now: string): Layer {
  return { ...layer, name, modified: now };
}

export function setLayerScope(layer: Layer, answers: ScopeAnswers, now: string): Layer {
  const scope = normalizeAnswers(answers);
  const next: Layer = { ...layer, modified: now };
  if (Object.keys(scope).length > 0) next.scope = scope;
  else delete next.scope;
  return next;
}

/** Removes the entries `layerWarnings` reports (unknown ids and ids of the wrong kind). */
export function pruneLayer(layer: Layer, index: GraphIndex, now: string): Layer {
  const drop = new Set(
    layerWarnings(layer, index).flatMap((warning) => ('path' in warning ? [warning.path] : [])),
  );
  if (drop.size === 0) return layer;
  const keep = <T>(section: 'controls' | 'threats', entries: Record<string, T>) =>
    Object.fromEntries(Object.entries(entries).filter(([id]) => !drop.has(`${section}.${id}`)));
  return {
    ...layer,
    modified: now,
    controls: keep('controls', layer.controls),
    threats: keep('threats', layer.threats),
  };
}

/** The layer file's text: two-space JSON with a final newline. */
export function serializeLayer(layer: Layer): string {
  return `${JSON.stringify(layer, null, 2)}\n`;
}

function withEntry<T>(entries: Record<string, T>, id: string, value: T | null): Record<string, T> {
  const next = Object.fromEntries(Object.entries(entries).filter(([key]) => key !== id));
  return value === null ? next : { ...next, [id]: value };
}

/** Drops optional fields that are undefined or empty text. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined && field !== ''),
  ) as T;
}
