import { countedKindOf, countsAsThreat } from '../counts';
import type { GraphIndex } from '../graphIndex';

import { statusOf, threatAnnotation } from './annotations';
import { controlsForThreat, type Mitigation } from './controlsForThreat';
import { CONTROL_STATUSES, type ControlStatus } from './layerVocabulary';
import { riskScore } from './risk';
import type { Layer } from './schema';

export type StatusCounts = Readonly<Record<ControlStatus, number>>;

export interface ThreatCoverage {
  threatId: string;
  controls: readonly Mitigation[];
  /** Controls by status; a control without an annotation counts as `unknown`. */
  counts: StatusCounts;
  /** Likelihood × impact, or null when not rated. */
  risk: number | null;
}

export interface LayerSummary {
  controls: {
    total: number;
    counts: StatusCounts;
    /** Implemented controls out of those not marked not-applicable (0 when there are none). */
    implementedShare: number;
  };
  threats: {
    /** Threats counted: those without member threats, so a group is not counted twice. */
    total: number;
    rated: number;
    /** Threats none of whose controls is implemented or partial, in reading order. */
    uncovered: readonly string[];
    /** Rated threats, highest risk first (reading order among equals). */
    byRisk: readonly { threatId: string; risk: number }[];
  };
}

/** The controls of one threat (limited to `visible` when given) and how far they are implemented. */
export function threatCoverage(
  index: GraphIndex,
  layer: Layer | null,
  threatId: string,
  visible?: ReadonlySet<string>,
): ThreatCoverage {
  const controls = controlsForThreat(index, threatId, visible);
  return {
    threatId,
    controls,
    counts: countStatuses(controls.map((mitigation) => statusOf(layer, mitigation.controlId))),
    risk: riskScore(threatAnnotation(layer, threatId)),
  };
}

/** The overview of a layer over the nodes in view (e.g. `visibleSubgraphInScope(...).nodes`). */
export function summarizeLayer(
  index: GraphIndex,
  layer: Layer | null,
  visible: ReadonlySet<string>,
): LayerSummary {
  const controls = index.nodes.filter(
    (node) => visible.has(node.id) && countedKindOf(index, node) === 'control',
  );
  const counts = countStatuses(controls.map((control) => statusOf(layer, control.id)));
  const applicable = controls.length - counts['not-applicable'];

  const threats = index.nodes.filter((node) => visible.has(node.id) && countsAsThreat(index, node.id));
  const coverage = threats.map((threat) => threatCoverage(index, layer, threat.id, visible));
  const byRisk = coverage
    .flatMap((item) => (item.risk === null ? [] : [{ threatId: item.threatId, risk: item.risk }]))
    .sort((a, b) => b.risk - a.risk);

  return {
    controls: {
      total: controls.length,
      counts,
      implementedShare: applicable > 0 ? counts.implemented / applicable : 0,
    },
    threats: {
      total: threats.length,
      rated: byRisk.length,
      uncovered: coverage
        .filter((item) => item.counts.implemented + item.counts.partial === 0)
        .map((item) => item.threatId),
      byRisk,
    },
  };
}

export function countStatuses(statuses: readonly ControlStatus[]): StatusCounts {
  const counts = Object.fromEntries(CONTROL_STATUSES.map((status) => [status, 0])) as Record<
    ControlStatus,
    number
  >;
  for (const status of statuses) counts[status]++;
  return counts;
}
