import { edgeId, successionId } from './edges';
import type {
  CoreDataset,
  Dataset,
  DatasetDetails,
  DatasetNode,
  NavNode,
  NodeDetails,
  RelationDetails,
} from './schema';

/**
 * The data set travels in two files: the core (structure, titles, facets: what the first graph needs) and the
 * details (summaries, category lines, references, and the reasons and sources of relations: most of the bytes),
 * fetched once the graph is up.
 */
export interface DatasetParts {
  core: CoreDataset;
  details: DatasetDetails;
}

export function splitDataset(dataset: Dataset): DatasetParts {
  const nodes: NavNode[] = [];
  const details: Record<string, NodeDetails> = {};
  for (const { summary, category, references, ...node } of dataset.nodes) {
    nodes.push(node);
    details[node.id] = category ? { summary, category, references } : { summary, references };
  }
  const relations: Record<string, RelationDetails> = {};
  const core = <T extends RelationDetails>(relation: T, id: string) => {
    const { reason, cites, ...rest } = relation;
    if (reason || cites) relations[id] = { ...(reason ? { reason } : {}), ...(cites ? { cites } : {}) };
    return rest;
  };
  return {
    core: {
      format: dataset.format,
      upstream: dataset.upstream,
      nodes,
      edges: dataset.edges.map((edge) => core(edge, edgeId(edge))),
      successions: dataset.successions.map((succession) => core(succession, successionId(succession))),
    },
    details: { format: dataset.format, nodes: details, relations },
  };
}

export type MergeResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** More ids than this are summarised in an error line. */
const MAX_IDS_SHOWN = 5;

/**
 * The full data set from its two parts. A details file must describe exactly the nodes of the core: one
 * built from another version of the data would otherwise show summaries under the wrong titles.
 */
export function mergeDataset(core: CoreDataset, details: DatasetDetails): MergeResult {
  const missing = core.nodes.filter((node) => !Object.hasOwn(details.nodes, node.id)).map((node) => node.id);
  const coreIds = new Set(core.nodes.map((node) => node.id));
  const unknown = Object.keys(details.nodes).filter((id) => !coreIds.has(id));
  const relationIds = new Set([...core.edges.map(edgeId), ...core.successions.map(successionId)]);
  const strayRelations = Object.keys(details.relations).filter((id) => !relationIds.has(id));
  const errors = [
    ...(missing.length > 0 ? [`nodes: no details for ${listIds(missing)}`] : []),
    ...(unknown.length > 0 ? [`nodes: details for unknown ${listIds(unknown)}`] : []),
    ...(strayRelations.length > 0
      ? [`relations: details for unknown ${listIds(strayRelations).replace(/^nodes?/, 'relations')}`]
      : []),
  ];
  if (errors.length > 0) return { ok: false, errors };
  const withRelation = <T extends object>(relation: T, id: string) => ({
    ...relation,
    ...details.relations[id],
  });
  return {
    ok: true,
    dataset: {
      format: core.format,
      upstream: core.upstream,
      nodes: core.nodes.map((node) => withDetails(node, details.nodes[node.id]!)),
      edges: core.edges.map((edge) => withRelation(edge, edgeId(edge))),
      successions: core.successions.map((succession) => withRelation(succession, successionId(succession))),
    },
  };
}

/** The node with its details, fields in the order of data/navigator.json (an export then reads the same). */
function withDetails(node: NavNode, { summary, category, references }: NodeDetails): DatasetNode {
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(node)) {
    entries.push([key, value]);
    if (key === 'title') entries.push(['summary', summary]);
    if (key === 'section' && category) entries.push(['category', category]);
    if (key === 'permalink') entries.push(['references', references]);
  }
  return Object.fromEntries(entries) as DatasetNode;
}

function listIds(ids: readonly string[]): string {
  const shown = ids
    .slice(0, MAX_IDS_SHOWN)
    .map((id) => `"${id}"`)
    .join(', ');
  const rest = ids.length - MAX_IDS_SHOWN;
  return `${ids.length === 1 ? 'node' : 'nodes'} ${shown}${rest > 0 ? ` and ${rest} more` : ''}`;
}
