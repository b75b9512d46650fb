import { readFileSync } from 'node:fs';

/**
 * The ATT&CK Navigator layer format as its specification states it: the property tables of
 * tests/fixtures/attack-navigator/layerformat-v4.5.md (copied unchanged from mitre-attack/attack-navigator),
 * read into field lists, and a check of a layer against them that does not share any code with the app's own
 * schema: required fields present, every field of a type the table gives, no field the format does not define.
 */

export const SPEC_FILE = 'tests/fixtures/attack-navigator/layerformat-v4.5.md';

export interface FieldSpec {
  name: string;
  type: string;
  required: boolean;
}

/** Object name (`Layer`, `Version`, `Technique`, `Gradient`, `LegendItem`, `Metadata`, `Link`, `Divider`, `Layout`, `Filter`) → its fields. */
export type LayerFormatSpec = Map<string, FieldSpec[]>;

export function readLayerFormatSpec(markdown = readFileSync(SPEC_FILE, 'utf8')): LayerFormatSpec {
  const spec: LayerFormatSpec = new Map();
  let current: string | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^## (\w+)/.exec(line);
    if (heading) {
      const word = heading[1]!;
      current = word === 'Property' ? 'Layer' : word === 'Example' ? null : word;
      continue;
    }
    if (!current || !line.startsWith('|')) continue;
    const cells = line.split('|').map((cell) => cell.trim());
    const [name, type, required] = [cells[1]!, cells[2]!, cells[3]!];
    if (name === 'Name' || name.startsWith(':')) continue;
    const fields = spec.get(current) ?? [];
    fields.push({ name, type, required: /^yes$/i.test(required) });
    spec.set(current, fields);
  }
  return spec;
}

/** Problems of `value` as a layer of the format (each naming its path); none for a valid layer. */
export function checkLayerAgainstSpec(
  value: unknown,
  spec: LayerFormatSpec = readLayerFormatSpec(),
): string[] {
  const problems: string[] = [];
  checkObject(value, 'Layer', '(root)', spec, problems);
  const versions = (value as { versions?: { layer?: unknown; navigator?: unknown } }).versions;
  // The version table's own words: layer "Must be "4.5"", navigator "Must be at least "4.9.0"".
  if (versions?.layer !== '4.5') problems.push(`versions.layer: ${String(versions?.layer)}, must be "4.5"`);
  if (typeof versions?.navigator === 'string' && compareVersions(versions.navigator, '4.9.0') < 0)
    problems.push(`versions.navigator: ${versions.navigator}, must be at least 4.9.0`);
  return problems;
}

function checkObject(
  value: unknown,
  object: string,
  path: string,
  spec: LayerFormatSpec,
  problems: string[],
) {
  const fields = spec.get(object);
  if (!fields) throw new Error(`the specification has no ${object} object`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${path}: not an object (${object})`);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const field of fields) {
    if (field.required && !(field.name in record)) problems.push(`${path}.${field.name}: required, missing`);
  }
  for (const [key, item] of Object.entries(record)) {
    const field = fields.find((candidate) => candidate.name === key);
    if (!field) problems.push(`${path}.${key}: not a field of the ${object} object`);
    else checkType(item, field.type, `${path}.${key}`, spec, problems);
  }
}

function checkType(value: unknown, type: string, path: string, spec: LayerFormatSpec, problems: string[]) {
  const lower = type.toLowerCase();
  const array = /^array of (\w+)(?: objects)?(?: and (\w+) objects)?$/i.exec(type);
  if (array) {
    if (!Array.isArray(value)) {
      problems.push(`${path}: not an array (${type})`);
      return;
    }
    const [element, alternative] = [array[1]!, array[2]];
    value.forEach((item, i) => {
      const at = `${path}[${i}]`;
      if (/^string$/i.test(element)) {
        if (typeof item !== 'string') problems.push(`${at}: not a string`);
      } else if (alternative && typeof item === 'object' && item !== null && 'divider' in item) {
        checkObject(item, alternative, at, spec, problems);
      } else checkObject(item, element, at, spec, problems);
    });
    return;
  }
  const object = /^(\w+) object$/i.exec(type);
  if (object) return checkObject(value, object[1]!, path, spec, problems);
  const primitive = { string: 'string', number: 'number', boolean: 'boolean' }[lower];
  if (!primitive) throw new Error(`${path}: the type "${type}" is not one this check knows`);
  if (typeof value !== primitive || (primitive === 'number' && !Number.isFinite(value)))
    problems.push(`${path}: not a ${primitive}`);
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
