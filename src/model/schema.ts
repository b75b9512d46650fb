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

export const NODE_ID = /^(?:[a-z0-9]+|ML(?:0[1-9]|10)|LLM(?:0[1-9]|10))$/;
const nodeId = z.string().check(z.regex(NODE_ID, 'must be a lower-case permalink slug, MLnn or LLMnn'));
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

export const edgeSchema = z.strictObject({
  source: edgeEnd,
  target: edgeEnd,
  kind: z.enum(EDGE_KINDS),
  basis: z.array(z.enum(BASES)).check(z.minLength(1)),
  reason: z.optional(localized),
});

const upstreamSchema = z.strictObject({
  name: text,
  repository: httpsUrl,
  commit: z.string().check(z.regex(/^[0-9a-f]{40}$/)),
  date: z.iso.date(),
  licence: text,
});

interface Graph {
  nodes: readonly { id: string }[];
  edges: readonly { source: string; target: string }[];
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
  data.edges.forEach((edge, index) => {
    for (const end of ['source', 'target'] as const) {
      if (!ids.has(edge[end])) {
        ctx.addIssue({ code: 'custom', path: ['edges', index, end], message: `unknown node "${edge[end]}"` });
      }
    }
  });
});

const graphShape = {
  format: z.literal(1),
  upstream: z.array(upstreamSchema).check(z.minLength(1)),
  edges: z.array(edgeSchema),
};

/** data/navigator.json: the full data set, as committed, checked and exported. */
export const datasetSchema = z
  .strictObject({ ...graphShape, nodes: z.array(nodeSchema).check(z.minLength(1)) })
  .check(consistentGraph);

/** The part of the data set fetched at start-up: everything but the nodes' summaries and references. */
export const coreDatasetSchema = z
  .strictObject({ ...graphShape, nodes: z.array(coreNodeSchema).check(z.minLength(1)) })
  .check(consistentGraph);

/** The part fetched once the graph is up: summary and references of every node, by node id. */
export const datasetDetailsSchema = z.strictObject({
  format: z.literal(1),
  nodes: z.record(nodeId, nodeDetailsSchema),
});

export type Reference = z.infer<typeof referenceSchema>;
export type RiskFactors = z.infer<typeof riskFactorsSchema>;
/** A node as the graph, filters, lists and views use it (no summary or references). */
export type NavNode = z.infer<typeof coreNodeSchema>;
/** Summary and references of one node. */
export type NodeDetails = z.infer<typeof nodeDetailsSchema>;
/** A node of the full data set. */
export type DatasetNode = z.infer<typeof nodeSchema>;
export type NavEdge = z.infer<typeof edgeSchema>;
/** The full data set: data/navigator.json. */
export type Dataset = z.infer<typeof datasetSchema>;
/** The data set without the nodes' details. */
export type CoreDataset = z.infer<typeof coreDatasetSchema>;
export type DatasetDetails = z.infer<typeof datasetDetailsSchema>;
