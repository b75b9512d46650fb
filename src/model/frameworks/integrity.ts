import type { FrameworksFile } from './schema';

/**
 * What the schema cannot say about a framework file: ids unique, every link to an item its framework lists and to
 * a node of the data set, every technique's tactics among its framework's. Each problem names the field.
 * `nodeIds` (the node ids of data/navigator.json) may be left out where the data set is not at hand.
 */
export function frameworkProblems(file: FrameworksFile, nodeIds?: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const items = new Map<string, Set<string>>();
  file.frameworks.forEach((framework, index) => {
    if (items.has(framework.id)) problems.push(`frameworks[${index}].id: "${framework.id}" appears twice`);
    const ids = new Set<string>();
    const tactics = new Set((framework.tactics ?? []).map((tactic) => tactic.id));
    framework.items.forEach((item, itemIndex) => {
      const where = `frameworks[${index}].items[${itemIndex}]`;
      if (ids.has(item.id)) problems.push(`${where}.id: "${item.id}" appears twice in ${framework.id}`);
      ids.add(item.id);
      for (const tactic of item.tactics ?? []) {
        if (!tactics.has(tactic))
          problems.push(`${where}.tactics: "${tactic}" is no tactic of ${framework.id}`);
      }
    });
    items.set(framework.id, ids);
  });
  const seen = new Set<string>();
  file.links.forEach((link, index) => {
    const where = `links[${index}]`;
    const list = items.get(link.framework);
    if (!list) problems.push(`${where}.framework: "${link.framework}" has no entry in frameworks`);
    else if (!list.has(link.item))
      problems.push(`${where}.item: "${link.item}" is not an item of ${link.framework}`);
    if (nodeIds && !nodeIds.has(link.node))
      problems.push(`${where}.node: "${link.node}" is no node of the data set`);
    link.via?.forEach((via, viaIndex) => {
      if (nodeIds && !nodeIds.has(via))
        problems.push(`${where}.via[${viaIndex}]: "${via}" is no node of the data set`);
    });
    const key = `${link.framework}|${link.item}|${link.node}`;
    if (seen.has(key))
      problems.push(`${where}: ${link.framework} ${link.item} → ${link.node} is linked twice`);
    seen.add(key);
  });
  return problems;
}
