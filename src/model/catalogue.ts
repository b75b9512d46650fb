import type { LlmEdition } from './editions';
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { GraphIndex } from './graphIndex';
import type { NavNode } from './schema';
import { visibleSubgraph } from './visibility';

/**
 * The nodes the catalogue views (periodic table, Top 10 lists, index) list: what the filters show, plus any node
 * the visibility rules can never show because it lacks the relation the rules go through (a control that
 * mitigates nothing). A catalogue must not leave those out, so they are listed as long as the filters that
 * concern the node itself let them through: lifecycle and impact for Top 10 items (as the visibility rules do
 * for an item without mapping), and the edition for LLM items; control type, the general-controls toggle and the control's own lifecycle for
 * controls.
 */
export function listedNodes(
  index: GraphIndex,
  filters: Filters,
  visibleNodes: ReadonlySet<string> = visibleSubgraph(index, filters).nodes,
): ReadonlySet<string> {
  const shown = everShown(index, filters.edition);
  const neverShown = index.nodes.filter((node) => !shown.has(node.id));
  if (neverShown.length === 0) return visibleNodes;
  const listed = new Set(visibleNodes);
  for (const node of neverShown) if (passesOwnFilters(node, filters)) listed.add(node.id);
  return listed;
}

const shownByDefault = new WeakMap<GraphIndex, Map<LlmEdition, ReadonlySet<string>>>();

/** What the unfiltered view of an LLM edition shows; computed once per data set and edition. */
function everShown(index: GraphIndex, edition: LlmEdition): ReadonlySet<string> {
  let byEdition = shownByDefault.get(index);
  if (!byEdition) shownByDefault.set(index, (byEdition = new Map()));
  let shown = byEdition.get(edition);
  if (!shown) {
    shown = visibleSubgraph(index, { ...DEFAULT_FILTERS, edition }).nodes;
    byEdition.set(edition, shown);
  }
  return shown;
}

function passesOwnFilters(node: NavNode, filters: Filters): boolean {
  switch (node.kind) {
    case 'llm-top10':
      return (
        node.edition === filters.edition && filters.lifecycle.length === 0 && filters.impact.length === 0
      );
    case 'ml-top10':
      return filters.lifecycle.length === 0 && filters.impact.length === 0;
    case 'control':
    case 'control-group': {
      if (node.section === 'general-controls' && !filters.general) return false;
      if (filters.lifecycle.length > 0 && node.lifecycle?.every((l) => !filters.lifecycle.includes(l)))
        return false;
      if (filters.type.length === 0) return true;
      return node.kind === 'control' && !!node.controlType && filters.type.includes(node.controlType);
    }
    default:
      return filters.lifecycle.length === 0 && filters.impact.length === 0;
  }
}
