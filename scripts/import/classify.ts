import type { ControlType, Lifecycle, NodeKind, Section } from '../../src/model/vocabulary';

/** The four deep-dive documents, in navigator order, with the section and threat lifecycle each holds. */
export const DEEP_DIVES: { file: string; section: Section; threatLifecycle: Lifecycle | null }[] = [
  { file: '1_general_controls.md', section: 'general-controls', threatLifecycle: null },
  { file: '2_threats_through_use.md', section: 'input-threats', threatLifecycle: 'use' },
  {
    file: '3_development_time_threats.md',
    section: 'development-time-threats',
    threatLifecycle: 'development-time',
  },
  {
    file: '4_runtime_application_security_threats.md',
    section: 'runtime-threats',
    threatLifecycle: 'runtime',
  },
];

/** Node kind from an upstream Category line; null for discussion and detail sections, which are not nodes. */
export function kindOfCategory(category: string): NodeKind | null | 'unknown' {
  const text = category.toLowerCase();
  if (/^(discussion|control details)\b/.test(text)) return null;
  if (/^group of controls\b/.test(text)) return 'control-group';
  if (/^group of\b.*\bthreats\b/.test(text)) return 'threat-group';
  if (/\bcontrols?\b/.test(text)) return 'control';
  if (/\bthreat\b/.test(text)) return 'threat';
  return 'unknown';
}

/** Lifecycles in which a control is applied, read from its Category line. */
export function controlLifecycle(category: string): Lifecycle[] {
  const text = category.toLowerCase();
  if (text.includes('governance')) return ['development-time', 'runtime'];
  const lifecycles: Lifecycle[] = [];
  if (text.includes('development-time')) lifecycles.push('development-time');
  if (text.includes('runtime')) lifecycles.push('runtime');
  return lifecycles;
}

export function isGovernance(category: string): boolean {
  return /\bgovernance\b/i.test(category);
}

/** Control type as the Category line words it; the navigator legend (curated) takes precedence. */
export function controlTypeOfCategory(category: string): ControlType {
  const text = category.toLowerCase().replace(/ai-engineer/g, 'ai engineer');
  if (text.includes('information security') || text.includes('conventional security control'))
    return 'standard-infosec';
  if (text.includes('runtime ai engineer')) return 'runtime-ai-engineer';
  if (text.includes('development-time ai engineer')) return 'development-time-ai-engineer';
  return 'other';
}
