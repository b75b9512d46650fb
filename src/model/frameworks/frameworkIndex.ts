import type { GraphIndex } from '../graphIndex';

import {
  type Framework,
  FRAMEWORK_IDS,
  type FrameworkId,
  type FrameworkItem,
  type FrameworkLink,
  type FrameworksFile,
} from './schema';

/** Lookups over a validated frameworks file, joined to the navigator data it links to. */
export interface FrameworkIndex {
  /** The file as validated (the search indexes its ids). */
  readonly file: FrameworksFile;
  /** The frameworks the file has, in the order of FRAMEWORK_IDS. */
  readonly frameworks: readonly Framework[];
  framework(id: FrameworkId): Framework | undefined;
  item(framework: FrameworkId, itemId: string): FrameworkItem | undefined;
  /** The item whose id is `itemId` but for its case (`ART14` → `art14`), for a hand-typed address. */
  findItem(framework: FrameworkId, itemId: string): FrameworkItem | undefined;
  /** Links of one item, in the file's order. */
  linksOfItem(framework: FrameworkId, itemId: string): readonly FrameworkLink[];
  linksOfFramework(framework: FrameworkId): readonly FrameworkLink[];
  /** Links that reach a node of the navigator. */
  linksOfNode(nodeId: string): readonly FrameworkLink[];
  /** Links dropped because the navigator data has no such node (another version of the data). */
  readonly unknownNodes: readonly string[];
}

const NONE: readonly never[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Indexes the file; links to nodes `index` does not have are left out and listed in `unknownNodes`. */
export function buildFrameworkIndex(file: FrameworksFile, index: GraphIndex): FrameworkIndex {
  const frameworks = FRAMEWORK_IDS.flatMap(
    (id) => file.frameworks.find((framework) => framework.id === id) ?? [],
  );
  const byId = new Map(frameworks.map((framework) => [framework.id, framework]));
  const items = new Map(
    frameworks.map((framework) => [framework.id, new Map(framework.items.map((item) => [item.id, item]))]),
  );
  const byItem = new Map<string, FrameworkLink[]>();
  const byFramework = new Map<FrameworkId, FrameworkLink[]>();
  const byNode = new Map<string, FrameworkLink[]>();
  const unknown = new Set<string>();
  for (const link of file.links) {
    if (!index.has(link.node)) {
      unknown.add(link.node);
      continue;
    }
    push(byItem, `${link.framework}\n${link.item}`, link);
    push(byFramework, link.framework, link);
    push(byNode, link.node, link);
  }
  return {
    file,
    frameworks,
    framework: (id) => byId.get(id),
    item: (framework, itemId) => items.get(framework)?.get(itemId),
    findItem: (framework, itemId) => {
      const exact = items.get(framework)?.get(itemId);
      if (exact) return exact;
      const lower = itemId.toLowerCase();
      return byId.get(framework)?.items.find((item) => item.id.toLowerCase() === lower);
    },
    linksOfItem: (framework, itemId) => byItem.get(`${framework}\n${itemId}`) ?? NONE,
    linksOfFramework: (framework) => byFramework.get(framework) ?? NONE,
    linksOfNode: (nodeId) => byNode.get(nodeId) ?? NONE,
    unknownNodes: [...unknown],
  };
}
