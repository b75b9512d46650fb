import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';

import { layerJsonSchema } from '../../src/model/layers/jsonSchema';

const FILE = 'docs/layer.schema.json';

describe('docs/layer.schema.json', () => {
  // Regenerate after a schema change: npx vitest run -u tests/unit/layers-jsonschema.test.ts
  it('is the JSON Schema generated from the zod layer schema', async () => {
    const options = (await resolveConfig(FILE)) ?? {};
    const text = await format(JSON.stringify(layerJsonSchema()), { ...options, filepath: FILE });
    await expect(text).toMatchFileSnapshot(`../../${FILE}`);
  });

  it('describes the current format and its closed vocabularies', () => {
    const schema = layerJsonSchema() as {
      properties: Record<string, { const?: unknown; additionalProperties?: { properties?: object } }>;
      additionalProperties: boolean;
    };
    expect(schema.properties.format?.const).toBe('ai-security-navigator-layer');
    expect(schema.properties.version?.const).toBe(2);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.controls?.additionalProperties?.properties).toHaveProperty('status');
  });
});
