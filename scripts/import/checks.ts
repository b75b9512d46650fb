import { edgeId, successionId } from '../../src/model/edges';
import { LLM_EDITIONS, llmItemId, parseLlmItemId } from '../../src/model/editions';
import { buildIndex, type GraphIndex } from '../../src/model/graphIndex';
import type { Dataset } from '../../src/model/schema';
import { originOf, sourceFileUrl, type UpstreamSource } from '../upstream/manifest';

import type { AtlasNames } from './atlas';
import type { Curated } from './curated';
import type { PeriodicRow } from './periodic-table';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Whether `control` (or a group holding it) mitigates `threat` (or a group holding it). */
export function reaches(index: GraphIndex, control: string, threat: string): boolean {
  const controls = new Set([control, ...index.ancestors(control)]);
  const threats = new Set([threat, ...index.ancestors(threat)]);
  return index.edges.some(
    (edge) => edge.kind === 'mitigates' && controls.has(edge.source) && threats.has(edge.target),
  );
}

/** What section 2 of the data contract promises, checked against the built data set. */
/** What the checks compare the data set with, besides itself. */
export interface CheckContext {
  curated: Curated;
  periodic: PeriodicRow[];
  /** Old and misspelt slugs the documents link to, and the slug each means. */
  linkAliases: Readonly<Record<string, string>>;
  atlas: AtlasNames;
  sources: readonly UpstreamSource[];
  /** The text of a file below data/upstream/, if there is one. */
  read(file: string): string | undefined;
}

/**
 * Every mapping and succession says where it comes from, and each cited line exists: in a file kept in
 * data/upstream/, with the address of that line upstream at the pinned commit.
 */
export function checkCites(
  dataset: Dataset,
  read: CheckContext['read'],
  sources: readonly UpstreamSource[],
): string[] {
  const errors: string[] = [];
  const relations = [
    ...dataset.edges.filter((edge) => edge.kind === 'maps-to').map((edge) => ({ id: edgeId(edge), ...edge })),
    ...dataset.successions.map((succession) => ({ id: successionId(succession), ...succession })),
  ];
  const lines = new Map<string, number | undefined>();
  const lineCount = (file: string) => {
    if (!lines.has(file)) lines.set(file, read(file)?.split(/\r?\n/).length);
    return lines.get(file);
  };
  for (const relation of relations) {
    if (!relation.cites?.length) errors.push(`${relation.id}: cites no source`);
    for (const cite of relation.cites ?? []) {
      const count = lineCount(cite.file);
      const origin = originOf(sources, cite.file);
      const at = `${relation.id}: cites ${cite.file}:${cite.line}`;
      if (count === undefined) errors.push(`${at}, a file data/upstream does not have`);
      else if (cite.line > count) errors.push(`${at}, a line the file does not have (it has ${count})`);
      if (!origin) errors.push(`${at}, which no source in data/upstream/sources.yaml copies`);
      else if (cite.url !== sourceFileUrl(origin.source, origin.path, cite.line))
        errors.push(
          `${at} with the address ${cite.url}, not that line at ${origin.source.commit.slice(0, 7)}`,
        );
    }
  }
  return errors;
}

/** Every ATLAS reference names an id of the vendored ATLAS release, by ATLAS's own name for it. */
export function checkAtlasReferences(dataset: Dataset, atlas: AtlasNames): string[] {
  const errors: string[] = [];
  for (const node of dataset.nodes) {
    for (const ref of node.references) {
      if (ref.scheme !== 'mitre-atlas') continue;
      const name = ref.id ? atlas.names.get(ref.id) : undefined;
      if (!ref.id) errors.push(`${node.id}: an ATLAS reference without an id ("${ref.title}")`);
      else if (!name) errors.push(`${node.id}: ${ref.id} is not an id of MITRE ATLAS ${atlas.version}`);
      else if (ref.title !== name)
        errors.push(`${node.id}: ${ref.id} is "${name}" in MITRE ATLAS ${atlas.version}, not "${ref.title}"`);
    }
  }
  return errors;
}

export function checkDataset(
  dataset: Dataset,
  { curated, periodic, linkAliases, atlas, read, sources }: CheckContext,
): string[] {
  const index = buildIndex(dataset);
  const errors: string[] = [];
  const fail = (message: string) => errors.push(message);

  for (const node of dataset.nodes) {
    if (!JAPANESE.test(node.title.ja)) fail(`${node.id}: Japanese title has no Japanese text`);
    if (!JAPANESE.test(node.summary.ja)) fail(`${node.id}: Japanese summary has no Japanese text`);
    if (node.summary.en === node.title.en) fail(`${node.id}: no English summary`);
    if ((node.kind === 'threat' || node.kind === 'threat-group') && !node.impacts?.length)
      fail(`${node.id}: no impact`);
    if (node.kind !== 'ml-top10' && node.kind !== 'llm-top10' && !node.lifecycle?.length)
      fail(`${node.id}: no lifecycle`);
    if (node.kind === 'control' && !node.controlType) fail(`${node.id}: no control type`);
  }

  const items: { id: string; secid: string }[] = [];
  for (let n = 1; n <= 10; n++) {
    const number = String(n).padStart(2, '0');
    items.push({ id: `ML${number}`, secid: `secid:weakness/owasp/ml-top10@2023#ML${number}` });
    for (const edition of LLM_EDITIONS) {
      items.push({
        id: llmItemId(`LLM${number}`, edition),
        secid: `secid:weakness/owasp/llm-top10@${edition}#LLM${number}`,
      });
    }
  }
  for (const { id, secid } of items) {
    const node = index.node(id);
    if (!node) {
      fail(`${id}: missing`);
      continue;
    }
    if (node.secid !== secid) fail(`${id}: secid is not ${secid}`);
    if (node.kind === 'ml-top10' && !node.riskFactors) fail(`${id}: no risk factors`);
    if (node.kind === 'ml-top10' && index.outgoing(id, 'maps-to').length === 0)
      fail(`${id}: maps to no threat`);
  }
  for (const node of dataset.nodes) {
    // An LLM number names a different risk in each edition: an LLM item's id says which edition it is.
    if (node.kind !== 'llm-top10') continue;
    const parsed = parseLlmItemId(node.id);
    if (!parsed) fail(`${node.id}: an LLM Top 10 id must carry its edition (LLMnn:YYYY)`);
    else if (parsed.edition !== node.edition)
      fail(`${node.id}: edition ${node.edition ?? 'none'} differs from its id`);
    if (!node.jaTitleSource) fail(`${node.id}: does not say whose Japanese title it has`);
  }

  for (const row of periodic) {
    if (!row.threat) continue;
    for (const control of row.controls) {
      const id = linkAliases[control] ?? control;
      if (!reaches(index, id, row.threat)) fail(`Periodic table: ${id} does not reach ${row.threat}`);
    }
  }

  const always = new Map(
    curated.diagram.filter((box) => box.always).map((box) => [box.section, box.controls ?? []]),
  );
  for (const box of curated.diagram) {
    for (const member of box.members ?? []) {
      if (!index.parents(member).includes(box.box)) fail(`diagram: ${member} is not part of ${box.box}`);
    }
    const controls = [...(box.controls ?? []), ...(box.see_always ? (always.get(box.section) ?? []) : [])];
    for (const control of controls) {
      if (!reaches(index, control, box.box)) fail(`diagram: ${control} does not reach ${box.box}`);
    }
  }

  for (const edge of index.edges) {
    const source = index.node(edge.source);
    const target = index.node(edge.target);
    if (edge.kind === 'maps-to' && (!source?.edition || !target?.kind.startsWith('threat'))) {
      fail(`${edge.id}: maps-to must run from a Top 10 item of an edition to a threat`);
    }
    if (
      edge.kind === 'mitigates' &&
      (!source?.kind.startsWith('control') || !target?.kind.startsWith('threat'))
    ) {
      fail(`${edge.id}: mitigates must run from a control to a threat`);
    }
  }
  for (const succession of dataset.successions) {
    const [from, to] = [parseLlmItemId(succession.source), parseLlmItemId(succession.target)];
    if (!from || !to || Number(from.edition) <= Number(to.edition)) {
      fail(`${successionId(succession)}: must lead from an LLM item to one of an earlier edition`);
    }
  }
  errors.push(...checkAtlasReferences(dataset, atlas));
  errors.push(...checkCites(dataset, read, sources));
  return errors;
}
