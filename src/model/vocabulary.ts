/** The closed vocabularies of the data set. Ids are what appears in data and in URLs. */

export const NODE_KINDS = [
  'threat',
  'threat-group',
  'control',
  'control-group',
  'ml-top10',
  'llm-top10',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ['mitigates', 'part-of', 'maps-to'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const LIFECYCLES = ['development-time', 'use', 'runtime'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

/** The six impact types of the AI Exchange. */
export const IMPACTS = [
  'model-behaviour-integrity',
  'training-data-confidentiality',
  'model-confidentiality',
  'input-data-confidentiality',
  'model-availability',
  'any-asset-cia',
] as const;
export type Impact = (typeof IMPACTS)[number];

/** Control colours of the navigator legend. Governance is a separate flag on a control. */
export const CONTROL_TYPES = [
  'standard-infosec',
  'runtime-ai-engineer',
  'development-time-ai-engineer',
  'other',
] as const;
export type ControlType = (typeof CONTROL_TYPES)[number];

/** The four sections of the navigator diagram; Top 10 items have their own. */
export const SECTIONS = [
  'general-controls',
  'input-threats',
  'development-time-threats',
  'runtime-threats',
  'ml-top10',
  'llm-top10',
] as const;
export type Section = (typeof SECTIONS)[number];

export const REFERENCE_SCHEMES = [
  'opencre',
  'mitre-atlas',
  'nist-ai-100-2',
  'enisa',
  'etsi',
  'biml',
  'owasp-ml-top10',
  'owasp-llm-top10',
  'iso-iec',
  'nist',
  'other',
] as const;
export type ReferenceScheme = (typeof REFERENCE_SCHEMES)[number];

/** Where a fact came from: an upstream structure, or our own curation. */
export const BASES = [
  'section-structure',
  'controls-list',
  'periodic-table',
  'navigator-diagram',
  'opencre',
  'overview-genai-table',
  /** The list's own account of where each item of an edition went in the next. */
  'edition-notes',
  'useful-standards',
  'section-text',
  'category',
  'curated',
] as const;
export type Basis = (typeof BASES)[number];

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];
