import { parse } from 'yaml';

/** What the importer takes from MITRE ATLAS: its data version and the name of every technique and mitigation. */
export interface AtlasNames {
  version: string;
  /** Id → name; a sub-technique's name is its parent's and its own, as ATLAS shows it ("LLM Prompt Injection: Direct"). */
  names: ReadonlyMap<string, string>;
}

interface AtlasObject {
  id?: unknown;
  name?: unknown;
  'subtechnique-of'?: unknown;
}

/** Reads ATLAS.yaml (the atlas-data release file). */
export function parseAtlas(yamlText: string): AtlasNames {
  const data = parse(yamlText) as {
    version?: unknown;
    matrices?: { techniques?: AtlasObject[]; mitigations?: AtlasObject[] }[];
  };
  if (typeof data?.version !== 'string' || !Array.isArray(data.matrices)) {
    throw new Error('ATLAS.yaml: no version or matrices (not an ATLAS data file?)');
  }
  const own = new Map<string, string>();
  const parents = new Map<string, string>();
  for (const matrix of data.matrices) {
    for (const object of [...(matrix.techniques ?? []), ...(matrix.mitigations ?? [])]) {
      if (typeof object.id !== 'string' || typeof object.name !== 'string') continue;
      own.set(object.id, object.name);
      if (typeof object['subtechnique-of'] === 'string') parents.set(object.id, object['subtechnique-of']);
    }
  }
  const names = new Map<string, string>();
  for (const [id, name] of own) {
    const parent = parents.get(id);
    const parentName = parent ? own.get(parent) : undefined;
    names.set(id, parentName ? `${parentName}: ${name}` : name);
  }
  return { version: data.version, names };
}
