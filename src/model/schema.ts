import { z } from 'zod';

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

const text = z.string().trim().min(1);
const localized = z.strictObject({ en: text, ja: text });
const httpsUrl = z.url({ protocol: /^https?$/ });

export const NODE_ID = /^(?:[a-z0-9]+|ML(?:0[1-9]|10)|LLM(?:0[1-9]|10))$/;

export const referenceSchema = z.strictObject({
  scheme: z.enum(REFERENCE_SCHEMES),
  /** The external identifier (AML.T0015, 370-877, ML01:2023…), when there is one. */
  id: z.string().min(1).optional(),
  title: text,
  url: httpsUrl.optional(),
  /** Edition of a Top 10 list the identifier belongs to (2023, 2025, 2026). */
  edition: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  basis: z.enum(BASES),
});

export const riskFactorsSchema = z.strictObject({
  exploitability: z.number().int().min(1).max(5),
  detectability: z.number().int().min(1).max(5),
  technical: z.number().int().min(1).max(5),
});

export const nodeSchema = z.strictObject({
  id: z.string().regex(NODE_ID, 'must be a lower-case permalink slug, MLnn or LLMnn'),
  kind: z.enum(NODE_KINDS),
  title: localized,
  summary: localized,
  section: z.enum(SECTIONS),
  /** The category line as upstream writes it. */
  category: text.optional(),
  lifecycle: z.array(z.enum(LIFECYCLES)).min(1).optional(),
  impacts: z.array(z.enum(IMPACTS)).min(1).optional(),
  controlType: z.enum(CONTROL_TYPES).optional(),
  governance: z.boolean().optional(),
  permalink: httpsUrl,
  references: z.array(referenceSchema),
  aliases: z.array(text),
  secid: z.string().startsWith('secid:').optional(),
  riskFactors: riskFactorsSchema.optional(),
  edition: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  /** Position in the upstream reading order; lists and layouts sort by it. */
  order: z.number().int().nonnegative(),
});

export const edgeSchema = z.strictObject({
  source: z.string().regex(NODE_ID),
  target: z.string().regex(NODE_ID),
  kind: z.enum(EDGE_KINDS),
  basis: z.array(z.enum(BASES)).min(1),
  reason: localized.optional(),
});

const upstreamSchema = z.strictObject({
  name: text,
  repository: httpsUrl,
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  date: z.iso.date(),
  licence: text,
});

export const datasetSchema = z
  .strictObject({
    format: z.literal(1),
    upstream: z.array(upstreamSchema).min(1),
    nodes: z.array(nodeSchema).min(1),
    edges: z.array(edgeSchema),
  })
  .superRefine((data, ctx) => {
    const kinds = new Map<string, string>();
    data.nodes.forEach((node, index) => {
      if (kinds.has(node.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', index, 'id'],
          message: `duplicate node id "${node.id}"`,
        });
      }
      kinds.set(node.id, node.kind);
    });
    data.edges.forEach((edge, index) => {
      for (const end of ['source', 'target'] as const) {
        if (!kinds.has(edge[end])) {
          ctx.addIssue({
            code: 'custom',
            path: ['edges', index, end],
            message: `unknown node "${edge[end]}"`,
          });
        }
      }
    });
  });

export type Reference = z.infer<typeof referenceSchema>;
export type RiskFactors = z.infer<typeof riskFactorsSchema>;
export type NavNode = z.infer<typeof nodeSchema>;
export type NavEdge = z.infer<typeof edgeSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
