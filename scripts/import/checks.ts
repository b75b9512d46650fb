import { buildIndex, type GraphIndex } from '../../src/model/graphIndex';
import type { Dataset } from '../../src/model/schema';

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
  { curated, periodic, linkAliases, atlas }: CheckContext,
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

  for (const prefix of ['ML', 'LLM'] as const) {
    for (let n = 1; n <= 10; n++) {
      const id = `${prefix}${String(n).padStart(2, '0')}`;
      const node = index.node(id);
      if (!node) {
        fail(`${id}: missing`);
        continue;
      }
      if (node.secid !== `secid:weakness/owasp/${prefix.toLowerCase()}-top10@2023#${id}`)
        fail(`${id}: secid`);
      if (prefix === 'ML' && !node.riskFactors) fail(`${id}: no risk factors`);
      if (prefix === 'ML' && index.outgoing(id, 'maps-to').length === 0) fail(`${id}: maps to no threat`);
    }
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
    if (edge.kind === 'maps-to' && (source?.edition !== '2023' || !target?.kind.startsWith('threat'))) {
      fail(`${edge.id}: maps-to must run from a 2023 Top 10 item to a threat`);
    }
    if (
      edge.kind === 'mitigates' &&
      (!source?.kind.startsWith('control') || !target?.kind.startsWith('threat'))
    ) {
      fail(`${edge.id}: mitigates must run from a control to a threat`);
    }
  }
  errors.push(...checkAtlasReferences(dataset, atlas));
  return errors;
}
