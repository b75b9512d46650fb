/** The closed vocabularies and limits of annotation layers (docs/layer-format.md). */

export const LAYER_FORMAT = 'ai-security-navigator-layer';
/** The version this app writes; `migrateLayer` brings older files up to it. */
export const LAYER_VERSION = 2;

export const CONTROL_STATUSES = ['implemented', 'partial', 'planned', 'not-applicable', 'unknown'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

/** Likelihood and impact are rated from 1 (lowest) to 5 (highest). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** Larger files are refused before they are parsed. */
export const MAX_LAYER_BYTES = 5 * 1024 * 1024;
/**
 * At most this many entries in `controls`, and as many in `threats`: far more than any data set has nodes (the
 * catalogue has about a hundred), and few enough to check and show at once. A file with more is refused after it
 * is parsed, before any entry is checked.
 */
export const MAX_LAYER_ENTRIES = 2_000;
export const MAX_NAME_LENGTH = 200;
export const MAX_OWNER_LENGTH = 200;
export const MAX_NOTE_LENGTH = 10_000;
