import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

import { parseDataset } from '../src/model/parseDataset';
import type { Dataset, DatasetNode, NavEdge } from '../src/model/schema';
import { CONTROL_TYPES, IMPACTS, LIFECYCLES, type NodeKind, type Section } from '../src/model/vocabulary';

/**
 * A large catalogue with the navigator's shape, for scale checks (`npm run bench`): the four sections, threat
 * groups holding threats, control groups holding controls, controls mitigating threats mostly in their own
 * section, Top 10 items mapping to threats, texts as long as the real ones in both languages. The same
 * arguments give the same data set byte for byte.
 *
 *   npx tsx scripts/generate-dataset.ts [nodes=5000] [edges=15000] [out=node_modules/.cache/generated-5000.json]
 */

const THREAT_SECTIONS = ['input-threats', 'development-time-threats', 'runtime-threats'] as const;

const UPSTREAM: Dataset['upstream'] = [
  {
    name: 'Generated catalogue',
    repository: 'https://example.org/generated-catalogue',
    commit: '0000000000000000000000000000000000000000',
    date: '2026-01-01',
    licence: 'CC0-1.0',
  },
];

const WORDS = [
  'model',
  'training',
  'data',
  'inference',
  'prompt',
  'supply',
  'chain',
  'poisoning',
  'evasion',
  'leak',
  'access',
  'runtime',
  'output',
  'input',
  'integrity',
  'confidentiality',
  'monitoring',
  'agent',
  'plugin',
  'retrieval',
  'embedding',
  'weights',
  'pipeline',
  'dataset',
];
const JA_WORDS = ['モデル', '学習', 'データ', '推論', 'プロンプト', '供給網', '汚染', '回避', '漏洩', '監視'];

/** A deterministic pseudo-random sequence (linear congruential), so runs are comparable. */
function randomSequence(seed: number) {
  let state = seed >>> 0;
  return (limit: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * limit);
  };
}

export function generateDataset(nodeCount = 5000, edgeCount = 15000, seed = 1): Dataset {
  const next = randomSequence(seed);
  const pick = <T>(list: readonly T[]): T => list[next(list.length)]!;
  const phrase = (count: number, words: readonly string[], join: string) =>
    Array.from({ length: count }, () => pick(words)).join(join);

  const nodes: DatasetNode[] = [];
  const add = (kind: NodeKind, section: Section, extra: Partial<DatasetNode> = {}) => {
    const order = nodes.length;
    const id = `${kind === 'ml-top10' ? 'mlx' : kind === 'llm-top10' ? 'llmx' : kind.replace('-', '')}${order}`;
    const title = phrase(2 + next(3), WORDS, ' ');
    const node: DatasetNode = {
      id,
      kind,
      title: {
        en: `${title[0]!.toUpperCase()}${title.slice(1)} ${order}`,
        ja: `${phrase(3, JA_WORDS, '')}${order}`,
      },
      summary: {
        en: `${phrase(45 + next(20), WORDS, ' ')}.`,
        ja: `${phrase(40 + next(20), JA_WORDS, '')}。`,
      },
      section,
      permalink: `https://example.org/go/${id}/`,
      references: [],
      aliases: [],
      order,
      ...extra,
    };
    nodes.push(node);
    return node;
  };

  // Top 10-like lists take 1 % of the nodes; the rest is split like the navigator: a few groups, threats and
  // more controls, one eighth of the controls general.
  const top10Count = Math.max(2, Math.round(nodeCount / 100));
  const rest = nodeCount - top10Count;
  const generalCount = Math.round(rest * 0.08);
  const generalGroups: DatasetNode[] = [];
  for (let i = 0; i < generalCount; i++) {
    if (i % 12 === 0) generalGroups.push(add('control-group', 'general-controls'));
    else add('control', 'general-controls', { controlType: pick(CONTROL_TYPES), governance: next(4) === 0 });
  }
  const perSection = Math.floor((rest - nodes.length) / THREAT_SECTIONS.length);
  THREAT_SECTIONS.forEach((section, s) => {
    const count = s === THREAT_SECTIONS.length - 1 ? rest - nodes.length : perSection;
    for (let i = 0; i < count; i++) {
      const roll = i % 20;
      if (roll === 0) add('threat-group', section, threatFacets());
      else if (roll === 10) add('control-group', section);
      else if (roll < 9) add('threat', section, next(5) === 0 ? {} : threatFacets());
      else add('control', section, { controlType: pick(CONTROL_TYPES) });
    }
  });
  for (let i = 0; i < top10Count; i++)
    add(i % 2 === 0 ? 'ml-top10' : 'llm-top10', i % 2 === 0 ? 'ml-top10' : 'llm-top10');

  function threatFacets(): Partial<DatasetNode> {
    const lifecycle = LIFECYCLES.filter(() => next(3) === 0);
    const impacts = IMPACTS.filter(() => next(4) === 0);
    return {
      lifecycle: lifecycle.length > 0 ? lifecycle : [pick(LIFECYCLES)],
      impacts: impacts.length > 0 ? impacts : [pick(IMPACTS)],
    };
  }

  const edges: NavEdge[] = [];
  const seen = new Set<string>();
  const link = (kind: NavEdge['kind'], source: string, target: string) => {
    const key = `${kind}:${source}->${target}`;
    if (source === target || seen.has(key) || edges.length >= edgeCount) return;
    seen.add(key);
    edges.push({ kind, source, target, basis: ['curated'] });
  };

  // Membership: each threat and control in the group of its kind that precedes it in its section; every third
  // group nested in an earlier one; general control groups inside the first of them.
  const lastGroup = new Map<string, DatasetNode>();
  const groupsOf = new Map<string, DatasetNode[]>();
  for (const node of nodes) {
    const key = `${node.section}|${node.kind === 'threat' || node.kind === 'threat-group' ? 'threat' : 'control'}`;
    if (node.kind === 'threat-group' || node.kind === 'control-group') {
      const earlier = groupsOf.get(key) ?? [];
      if (earlier.length > 0 && earlier.length % 3 === 0)
        link('part-of', node.id, earlier[earlier.length - 1]!.id);
      if (node.section === 'general-controls' && generalGroups[0] !== node)
        link('part-of', node.id, generalGroups[0]!.id);
      earlier.push(node);
      groupsOf.set(key, earlier);
      lastGroup.set(key, node);
    } else if (node.kind === 'threat' || node.kind === 'control') {
      const group = lastGroup.get(key);
      if (group) link('part-of', node.id, group.id);
    }
  }

  const threatsBySection = new Map<Section, DatasetNode[]>(
    THREAT_SECTIONS.map((section) => [
      section,
      nodes.filter(
        (node) => node.section === section && (node.kind === 'threat' || node.kind === 'threat-group'),
      ),
    ]),
  );
  const allThreats = [...threatsBySection.values()].flat();
  const nearby = (list: readonly DatasetNode[], around: number) => {
    const at = Math.min(list.length - 1, Math.max(0, around + next(40) - 20));
    return list[at]!;
  };

  // Top 10 items map to a handful of threats anywhere.
  for (const item of nodes.filter((node) => node.kind === 'ml-top10' || node.kind === 'llm-top10')) {
    for (let i = 0; i < 3 + next(4); i++) link('maps-to', item.id, pick(allThreats).id);
  }
  // Controls mitigate threats near them in reading order, sometimes in another section; the rest of the edge
  // budget goes to further mitigations, so controls have several threats each as in the navigator.
  const controls = nodes.filter((node) => node.kind === 'control' || node.kind === 'control-group');
  for (let attempts = 0; edges.length < edgeCount && attempts < edgeCount * 10; attempts++) {
    const control = controls[attempts % controls.length]!;
    const own = threatsBySection.get(control.section);
    if (own && next(5) !== 0) {
      const at = own.findIndex((threat) => threat.order > control.order);
      link('mitigates', control.id, nearby(own, at === -1 ? own.length - 1 : at).id);
    } else {
      link('mitigates', control.id, pick(allThreats).id);
    }
  }
  return { format: 1, upstream: UPSTREAM, nodes, edges, successions: [] };
}

function main() {
  const [nodeArg = '5000', edgeArg = '15000', out = `node_modules/.cache/generated-${nodeArg}.json`] =
    process.argv.slice(2);
  mkdirSync(dirname(out), { recursive: true });
  const dataset = generateDataset(Number(nodeArg), Number(edgeArg));
  const parsed = parseDataset(dataset);
  if (!parsed.ok) throw new Error(`generated data set does not validate:\n${parsed.errors.join('\n')}`);
  writeFileSync(out, `${JSON.stringify(dataset)}\n`);
  console.log(`${out}: ${dataset.nodes.length} nodes, ${dataset.edges.length} edges`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
