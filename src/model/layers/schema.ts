import * as z from 'zod/mini';

import { NODE_ID } from '../schema';
import { scopeAnswersSchema } from '../scope/answersSchema';

import {
  CONTROL_STATUSES,
  LAYER_FORMAT,
  LAYER_VERSION,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_OWNER_LENGTH,
  RATING_MAX,
  RATING_MIN,
} from './layerVocabulary';
import { FORBIDDEN_KEYS } from './safeJson';

/** A node id, never one of the keys that could reach an object's prototype. */
const NODE_KEY = new RegExp(`^(?!(?:${FORBIDDEN_KEYS.join('|')})$)${NODE_ID.source.slice(1)}`);
const nodeId = z.string().check(z.regex(NODE_KEY, 'must be a node id of the data set'));

/** Whether `id` can be a key of a layer's `controls` or `threats`. */
export function isLayerKey(id: string): boolean {
  return NODE_KEY.test(id);
}
// zod/mini: the same checks and messages as zod's full API, a fraction of its size in the page.
const note = z
  .string()
  .check(z.maxLength(MAX_NOTE_LENGTH), z.describe('Free text; Markdown is shown as plain text.'));
const rating = z.int().check(z.gte(RATING_MIN), z.lte(RATING_MAX));
const timestamp = z.iso.datetime({ offset: true });

export const controlAnnotationSchema = z.strictObject({
  status: z.enum(CONTROL_STATUSES),
  owner: z.optional(z.string().check(z.maxLength(MAX_OWNER_LENGTH))),
  note: z.optional(note),
});

export const threatAnnotationSchema = z.strictObject({
  likelihood: z
    .optional(rating)
    .check(z.describe('How likely the threat is to be realised, 1 (rare) to 5 (almost certain).')),
  impact: z.optional(rating).check(z.describe('How bad it would be, 1 (negligible) to 5 (severe).')),
  note: z.optional(note),
});

export const layerSchema = z
  .strictObject({
    format: z.literal(LAYER_FORMAT),
    version: z.literal(LAYER_VERSION),
    name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
    created: timestamp,
    modified: timestamp,
    dataVersion: z
      .string()
      .check(
        z.regex(/^[0-9a-f]{40}$/, 'must be a 40-character commit id'),
        z.describe('The upstream commit of the data set the layer was made with (upstream[0].commit).'),
      ),
    scope: z
      .optional(scopeAnswersSchema)
      .check(z.describe('Answers to the scoping questions for the system described.')),
    controls: z.record(nodeId, controlAnnotationSchema).check(z.describe('Annotations by control id.')),
    threats: z
      .record(nodeId, threatAnnotationSchema)
      .check(z.describe('Annotations by threat or threat-group id.')),
  })
  .check(
    z.meta({
      title: 'AI Security Navigator annotation layer',
      description: 'Status, owner and notes per control, and risk ratings per threat, for one system.',
    }),
  );

export type ControlAnnotation = z.infer<typeof controlAnnotationSchema>;
export type ThreatAnnotation = z.infer<typeof threatAnnotationSchema>;
export type Layer = z.infer<typeof layerSchema>;
