import { edgeId, successionId } from '../../src/model/edges';
import type { Dataset } from '../../src/model/schema';

/** What changes in the data set when an upstream source is refreshed. */
export interface DatasetDiff {
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
  /** Same id, another English or Japanese name. */
  renamed: { id: string; from: string; to: string }[];
  /** Maps-to edges and successions between LLM editions, as `source → target`. */
  mappingsAdded: string[];
  mappingsRemoved: string[];
  /** Same mapping, read from other places (its bases). */
  mappingsRebased: { mapping: string; from: string[]; to: string[] }[];
  /** `name: old → new` for each source whose commit or editions change. */
  sources: string[];
  /** Nodes whose summary, references or other fields change, besides the above. */
  otherNodeChanges: number;
  /** Edges other than mappings (part-of, mitigates) added or removed. */
  structureChanges: number;
}

const name = (node: Dataset['nodes'][number]) =>
  node.title.ja === node.title.en ? node.title.en : `${node.title.en} / ${node.title.ja}`;

interface Mapping {
  id: string;
  label: string;
  basis: readonly string[];
}

function mappings(dataset: Dataset): Map<string, Mapping> {
  const list: Mapping[] = [
    ...dataset.edges
      .filter((edge) => edge.kind === 'maps-to')
      .map((edge) => ({ id: edgeId(edge), label: `${edge.source} → ${edge.target}`, basis: edge.basis })),
    ...dataset.successions.map((succession) => ({
      id: successionId(succession),
      label: `${succession.source} carries over ${succession.target}`,
      basis: succession.basis,
    })),
  ];
  return new Map(list.map((mapping) => [mapping.id, mapping]));
}

export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const old = new Map(before.nodes.map((node) => [node.id, node]));
  const current = new Map(after.nodes.map((node) => [node.id, node]));
  const diff: DatasetDiff = {
    added: after.nodes
      .filter((node) => !old.has(node.id))
      .map((node) => ({ id: node.id, title: name(node) })),
    removed: before.nodes
      .filter((node) => !current.has(node.id))
      .map((node) => ({ id: node.id, title: name(node) })),
    renamed: [],
    mappingsAdded: [],
    mappingsRemoved: [],
    mappingsRebased: [],
    sources: [],
    otherNodeChanges: 0,
    structureChanges: 0,
  };
  for (const node of after.nodes) {
    const was = old.get(node.id);
    if (!was) continue;
    if (name(was) !== name(node)) diff.renamed.push({ id: node.id, from: name(was), to: name(node) });
    else if (JSON.stringify({ ...was, order: 0 }) !== JSON.stringify({ ...node, order: 0 }))
      diff.otherNodeChanges++;
  }
  const [oldMappings, newMappings] = [mappings(before), mappings(after)];
  for (const [id, mapping] of newMappings) {
    const was = oldMappings.get(id);
    if (!was) diff.mappingsAdded.push(mapping.label);
    else if (was.basis.join() !== mapping.basis.join())
      diff.mappingsRebased.push({ mapping: mapping.label, from: [...was.basis], to: [...mapping.basis] });
  }
  for (const [id, mapping] of oldMappings) if (!newMappings.has(id)) diff.mappingsRemoved.push(mapping.label);

  const structure = (dataset: Dataset) =>
    new Set(dataset.edges.filter((edge) => edge.kind !== 'maps-to').map((edge) => edgeId(edge)));
  const [oldStructure, newStructure] = [structure(before), structure(after)];
  diff.structureChanges =
    [...newStructure].filter((id) => !oldStructure.has(id)).length +
    [...oldStructure].filter((id) => !newStructure.has(id)).length;

  after.upstream.forEach((source, i) => {
    // Sources are listed in the manifest's order; one repository may give several (the 2023 list and a translation).
    const same = (other: typeof source) =>
      other.name === source.name && other.repository === source.repository;
    const was =
      before.upstream[i] && same(before.upstream[i]) ? before.upstream[i] : before.upstream.find(same);
    const describe = (entry: typeof source) =>
      `${entry.editions ? `${entry.editions.join(', ')} ` : ''}@ ${entry.commit.slice(0, 7)} (${entry.date})`;
    if (!was || describe(was) !== describe(source))
      diff.sources.push(`${source.name}: ${was ? describe(was) : 'new'} → ${describe(source)}`);
  });
  return diff;
}

/** The diff as lines for the terminal; one line says so when nothing changes. */
export function formatDiff(diff: DatasetDiff): string[] {
  const lines: string[] = [];
  const section = (heading: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push(`${heading} (${items.length}):`, ...items.map((item) => `  ${item}`));
  };
  section('Sources', diff.sources);
  section(
    'Items added',
    diff.added.map((item) => `${item.id}  ${item.title}`),
  );
  section(
    'Items removed',
    diff.removed.map((item) => `${item.id}  ${item.title}`),
  );
  section(
    'Items renamed',
    diff.renamed.map((item) => `${item.id}  ${item.from}  →  ${item.to}`),
  );
  section('Mappings added', diff.mappingsAdded);
  section('Mappings removed', diff.mappingsRemoved);
  section(
    'Mappings read from elsewhere',
    diff.mappingsRebased.map((item) => `${item.mapping}: ${item.from.join(', ')} → ${item.to.join(', ')}`),
  );
  if (diff.structureChanges > 0)
    lines.push(`Structure (part-of, mitigates): ${diff.structureChanges} edges changed`);
  if (diff.otherNodeChanges > 0)
    lines.push(`Other changes (summaries, references, facets): ${diff.otherNodeChanges} items`);
  return lines.length > 0 ? lines : ['The data set does not change.'];
}
