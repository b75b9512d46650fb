import type { ControlStatus } from './layerVocabulary';
import type { ControlAnnotation, Layer, ThreatAnnotation } from './schema';

/** Lookups by own key only, so an id such as `constructor` is never found on a prototype. */

export function controlAnnotation(layer: Layer | null, id: string): ControlAnnotation | undefined {
  return layer && Object.hasOwn(layer.controls, id) ? layer.controls[id] : undefined;
}

export function threatAnnotation(layer: Layer | null, id: string): ThreatAnnotation | undefined {
  return layer && Object.hasOwn(layer.threats, id) ? layer.threats[id] : undefined;
}

/** A control's status; without an annotation (or a layer) it is `unknown`. */
export function statusOf(layer: Layer | null, controlId: string): ControlStatus {
  return controlAnnotation(layer, controlId)?.status ?? 'unknown';
}
