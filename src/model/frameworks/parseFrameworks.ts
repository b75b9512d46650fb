import type { Parsed } from '../parseDataset';
import { formatIssues } from '../zodIssues';

import { type FrameworksFile, frameworksFileSchema } from './schema';

const MAX_ERRORS = 50;

/**
 * Validates untrusted JSON as data/frameworks.json: the schema, then what a schema cannot say: each framework
 * once, each item id once in its framework, and each link naming a framework and an item the file has. Every
 * error names the path of the bad field.
 */
export function parseFrameworks(json: unknown): Parsed<FrameworksFile> {
  const result = frameworksFileSchema.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, errors: formatIssues(result.error, { max: MAX_ERRORS }) };
  const file = result.data;
  const errors: string[] = [];
  const items = new Map<string, Set<string>>();
  file.frameworks.forEach((framework, at) => {
    if (items.has(framework.id)) errors.push(`frameworks[${at}].id: "${framework.id}" is listed twice`);
    const ids = new Set<string>();
    framework.items.forEach((item, itemAt) => {
      if (ids.has(item.id))
        errors.push(`frameworks[${at}].items[${itemAt}].id: "${item.id}" is listed twice in ${framework.id}`);
      ids.add(item.id);
    });
    items.set(framework.id, ids);
  });
  file.links.forEach((link, at) => {
    const ids = items.get(link.framework);
    if (!ids) errors.push(`links[${at}].framework: "${link.framework}" is not a framework of the file`);
    else if (!ids.has(link.item))
      errors.push(`links[${at}].item: "${link.item}" is not an item of ${link.framework}`);
  });
  if (errors.length > MAX_ERRORS) {
    const rest = errors.length - MAX_ERRORS;
    return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), `… and ${rest} more`] };
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: file };
}
