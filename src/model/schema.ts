import { z } from 'zod/mini';
import english from 'zod/v4/locales/en.js';

import {
  BASES,
  CONTROL_TYPES,
  EDGE_KINDS,
  IMPACTS,
  LIFECYCLES,
  NODE_KINDS,
  REFERENCE_SCHEMES,
  SECTIONS,
} from './vocabulary';

// zod/mini ships without messages; the error screen and data:check quote the English ones.
z.config(english());

const text = z.string().check(z.trim(), z.minLength(1));
const localized = z.strictObject({ en: text, ja: text });
const httpsUrl = z.url({ protocol: /^https?$/ });
const year = z.string().check(z.regex(/^\d{4}$/));
const score = z.number().check(z.int(), z.minimum(1), z.maximum(5));

/**
 * A node id: a permalink slug, an ML Top 10 number, or an LLM Top 10 number with its edition (`LLM08:2026`): the
 * LLM Top 10 numbers name different risks in each edition, so a number alone names none.
 */
export const NODE_ID = /^(?:[a-z0-9]+|ML(?:0[1-9]|10)|LLM(?:0[1-9]|10):\d{4})$/;
const nodeId = z
  .string()
  .check(
    z.regex(
      NODE_ID,
      'must be a lower-case permalink slug, MLnn or LLMnn:YYYY (an LLM number with its edition)',
    ),
  );
const edgeEnd = z.string().check(z.regex(NODE_ID));

export const referenceSchema = z.strictObject({
  scheme: z.enum(REFERENCE_SCHEMES),
  /** The external identifier (AML.T0015, 370-877, ML01:2023…), when there is one. */
  id: z.optional(z.string().check(z.minLength(1))),
  title: text,
  /** Other spellings of the name in the upstream text, where the identifier's own catalogue names it otherwise. */
  aliases: z.optional(z.array(text)),
  url: z.optional(httpsUrl),
  /** Edition of a Top 10 list the identifier belongs to (2023, 2025, 2026). */
  edition: z.optional(year),
  basis: z.enum(BASES),
});

/** The upstream line a relation was read from, or that a curated one points to. */
export const citeSchema = z.strictObject({
  basis: z.enum(BASES),
  /** The file as kept in the repository, below data/upstream/. */
  file: z.string().check(z.regex(/^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/)),
  line: z.number().check(z.int(), z.positive()),
  /** The line in the upstream repository, at the commit the data set was built from. */
  url: httpsUrl,
});

export const riskFactorsSchema = z.strictObject({
  exploitability: score,
  detectability: score,
  technical: score,
});

/** What the graph, the filters, the lists and the catalogue views need of a node: the "core" data file. */
const coreNodeShape = {
  id: nodeId,
  kind: z.enum(NODE_KINDS),
  title: localized,
  section: z.enum(SECTIONS),
  lifecycle: z.optional(z.array(z.enum(LIFECYCLES)).check(z.minLength(1))),
  impacts: z.optional(z.array(z.enum(IMPACTS)).check(z.minLength(1))),
  controlType: z.optional(z.enum(CONTROL_TYPES)),
  governance: z.optional(z.boolean()),
  permalink: httpsUrl,
  aliases: z.array(text),
  /** Japanese names in use besides the title: the names of the list's own Japanese edition, where ours differs. */
  aliasesJa: z.optional(z.array(text)),
  /** Top 10 items: whether the Japanese title is the list's official Japanese one or the navigator's own. */
  jaTitleSource: z.optional(z.enum(['official', 'ours'])),
  /** Earlier permalink slugs of the item, which the AI Exchange site still redirects to it. */
  renamedFrom: z.optional(z.array(z.string().check(z.regex(/^[a-z0-9]+$/)))),
  secid: z.optional(z.string().check(z.startsWith('secid:'))),
  riskFactors: z.optional(riskFactorsSchema),
  edition: z.optional(year),
  /** Position in the upstream reading order; lists and layouts sort by it. */
  order: z.number().check(z.int(), z.nonnegative()),
};

/** The long texts of a node, which only the details panel, search and exports read: the "details" file. */
const detailsShape = {
  summary: localized,
  /** The category line as upstream writes it, with its Japanese. */
  category: z.optional(localized),
  references: z.array(referenceSchema),
};

export const coreNodeSchema = z.strictObject(coreNodeShape);
export const nodeDetailsSchema = z.strictObject(detailsShape);
export const nodeSchema = z.strictObject({ ...coreNodeShape, ...detailsShape });

/** Why a relation holds: a curated one's reason, and the upstream lines it was read from or points to. */
const relationDetailsShape = {
  reason: z.optional(localized),
  cites: z.optional(z.array(citeSchema).check(z.minLength(1))),
};

const coreEdgeShape = {
  source: edgeEnd,
  target: edgeEnd,
  kind: z.enum(EDGE_KINDS),
  basis: z.array(z.enum(BASES)).check(z.minLength(1)),
};

/**
 * An LLM Top 10 item (`source`) that carries over an item of the edition before (`target`): the same risk, kept,
 * renamed, broadened or merged. Not an edge of the graph, which shows one edition at a time.
 */
const coreSuccessionShape = {
  source: edgeEnd,
  target: edgeEnd,
  basis: z.array(z.enum(BASES)).check(z.minLength(1)),
};

export const coreEdgeSchema = z.strictObject(coreEdgeShape);
export const edgeSchema = z.strictObject({ ...coreEdgeShape, ...relationDetailsShape });
export const coreSuccessionSchema = z.strictObject(coreSuccessionShape);
export const successionSchema = z.strictObject({ ...coreSuccessionShape, ...relationDetailsShape });
export const relationDetailsSchema = z.strictObject(relationDetailsShape);

const upstreamSchema = z.strictObject({
  name: text,
  repository: httpsUrl,
  commit: z.string().check(z.regex(/^[0-9a-f]{40}$/)),
  date: z.iso.date(),
  licence: text,
  /** The editions or release the data set takes from the source (`2026`, `5.6.0`). */
  editions: z.optional(z.array(text).check(z.minLength(1))),
});

interface Graph {
  nodes: readonly { id: string }[];
  edges: readonly { source: string; target: string }[];
  successions: readonly { source: string; target: string }[];
}

/** Node ids are unique and every edge joins two nodes of the file. */
const consistentGraph = z.superRefine((data: Graph, ctx) => {
  const ids = new Set<string>();
  data.nodes.forEach((node, index) => {
    if (ids.has(node.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['nodes', index, 'id'],
        message: `duplicate node id "${node.id}"`,
      });
    }
    ids.add(node.id);
  });
  for (const list of ['edges', 'successions'] as const) {
    data[list].forEach((edge, index) => {
      for (const end of ['source', 'target'] as const) {
        if (!ids.has(edge[end])) {
          ctx.addIssue({ code: 'custom', path: [list, index, end], message: `unknown node "${edge[end]}"` });
        }
      }
    });
  }
});

const datasetShape = {
  format: z.literal(1),
  upstream: z.array(upstreamSchema).check(z.minLength(1)),
};

/** data/navigator.json: the full data set, as committed, checked and exported. */
export const datasetSchema = z
  .strictObject({
    ...datasetShape,
    nodes: z.array(nodeSchema).check(z.minLength(1)),
    edges: z.array(edgeSchema),
    successions: z.array(successionSchema),
  })
  .check(consistentGraph);

/** The part of the data set fetched at start-up: everything but the long texts of nodes and relations. */
export const coreDatasetSchema = z
  .strictObject({
    ...datasetShape,
    nodes: z.array(coreNodeSchema).check(z.minLength(1)),
    edges: z.array(coreEdgeSchema),
    successions: z.array(coreSuccessionSchema),
  })
  .check(consistentGraph);

/**
 * The part fetched once the graph is up: summary and references of every node, by node id, and the reasons and
 * sources of relations, by relation id (`relationId`).
 */
export const datasetDetailsSchema = z.strictObject({
  format: z.literal(1),
  nodes: z.record(nodeId, nodeDetailsSchema),
  relations: z.record(z.string().check(z.minLength(1)), relationDetailsSchema),
});

export type Reference = z.infer<typeof referenceSchema>;
export type RiskFactors = z.infer<typeof riskFactorsSchema>;
/** A node as the graph, filters, lists and views use it (no summary or references). */
export type NavNode = z.infer<typeof coreNodeSchema>;
/** Summary and references of one node. */
export type NodeDetails = z.infer<typeof nodeDetailsSchema>;
/** A node of the full data set. */
export type DatasetNode = z.infer<typeof nodeSchema>;
/** An edge as the graph uses it (no reason or sources). */
export type NavEdge = z.infer<typeof coreEdgeSchema>;
/** An edge of the full data set. */
export type DatasetEdge = z.infer<typeof edgeSchema>;
export type CoreSuccession = z.infer<typeof coreSuccessionSchema>;
export type Succession = z.infer<typeof successionSchema>;
export type RelationDetails = z.infer<typeof relationDetailsSchema>;
export type Cite = z.infer<typeof citeSchema>;
/** The full data set: data/navigator.json. */
export type Dataset = z.infer<typeof datasetSchema>;
/** The data set without the nodes' details. */
export type CoreDataset = z.infer<typeof coreDatasetSchema>;
export type DatasetDetails = z.infer<typeof datasetDetailsSchema>;
