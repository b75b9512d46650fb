import * as z from 'zod/mini';

import { layerSchema } from './schema';

/** The JSON Schema of the current layer version, as committed in docs/layer.schema.json. */
export function layerJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(layerSchema, { target: 'draft-2020-12' });
}
