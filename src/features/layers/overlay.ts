import type { GraphIndex } from '../../model/graphIndex';
import { controlAnnotation, threatAnnotation } from '../../model/layers/annotations';
import type { ControlStatus } from '../../model/layers/layerVocabulary';
import { type RiskLevel, riskLevel, riskScore } from '../../model/layers/risk';
import type { Layer } from '../../model/layers/schema';
import { isThreat } from '../../model/nodeKinds';

/**
 * What a layer adds to a drawing of the graph: a status per annotated control, a risk level per rated threat.
 * The graph marks them with a badge and its legend; the colours below are for the canvas (which cannot read CSS
 * variables), and each comes with the status symbol, so colour is never the only sign.
 */
export interface NodeOverlay {
  status?: ControlStatus;
  risk?: RiskLevel;
}

export const STATUS_COLOURS: Readonly<Record<ControlStatus, string>> = {
  implemented: '#2f8f46',
  partial: '#a68a00',
  planned: '#0b5cad',
  'not-applicable': '#5b6573',
  unknown: '#9aa5b1',
};

/** A symbol for each status, so that lists, tables and the graph never rely on colour alone. */
export const STATUS_SYMBOLS: Readonly<Record<ControlStatus, string>> = {
  implemented: '✓',
  partial: '◐',
  planned: '○',
  'not-applicable': '–',
  unknown: '?',
};

/** More exclamation marks for a higher risk, beside the colour. */
export const RISK_SYMBOLS: Readonly<Record<RiskLevel, string>> = {
  low: '!',
  medium: '!!',
  high: '!!!',
  critical: '!!!!',
};

export { RISK_COLOURS } from '../../model/layers/risk';

/** The overlay of every node the layer annotates that the data set has (of the right kind). */
export function layerOverlay(index: GraphIndex, layer: Layer | null): ReadonlyMap<string, NodeOverlay> {
  const overlay = new Map<string, NodeOverlay>();
  if (!layer) return overlay;
  for (const id of Object.keys(layer.controls)) {
    const status = controlAnnotation(layer, id)?.status;
    if (status && index.node(id)?.kind === 'control') overlay.set(id, { status });
  }
  for (const id of Object.keys(layer.threats)) {
    const node = index.node(id);
    const score = riskScore(threatAnnotation(layer, id));
    if (node && isThreat(node) && score !== null) overlay.set(id, { risk: riskLevel(score) });
  }
  return overlay;
}
