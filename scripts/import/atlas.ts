import { parse } from 'yaml';

/** What the importer takes from MITRE ATLAS: its data version and the name of every technique and mitigation. */
export interface AtlasNames {
  version: string;
  /** Id → name; a sub-technique's name is its parent's and its own, as ATLAS shows it ("LLM Prompt Injection: Direct"). */
  names: ReadonlyMap<string, string>;
  /** The tactics of the matrix, in its order. */
  tactics: readonly { id: string; name: string }[];
  /** Every technique and mitigation in ATLAS's order, a technique with its tactics (a sub-technique: its parent's). */
  objects: readonly AtlasEntry[];
}

export interface AtlasEntry {
  id: string;
  kind: 'technique' | 'mitigation';
  tactics?: string[];
}

interface AtlasObject {
  id?: unknown;
  name?: unknown;
  tactics?: unknown;
  'subtechnique-of'?: unknown;
}

/** Reads ATLAS.yaml (the atlas-data release file). */
export function parseAtlas(yamlText: string): AtlasNames {
  const data = parse(yamlText) as {
    version?: unknown;
    matrices?: { tactics?: AtlasObject[]; techniques?: AtlasObject[]; mitigations?: AtlasObject[] }[];
  };
  if (typeof data?.version !== 'string' || !Array.isArray(data.matrices)) {
    throw new Error('ATLAS.yaml: no version or matrices (not an ATLAS data file?)');
  }
  const own = new Map<string, string>();
  const parents = new Map<string, string>();
  const tactics: { id: string; name: string }[] = [];
  const objects: AtlasEntry[] = [];
  const tacticsOf = new Map<string, string[]>();
  for (const matrix of data.matrices) {
    for (const tactic of matrix.tactics ?? []) {
      if (typeof tactic.id === 'string' && typeof tactic.name === 'string')
        tactics.push({ id: tactic.id, name: tactic.name });
    }
    const kinds = [
      ...(matrix.techniques ?? []).map((object) => ['technique', object] as const),
      ...(matrix.mitigations ?? []).map((object) => ['mitigation', object] as const),
    ];
    for (const [kind, object] of kinds) {
      if (typeof object.id !== 'string' || typeof object.name !== 'string') continue;
      own.set(object.id, object.name);
      if (typeof object['subtechnique-of'] === 'string') parents.set(object.id, object['subtechnique-of']);
      if (Array.isArray(object.tactics)) tacticsOf.set(object.id, object.tactics.map(String));
      objects.push({ id: object.id, kind });
    }
  }
  for (const object of objects) {
    const own = tacticsOf.get(object.id) ?? tacticsOf.get(parents.get(object.id) ?? '');
    if (object.kind === 'technique' && own) object.tactics = own;
  }
  const names = new Map<string, string>();
  for (const [id, name] of own) {
    const parent = parents.get(id);
    const parentName = parent ? own.get(parent) : undefined;
    names.set(id, parentName ? `${parentName}: ${name}` : name);
  }
  return { version: data.version, names, tactics, objects };
}
