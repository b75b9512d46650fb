import { LAYER_FORMAT, MAX_LAYER_BYTES } from '../layers/layerVocabulary';
import { findForbiddenKey, forbiddenKeyMessage, readJson } from '../layers/safeJson';
import { formatIssues } from '../zodIssues';

import {
  ATLAS_DOMAIN,
  type AttackLayer,
  attackLayerSchema,
  MAX_ATTACK_TECHNIQUES,
  READ_LAYER_MAJOR,
} from './format';

/**
 * Why a file is not an ATLAS layer the app can overlay. As for annotation layers: `too-large`, `not-a-layer`,
 * `too-many-entries`, `invalid`; besides, `annotation-layer` (one of this app's own layer files),
 * `several-layers` (a list of layers), `wrong-domain` (ATT&CK Enterprise, Mobile, ICS…) and `wrong-version`
 * (a layer format other than 4.x).
 */
export type AttackLayerProblem =
  | 'too-large'
  | 'not-a-layer'
  | 'annotation-layer'
  | 'several-layers'
  | 'too-many-entries'
  | 'wrong-domain'
  | 'wrong-version'
  | 'invalid';

export type AttackLayerRead =
  { ok: true; layer: AttackLayer } | { ok: false; problem: AttackLayerProblem; errors: string[] };

/**
 * Reads an ATT&CK Navigator layer file of the ATLAS domain with the rules of annotation layer files
 * (docs/layer-format.md, "Import"): at most 5 MB, JSON, no key that could reach a prototype (at any depth; the
 * search is iterative), then the domain and the version, then the fields of format 4.5. Never throws.
 */
export function readAttackLayer(text: string): AttackLayerRead {
  const read = readJson(text, MAX_LAYER_BYTES, { forbiddenKeys: false });
  if (!read.ok) return fail(read.tooLarge ? 'too-large' : 'not-a-layer', read.error);
  let raw = read.value;
  if (Array.isArray(raw)) {
    // ATT&CK Navigator saves all open layers as a list; one of them is a layer.
    if (raw.length !== 1)
      return fail('several-layers', `(root): a list of ${raw.length} layers; the overlay shows one layer`);
    raw = raw[0];
  }
  if (!isObject(raw)) return fail('not-a-layer', '(root): not a JSON object');
  if (raw.format === LAYER_FORMAT)
    return fail(
      'annotation-layer',
      `format: "${LAYER_FORMAT}" is an annotation layer, not a Navigator layer`,
    );
  const techniques = raw.techniques;
  if (Array.isArray(techniques) && techniques.length > MAX_ATTACK_TECHNIQUES) {
    return fail(
      'too-many-entries',
      `techniques: ${techniques.length.toLocaleString('en-US')} entries, more than the ${MAX_ATTACK_TECHNIQUES.toLocaleString('en-US')} a layer may have`,
    );
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden) return fail('invalid', forbiddenKeyMessage(forbidden));
  if (!('domain' in raw) && !('techniques' in raw) && !('versions' in raw))
    return fail('not-a-layer', '(root): no "domain", "versions" or "techniques": not a Navigator layer');

  const version = layerVersion(raw);
  if (version.problem) return fail('wrong-version', version.problem);
  if (raw.domain !== ATLAS_DOMAIN) {
    const domain = typeof raw.domain === 'string' ? `"${raw.domain}"` : 'missing';
    return fail('wrong-domain', `domain: ${domain}, expected "${ATLAS_DOMAIN}" (MITRE ATLAS)`);
  }
  const result = attackLayerSchema.safeParse(raw, { reportInput: true });
  if (!result.success) return { ok: false, problem: 'invalid', errors: formatIssues(result.error) };
  return { ok: true, layer: result.data };
}

/** The layer format version: `versions.layer` (4.x read), or `version` of formats before 4.0. */
function layerVersion(raw: Record<string, unknown>): { problem?: string } {
  const versions = raw.versions;
  if (isObject(versions) && typeof versions.layer === 'string') {
    const major = versions.layer.split('.')[0];
    if (major === READ_LAYER_MAJOR) return {};
    return { problem: `versions.layer: "${versions.layer}", expected 4.x (the app writes 4.5)` };
  }
  if ('version' in raw) {
    return {
      problem: `version: ${JSON.stringify(raw.version)?.slice(0, 20)}, a layer format before 4.0 (open and save it in ATT&CK Navigator to update it)`,
    };
  }
  // Without `versions` (optional in the format) it is read as the current version, as ATT&CK Navigator does.
  return {};
}

function fail(problem: AttackLayerProblem, error: string): AttackLayerRead {
  return { ok: false, problem, errors: [error] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
