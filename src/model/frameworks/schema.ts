import { z } from 'zod/mini';

import { NODE_ID } from '../schema';
import type { Language } from '../vocabulary';

/**
 * data/frameworks.json: the regulations, standards and frameworks the Exchange's threats and controls are
 * linked to, each item with the links that reach it. Loaded apart from the navigator data set, by the views
 * that show it (details, crosswalk, a framework lens), so the first view does not wait for it.
 */

/** The frameworks, in the order the app lists them. Their ids are the `framework=` values of the URL. */
export const FRAMEWORK_IDS = [
  'eu-ai-act',
  'iso42001',
  'iso27002',
  'ncsc',
  'atlas',
  'asi',
  'aisvs',
  'nist-ai-100-2',
] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

/** How fully a control covers an item, where the source says so ("Gap: covers fully / partly / minimally"). */
export const COVERAGES = ['full', 'partial', 'minimal'] as const;
export type Coverage = (typeof COVERAGES)[number];

const text = z.string().check(z.trim(), z.minLength(1));
const httpsUrl = z.url({ protocol: /^https$/ });
/** An item id as it appears after `framework=<id>:` in a URL: `art14`, `B.6.2.6`, `AML.T0051`, `ASI01`. */
export const ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9.()-]*$/;

/** The line of a vendored source file (below data/upstream/) a fact was read from. */
const basisSchema = z.strictObject({
  file: z.string().check(z.regex(/^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/)),
  line: z.number().check(z.int(), z.positive()),
  /** The line in the upstream repository, at the vendored commit. */
  url: z.optional(httpsUrl),
});

const itemSchema = z.strictObject({
  id: z.string().check(z.regex(ITEM_ID)),
  /** The identifier as people write it: "Art. 14", "B.6.2.6", "AML.T0051", "ASI01". */
  label: text,
  /** The name from the source; where `titles` is 'own', a short title in our words. */
  title: z.strictObject({ en: text, ja: z.optional(text) }),
  /** The item's own page, when it has one. */
  url: z.optional(httpsUrl),
  /** ATLAS: 'technique' or 'mitigation'; other frameworks leave it out. */
  kind: z.optional(z.enum(['technique', 'mitigation'])),
  /** ATLAS techniques: the ids of their tactics (a sub-technique: its parent's), in the framework's `tactics`. */
  tactics: z.optional(z.array(z.string().check(z.regex(ITEM_ID))).check(z.minLength(1))),
  /**
   * Listed by us, not named by the source (EU AI Act Art. 15): an item readers look for, shown so that its lack of
   * links is visible. Absent for items the source names.
   */
  curated: z.optional(z.literal(true)),
});

const frameworkSchema = z.strictObject({
  id: z.enum(FRAMEWORK_IDS),
  name: z.strictObject({ en: text, ja: text }),
  /** Where the items and the links come from, and how complete they are, in our words. */
  about: z.strictObject({ en: text, ja: text }),
  source: z.strictObject({ title: text, url: httpsUrl, version: z.optional(text) }),
  /** 'source': item titles are the source's; 'own': the source gives numbers only, the titles are ours. */
  titles: z.enum(['source', 'own']),
  /** ATLAS: its tactics in the matrix's order, which the techniques' `tactics` name. */
  tactics: z.optional(z.array(z.strictObject({ id: z.string().check(z.regex(ITEM_ID)), name: text }))),
  items: z.array(itemSchema).check(z.minLength(1)),
});

const linkSchema = z.strictObject({
  framework: z.enum(FRAMEWORK_IDS),
  item: z.string().check(z.regex(ITEM_ID)),
  /** The Exchange threat or control (a node id of data/navigator.json). */
  node: z.string().check(z.regex(NODE_ID)),
  coverage: z.optional(z.enum(COVERAGES)),
  /** The source's own words on the link, shortened (e.g. the "Gap" note), when it gives some. */
  note: z.optional(text),
  basis: basisSchema,
  /** Set when the link is reached through another item (ASI01 via LLM01:2026 via prompt injection). */
  via: z.optional(z.array(z.string().check(z.regex(NODE_ID))).check(z.minLength(1))),
});

export const frameworksFileSchema = z.strictObject({
  format: z.literal(1),
  frameworks: z.array(frameworkSchema),
  links: z.array(linkSchema),
});

export type FrameworksFile = z.infer<typeof frameworksFileSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkItem = z.infer<typeof itemSchema>;
export type FrameworkLink = z.infer<typeof linkSchema>;

/** A framework's text in `lang`: a title or name, in English where the source gives none in that language. */
export function textIn(text: { en: string; ja?: string }, lang: Language): string {
  return (lang === 'ja' ? text.ja : undefined) ?? text.en;
}
