import type { Page } from 'playwright-core';

/** A box in canvas pixels. */
export interface PixelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What a person sees of one node of the graph. */
export interface SeenNode {
  id: string;
  kind: string;
  /** Where the shape is drawn, in canvas pixels. */
  box: PixelBox;
  /** Where its name is drawn, in canvas pixels. */
  label: PixelBox;
  /** The size its name is drawn at on screen: font size × zoom. */
  fontPx: number;
  dimmed: boolean;
}

export interface SeenGraph {
  /** The part of the canvas no panel covers, in canvas pixels. */
  free: { width: number; height: number };
  nodes: SeenNode[];
  /** Lines drawn, from end to end in canvas pixels, with the ids of their ends. */
  lines: { source: string; target: string; from: [number, number]; to: [number, number] }[];
}

/**
 * Reads what the canvas draws, as a person would see it: every node that is drawn, where, and how large its name
 * is; every line that is drawn. The Cytoscape instance is reached through its container (Cytoscape keeps it there),
 * for the tests only.
 */
export async function seeGraph(page: Page): Promise<SeenGraph> {
  return page.evaluate(() => {
    const container = document.querySelector('.graph-canvas__engine') as HTMLElement & {
      _cyreg?: { cy: import('cytoscape').Core };
    };
    const cy = container._cyreg!.cy;
    const canvas = container.getBoundingClientRect();
    const panel = document.querySelector('.details--over:not([hidden])')?.getBoundingClientRect();
    const tools = document.querySelector('.graph-toolbar')?.getBoundingClientRect();
    const free = {
      width: panel ? Math.min(canvas.width, panel.left - canvas.left) : canvas.width,
      height: tools ? Math.min(canvas.height, tools.top - canvas.top) : canvas.height,
    };
    const corners = (box: { x1: number; y1: number; x2: number; y2: number }) => ({
      x1: box.x1,
      y1: box.y1,
      x2: box.x2,
      y2: box.y2,
    });
    const nodes = cy
      .nodes('.item')
      .filter((node) => node.visible())
      .map((node) => ({
        id: node.id(),
        kind: node.data('kind') as string,
        box: corners(node.renderedBoundingBox({ includeLabels: false })),
        label: corners(node.renderedBoundingBox({ includeNodes: false, includeLabels: true })),
        fontPx: parseFloat(String(node.style('font-size'))) * cy.zoom(),
        dimmed: node.hasClass('dimmed'),
      }));
    const lines = cy
      .edges()
      .map((edge) => {
        if (!edge.visible()) return null;
        const from = edge.renderedSourceEndpoint();
        const to = edge.renderedTargetEndpoint();
        return {
          source: edge.source().id(),
          target: edge.target().id(),
          from: [from.x, from.y] as [number, number],
          to: [to.x, to.y] as [number, number],
        };
      })
      .filter((line) => line !== null);
    return { free, nodes, lines };
  });
}

/** Whether the segment from `a` to `b` passes through the box. */
export function crosses(a: [number, number], b: [number, number], box: PixelBox): boolean {
  // Liang–Barsky clipping of the segment against the box.
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const edges: [number, number][] = [
    [-dx, a[0] - box.x1],
    [dx, box.x2 - a[0]],
    [-dy, a[1] - box.y1],
    [dy, box.y2 - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** The nodes a person cannot read whole: outside the free part of the canvas, or named under `minPx`. */
export function unreadable(seen: SeenGraph, minPx: number, among: (node: SeenNode) => boolean = () => true) {
  const margin = 1;
  return seen.nodes.filter(among).flatMap((node) => {
    const problems: string[] = [];
    const { box } = node;
    if (
      box.x1 < -margin ||
      box.y1 < -margin ||
      box.x2 > seen.free.width + margin ||
      box.y2 > seen.free.height + margin
    )
      problems.push(`outside the view (${Math.round(box.x1)},${Math.round(box.y1)})`);
    if (node.fontPx < minPx - 0.01) problems.push(`name at ${node.fontPx.toFixed(1)} px`);
    return problems.length > 0 ? [`${node.id}: ${problems.join(', ')}`] : [];
  });
}

/** A data node drawn whole in the canvas's upper part, with its centre on the screen. */
export const nodeToTap = (page: Page) =>
  page.evaluate(() => {
    const container = document.querySelector('.graph-canvas__engine') as HTMLElement & {
      _cyreg?: { cy: import('cytoscape').Core };
    };
    const cy = container._cyreg!.cy;
    const frame = container.getBoundingClientRect();
    const node = cy
      .nodes('.item')
      .filter((one) => one.visible())
      .filter((one) => {
        const box = one.renderedBoundingBox();
        return box.x1 > 0 && box.y1 > 60 && box.x2 < frame.width && box.y2 < frame.height / 2;
      })[0]!;
    const box = node.renderedBoundingBox();
    return { id: node.id(), x: frame.left + (box.x1 + box.x2) / 2, y: frame.top + (box.y1 + box.y2) / 2 };
  });
