import { countsAsThreat } from '../counts';
import type { GraphIndex } from '../graphIndex';
import { controlAnnotation, statusOf, threatAnnotation } from '../layers/annotations';
import { controlsForThreat } from '../layers/controlsForThreat';
import type { ControlStatus } from '../layers/layerVocabulary';
import { riskScore } from '../layers/risk';
import type { ControlAnnotation, Layer, ThreatAnnotation } from '../layers/schema';
import type { NavNode } from '../schema';

export interface ControlEntry {
  control: NavNode;
  /** Groups on the nearest link (see `controlsForThreat`). */
  via: readonly NavNode[];
  status: ControlStatus;
  annotation: ControlAnnotation | undefined;
}

export interface ThreatEntry {
  threat: NavNode;
  annotation: ThreatAnnotation | undefined;
  risk: number | null;
  controls: readonly ControlEntry[];
}

/**
 * What the exports list: every threat in view that has no member threats (so groups are not listed twice), in
 * reading order, with the controls in view that mitigate it and the layer's annotations.
 */
export function threatsInView(
  index: GraphIndex,
  visible: ReadonlySet<string>,
  layer: Layer | null,
): ThreatEntry[] {
  return index.nodes
    .filter((node) => visible.has(node.id) && countsAsThreat(index, node.id))
    .map((threat) => {
      const annotation = threatAnnotation(layer, threat.id);
      return {
        threat,
        annotation,
        risk: riskScore(annotation),
        controls: controlsForThreat(index, threat.id, visible).flatMap(({ controlId, via }) => {
          const control = index.node(controlId);
          if (!control) return [];
          return [
            {
              control,
              via: via.flatMap((id) => index.node(id) ?? []),
              status: statusOf(layer, controlId),
              annotation: controlAnnotation(layer, controlId),
            },
          ];
        }),
      };
    });
}
