import type { ThreatAnnotation } from './schema';

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The colour of each band, on the graph, in lists and in exported ATT&CK Navigator layers. */
export const RISK_COLOURS: Readonly<Record<RiskLevel, string>> = {
  low: '#2f8f46',
  medium: '#a68a00',
  high: '#c8620f',
  critical: '#b42318',
};

/** Likelihood × impact (1–25), or null until both are rated. */
export function riskScore(annotation: ThreatAnnotation | undefined): number | null {
  if (annotation?.likelihood === undefined || annotation.impact === undefined) return null;
  return annotation.likelihood * annotation.impact;
}

/** The band of a 5 × 5 risk matrix a score falls in: up to 4 low, 9 medium, 16 high, above that critical. */
export function riskLevel(score: number): RiskLevel {
  if (score <= 4) return 'low';
  if (score <= 9) return 'medium';
  if (score <= 16) return 'high';
  return 'critical';
}
