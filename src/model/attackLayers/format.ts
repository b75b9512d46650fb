import { z } from 'zod/mini';

/**
 * The layer file of MITRE ATT&CK Navigator, version 4.5 (layers/spec/v4.5/layerformat.md of
 * mitre-attack/attack-navigator), as far as the app writes and reads it: every field the format defines is
 * checked for its type when present, the required ones (`name`, `domain`, `versions.layer`, `techniqueID`…) must
 * be there, and fields the format does not define are let through, as ATT&CK Navigator does.
 */

/** The domain of ATLAS layers: ATLAS data in ATT&CK Navigator (the ATLAS Navigator and its case-study layers). */
export const ATLAS_DOMAIN = 'atlas-atlas';
/** The version of the layer format this app writes. */
export const ATTACK_LAYER_VERSION = '4.5';
/** The ATT&CK Navigator release the 4.5 format was published with. */
export const ATTACK_NAVIGATOR_VERSION = '5.1.0';
/** ATT&CK Navigator reads every 4.x layer (it upgrades older minor versions); other majors are other formats. */
export const READ_LAYER_MAJOR = '4';
/** A Navigator layer holds one entry per technique and tactic: the ATLAS matrix has 180, ATT&CK about 1,500. */
export const MAX_ATTACK_TECHNIQUES = 10_000;

/** ATLAS technique (AML.T0051), sub-technique (AML.T0051.000) and mitigation (AML.M0015) ids. */
export const ATLAS_TECHNIQUE_ID = /^AML\.T\d{4}(?:\.\d{3})?$/;
export const ATLAS_MITIGATION_ID = /^AML\.M\d{4}$/;

const divider = z.strictObject({ divider: z.boolean() });
const metadata = z.union([z.looseObject({ name: z.string(), value: z.string() }), divider]);
const link = z.union([z.looseObject({ label: z.string(), url: z.string() }), divider]);

export const attackTechniqueSchema = z.looseObject({
  techniqueID: z.string().check(z.minLength(1)),
  tactic: z.optional(z.string()),
  comment: z.optional(z.string()),
  enabled: z.optional(z.boolean()),
  score: z.optional(z.number()),
  color: z.optional(z.string()),
  metadata: z.optional(z.array(metadata)),
  links: z.optional(z.array(link)),
  showSubtechniques: z.optional(z.boolean()),
});

export const attackLayerSchema = z.looseObject({
  versions: z.optional(
    z.looseObject({ attack: z.optional(z.string()), navigator: z.string(), layer: z.string() }),
  ),
  name: z.string(),
  description: z.optional(z.string()),
  domain: z.string(),
  customDataURL: z.optional(z.string()),
  filters: z.optional(z.looseObject({ platforms: z.optional(z.array(z.string())) })),
  sorting: z.optional(z.number()),
  layout: z.optional(
    z.looseObject({
      layout: z.optional(z.string()),
      showID: z.optional(z.boolean()),
      showName: z.optional(z.boolean()),
      showAggregateScores: z.optional(z.boolean()),
      countUnscored: z.optional(z.boolean()),
      aggregateFunction: z.optional(z.string()),
      expandedSubtechniques: z.optional(z.string()),
    }),
  ),
  hideDisabled: z.optional(z.boolean()),
  techniques: z.optional(z.array(attackTechniqueSchema)),
  gradient: z.optional(
    z.looseObject({
      colors: z.array(z.string()).check(z.minLength(2)),
      minValue: z.number(),
      maxValue: z.number(),
    }),
  ),
  legendItems: z.optional(z.array(z.looseObject({ label: z.string(), color: z.string() }))),
  showTacticRowBackground: z.optional(z.boolean()),
  tacticRowBackground: z.optional(z.string()),
  selectTechniquesAcrossTactics: z.optional(z.boolean()),
  selectSubtechniquesWithParent: z.optional(z.boolean()),
  selectVisibleTechniques: z.optional(z.boolean()),
  metadata: z.optional(z.array(metadata)),
  links: z.optional(z.array(link)),
});

export type AttackTechnique = z.infer<typeof attackTechniqueSchema>;
export type AttackLayer = z.infer<typeof attackLayerSchema>;
export type AttackMetadata = z.infer<typeof metadata>;
