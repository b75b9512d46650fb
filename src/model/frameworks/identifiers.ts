import type { FrameworkId, FrameworkItem, FrameworksFile } from './schema';

/**
 * Framework identifiers a user may type to find the Exchange items a framework item is linked to: `Art. 15` (also
 * `Art 15`, `art15`, `Article 15`), `GDPR Art. 22`, `B.6.2.6`, `5.9` or `ISO 27002 5.9`, `ASI01`, `AML.M0015`,
 * `AISVS C7`, `NCSC 1.1`, `DSIT Principle 4`, `NIST AI 100-2 3.4`. Section numbers that several frameworks share
 * (NCSC `1.1`, NIST `3.2`) count only with the framework's name, and so do AISVS chapters (`C1`); the other
 * labels count alone.
 */

/** Case, width, spacing and the ways of writing an article (`Art.`, `Art`, `Article`) set aside. */
export function normalizeFrameworkIdentifier(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\bart(?:icle|\.)?\s*(?=\d)/g, 'art ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Labels that need their framework's name: numbers another framework uses too, and short chapter ids. */
const QUALIFIED_ONLY: ReadonlySet<FrameworkId> = new Set(['ncsc', 'nist-ai-100-2', 'aisvs']);

/** Names a user may put before an item's label. */
const PREFIXES: Record<FrameworkId, readonly string[]> = {
  'eu-ai-act': ['EU AI Act', 'AI Act'],
  iso42001: ['42001', 'ISO 42001', 'ISO/IEC 42001'],
  iso27002: ['27002', 'ISO 27002', 'ISO/IEC 27002'],
  ncsc: ['NCSC'],
  atlas: ['MITRE ATLAS', 'ATLAS'],
  asi: ['OWASP ASI'],
  aisvs: ['AISVS', 'OWASP AISVS'],
  'nist-ai-100-2': ['NIST AI 100-2', 'AI 100-2'],
};

/** Every way of writing the item that finds it, as written (not normalised). */
export function frameworkItemIdentifiers(framework: FrameworkId, item: FrameworkItem): string[] {
  const forms = QUALIFIED_ONLY.has(framework) && !/^DSIT\b/.test(item.label) ? [] : [item.label];
  // GDPR and NIS2 articles carry their law in the label already.
  if (framework !== 'eu-ai-act' || /^Art\./.test(item.label)) {
    forms.push(...PREFIXES[framework].map((prefix) => `${prefix} ${item.label}`));
  }
  if (item.id.startsWith('dsit-p')) forms.push(`DSIT P${item.id.slice('dsit-p'.length)}`);
  if (item.id === 'nis2-art23') forms.push('NIS2');
  return forms;
}

/** A framework item found by an identifier, with the nodes its links lead to. */
export interface FrameworkItemHit {
  framework: FrameworkId;
  item: string;
  /** The item's label, as the data writes it. */
  label: string;
  /** Linked nodes, once each, in the file's order; empty for an item nothing covers. */
  nodes: string[];
}

export interface FrameworkItemMatches {
  match: 'exact' | 'prefix' | 'none';
  items: FrameworkItemHit[];
}

const NONE: FrameworkItemMatches = { match: 'none', items: [] };
const MIN_PREFIX_LENGTH = 3;

/** Finds framework items by identifier: exactly, or else (text with a digit or separator) by the start. */
export function frameworkIdentifierIndex(file: FrameworksFile): (text: string) => FrameworkItemMatches {
  const nodes = new Map<string, string[]>();
  for (const link of file.links) {
    const key = `${link.framework}:${link.item}`;
    const list = nodes.get(key) ?? [];
    if (!list.includes(link.node)) list.push(link.node);
    nodes.set(key, list);
  }
  const entries = file.frameworks.flatMap((framework) =>
    framework.items.map((item) => ({
      hit: {
        framework: framework.id,
        item: item.id,
        label: item.label,
        nodes: nodes.get(`${framework.id}:${item.id}`) ?? [],
      },
      forms: frameworkItemIdentifiers(framework.id, item).map(normalizeFrameworkIdentifier),
    })),
  );
  return (text) => {
    const wanted = normalizeFrameworkIdentifier(text);
    if (wanted === '') return NONE;
    const exact = entries.filter((entry) => entry.forms.includes(wanted));
    if (exact.length > 0) return { match: 'exact', items: exact.map((entry) => entry.hit) };
    if (wanted.length < MIN_PREFIX_LENGTH || !/[\d.:-]/.test(wanted)) return NONE;
    const prefixed = entries.filter((entry) => entry.forms.some((form) => form.startsWith(wanted)));
    return prefixed.length > 0 ? { match: 'prefix', items: prefixed.map((entry) => entry.hit) } : NONE;
  };
}
