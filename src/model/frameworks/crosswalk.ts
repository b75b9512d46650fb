import {
  type Framework,
  FRAMEWORK_IDS,
  type FrameworkId,
  type FrameworkItem,
  type FrameworkLink,
  type FrameworksFile,
} from './schema';

/**
 * Queries over data/frameworks.json for the details panel, the framework lens and the crosswalk: a node's links by
 * framework, an item's links and nodes, and the items no link touches.
 */

/** `eu-ai-act:art14`: one framework item, as the `framework=` parameter of the URL writes it. */
export function frameworkItemKey(framework: FrameworkId, item: string): string {
  return `${framework}:${item}`;
}

/** A node's links to one framework. */
export interface NodeFrameworkLinks {
  framework: Framework;
  /** In the file's order: by item, a direct link before one reached through another node. */
  links: readonly FrameworkLink[];
}

export interface FrameworkIndex {
  frameworks: readonly Framework[];
  framework(id: FrameworkId): Framework | undefined;
  item(framework: FrameworkId, id: string): FrameworkItem | undefined;
  /** The node's links grouped by framework, frameworks in the app's order; [] for a node without links. */
  byNode(node: string): readonly NodeFrameworkLinks[];
  /** The links of one item, in the file's order. */
  linksOf(framework: FrameworkId, item: string): readonly FrameworkLink[];
  /** The nodes one item is linked to, once each, in the file's order. */
  nodesOf(framework: FrameworkId, item: string): readonly string[];
  /** The nodes any item of a framework is linked to, once each. */
  nodesOfFramework(framework: FrameworkId): readonly string[];
  /** The items of a framework that no link touches, in the framework's order. */
  uncovered(framework: FrameworkId): readonly FrameworkItem[];
}

const EMPTY: readonly never[] = [];

export function frameworkIndex(file: FrameworksFile): FrameworkIndex {
  const frameworks = [...file.frameworks].sort(
    (a, b) => FRAMEWORK_IDS.indexOf(a.id) - FRAMEWORK_IDS.indexOf(b.id),
  );
  const byId = new Map(frameworks.map((framework) => [framework.id, framework]));
  const items = new Map(
    frameworks.flatMap((framework) =>
      framework.items.map((item) => [frameworkItemKey(framework.id, item.id), item] as const),
    ),
  );
  const linksByItem = new Map<string, FrameworkLink[]>();
  const linksByNode = new Map<string, Map<FrameworkId, FrameworkLink[]>>();
  for (const link of file.links) {
    const key = frameworkItemKey(link.framework, link.item);
    linksByItem.set(key, [...(linksByItem.get(key) ?? []), link]);
    const groups = linksByNode.get(link.node) ?? new Map<FrameworkId, FrameworkLink[]>();
    groups.set(link.framework, [...(groups.get(link.framework) ?? []), link]);
    linksByNode.set(link.node, groups);
  }
  const unique = (links: readonly FrameworkLink[]) => [...new Set(links.map((link) => link.node))];

  return {
    frameworks,
    framework: (id) => byId.get(id),
    item: (framework, id) => items.get(frameworkItemKey(framework, id)),
    byNode(node) {
      const groups = linksByNode.get(node);
      if (!groups) return EMPTY;
      return frameworks.flatMap((framework) => {
        const links = groups.get(framework.id);
        return links ? [{ framework, links }] : [];
      });
    },
    linksOf: (framework, item) => linksByItem.get(frameworkItemKey(framework, item)) ?? EMPTY,
    nodesOf: (framework, item) => unique(linksByItem.get(frameworkItemKey(framework, item)) ?? EMPTY),
    nodesOfFramework: (framework) => unique(file.links.filter((link) => link.framework === framework)),
    uncovered: (framework) =>
      (byId.get(framework)?.items ?? EMPTY).filter(
        (item) => !linksByItem.has(frameworkItemKey(framework, item.id)),
      ),
  };
}

/** Per framework, the items no link touches. */
export function uncoveredItems(file: FrameworksFile): Map<FrameworkId, FrameworkItem[]> {
  const index = frameworkIndex(file);
  return new Map(index.frameworks.map((framework) => [framework.id, [...index.uncovered(framework.id)]]));
}
