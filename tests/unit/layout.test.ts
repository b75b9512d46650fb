import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { DEFAULT_FILTERS } from '../../src/model/filters';
import { buildIndex } from '../../src/model/graphIndex';
import { computeLayout } from '../../src/model/layout/computeLayout';
import { SPACING } from '../../src/model/layout/sizes';
import type { Box, GraphLayout, LayoutInput } from '../../src/model/layout/types';
import { datasetSchema } from '../../src/model/schema';
import { visibleSubgraph } from '../../src/model/visibility';
import { SECTIONS } from '../../src/model/vocabulary';

import { generatedDataset, navigatorFixture } from './layout-fixture';

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x - inner.width / 2 >= outer.x - outer.width / 2 - 1e-6 &&
    inner.x + inner.width / 2 <= outer.x + outer.width / 2 + 1e-6 &&
    inner.y - inner.height / 2 >= outer.y - outer.height / 2 - 1e-6 &&
    inner.y + inner.height / 2 <= outer.y + outer.height / 2 + 1e-6
  );
}

function overlap(a: Box, b: Box): boolean {
  return (
    Math.abs(a.x - b.x) < (a.width + b.width) / 2 - 1e-6 &&
    Math.abs(a.y - b.y) < (a.height + b.height) / 2 - 1e-6
  );
}

/** Nodes drawn as shapes (everything except group headings, which sit on their frames). */
function drawnBoxes(layout: GraphLayout): Box[] {
  return [...layout.nodes.entries()].filter(([id]) => !layout.frames.has(id)).map(([, box]) => box);
}

function shuffled<T>(list: readonly T[]): T[] {
  // A fixed permutation: reverse, then interleave halves.
  const reversed = [...list].reverse();
  const half = Math.ceil(reversed.length / 2);
  return reversed
    .flatMap((_, i) => (i % 2 === 0 ? reversed[i / 2] : reversed[half + (i - 1) / 2]))
    .filter((x): x is T => x !== undefined);
}

describe('computeLayout on a navigator-shaped data set', () => {
  const data = navigatorFixture();
  const layout = computeLayout(data);

  it('gives every node a finite position and size', () => {
    expect(layout.nodes.size).toBe(data.nodes.length);
    for (const node of data.nodes) {
      const box = layout.nodes.get(node.id);
      expect(box, node.id).toBeDefined();
      for (const value of Object.values(box!)) expect(Number.isFinite(value), node.id).toBe(true);
      expect(box!.width).toBeGreaterThan(0);
      expect(box!.height).toBeGreaterThan(0);
    }
  });

  it('is the same picture on every run and for any input order', () => {
    const again = computeLayout(navigatorFixture());
    const reordered = computeLayout({ nodes: shuffled(data.nodes), edges: shuffled(data.edges) });
    expect(again).toEqual(layout);
    expect(reordered).toEqual(layout);
  });

  it('keeps every node inside the region of its section, sections in reading order, the Top 10 lists last', () => {
    for (const node of data.nodes) {
      expect(inside(layout.nodes.get(node.id)!, layout.bands.get(node.section)!), node.id).toBe(true);
    }
    const top = (box: Box) => box.y - box.height / 2;
    const left = (box: Box) => box.x - box.width / 2;
    const right = (box: Box) => box.x + box.width / 2;
    const bands = SECTIONS.map((section) => layout.bands.get(section)!);
    // Left to right along a row, then the next row below.
    bands.slice(1).forEach((band, i) => {
      const before = bands[i]!;
      if (top(band) === top(before)) expect(left(band)).toBeGreaterThan(right(before));
      else expect(top(band)).toBeGreaterThan(top(before));
    });
    bands.forEach((band, i) =>
      bands.slice(i + 1).forEach((other) => expect(overlap(band, other)).toBe(false)),
    );
  });

  it('closes up a subset: its picture is smaller, and keeps the order of what it holds', () => {
    const ids = new Set(
      data.nodes.filter((node) => node.section === 'runtime-threats').map((node) => node.id),
    );
    const subset = computeLayout({
      nodes: data.nodes.filter((node) => ids.has(node.id)),
      edges: data.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
    });
    const area = (result: GraphLayout) =>
      [...result.bands.values()].reduce((sum, band) => sum + band.width * band.height, 0);
    expect(area(subset)).toBeLessThan(area(layout) / 2);
    expect([...subset.bands.keys()]).toEqual(['runtime-threats']);
  });

  it('draws groups as frames around their members, nested groups inside their parents', () => {
    expect(layout.parents.get('zeroknowledgeevasion')).toBe('evasion');
    expect(layout.parents.get('evasion')).toBe('inputthreats');
    expect(layout.parents.get('aiprogram')).toBe('governancecontrols');
    for (const [member, group] of layout.parents) {
      const frame = layout.frames.get(group)!;
      expect(
        inside(layout.frames.get(member) ?? layout.nodes.get(member)!, frame),
        `${member} in ${group}`,
      ).toBe(true);
      expect(inside(layout.nodes.get(group)!, frame)).toBe(true);
    }
  });

  it('places controls next to what they mitigate, to its right', () => {
    expect(layout.anchors.get('smallmodel')).toBe('modelinversionandmembership');
    // Mitigates two threats of one group: placed next to that group.
    expect(layout.anchors.get('promptinjectioniohandling')).toBe('promptinjection');
    // Mitigates threats in two sections: placed next to the one in its own section.
    expect(layout.anchors.get('trainadversarial')).toBe('evasion');
    const nearest = new Map<string, number>();
    for (const [control, anchor] of layout.anchors) {
      const controlBox = layout.nodes.get(control)!;
      const anchorBox = layout.frames.get(anchor) ?? layout.nodes.get(anchor)!;
      const distance = controlBox.x - controlBox.width / 2 - (anchorBox.x + anchorBox.width / 2);
      expect(distance, control).toBeGreaterThan(0);
      nearest.set(anchor, Math.min(nearest.get(anchor) ?? Infinity, distance));
    }
    // The first column of controls stands right next to what it mitigates.
    for (const [anchor, distance] of nearest) expect(distance, anchor).toBeCloseTo(SPACING.satelliteGap);
  });

  it('lets no two nodes overlap', () => {
    const boxes = drawnBoxes(layout);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  });

  it('keeps Top 10 items in their reading order', () => {
    const ml = data.nodes
      .filter((node) => node.kind === 'ml-top10')
      .map((node) => layout.nodes.get(node.id)!);
    const readingKey = (box: Box) => box.y * 1e6 + box.x;
    expect(ml.map(readingKey)).toEqual([...ml.map(readingKey)].sort((a, b) => a - b));
  });
});

describe('computeLayout on the shipped data set', () => {
  const parsed = datasetSchema.safeParse(JSON.parse(readFileSync('data/navigator.json', 'utf8')));

  it('fits the whole navigator on one landscape screen, as the upstream diagram fits one page', () => {
    // What the first view draws: every node the default filters show (one LLM Top 10 edition).
    const index = buildIndex(parsed.data!);
    const shown = visibleSubgraph(index, DEFAULT_FILTERS);
    const layout = computeLayout({
      nodes: index.nodes.filter((node) => shown.nodes.has(node.id)),
      edges: index.edges.filter((edge) => shown.edges.has(edge.id)),
    });
    const bands = [...layout.bands.values()];
    const width = Math.max(...bands.map((band) => band.x + band.width / 2));
    const height = Math.max(...bands.map((band) => band.y + band.height / 2));
    // At most this size, its 12 px names are drawn at 11 px or more on a 1920 × 1080 screen beside the filters,
    // and at 9 px or more on 1440 × 900 (the browser tests measure it).
    expect(width).toBeLessThanOrEqual(1700);
    expect(height).toBeLessThanOrEqual(960);
  });

  it('places every node inside its region without overlaps', () => {
    expect(parsed.success).toBe(true);
    const data = parsed.data!;
    const layout = computeLayout(data);
    for (const node of data.nodes) {
      expect(inside(layout.nodes.get(node.id)!, layout.bands.get(node.section)!), node.id).toBe(true);
    }
    const boxes = drawnBoxes(layout);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  });
});

describe('computeLayout on odd and large inputs', () => {
  it('copes with a part-of cycle, cross-section membership and dangling edges', () => {
    const base = navigatorFixture();
    const input: LayoutInput = {
      nodes: base.nodes,
      edges: [
        ...base.edges,
        { kind: 'part-of', source: 'inputthreats', target: 'evasion' },
        { kind: 'part-of', source: 'datapoison', target: 'evasion' },
        { kind: 'mitigates', source: 'nosuchcontrol', target: 'evasion' },
      ],
    };
    const layout = computeLayout(input);
    expect(layout.nodes.size).toBe(base.nodes.length);
    // The cycle is broken: exactly one of the two holds the other.
    const nested = [layout.parents.get('inputthreats'), layout.parents.get('evasion')];
    expect(nested.filter((parent) => parent !== undefined)).toHaveLength(1);
    expect(layout.parents.get('datapoison')).toBe('modelpoison');
  });

  it('lays out only what it is given (re-arranging a visible subset)', () => {
    const base = navigatorFixture();
    const nodes = base.nodes.filter((node) => node.section === 'runtime-threats');
    const ids = new Set(nodes.map((node) => node.id));
    const layout = computeLayout({
      nodes,
      edges: base.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    });
    expect([...layout.nodes.keys()].sort()).toEqual([...ids].sort());
    expect([...layout.bands.keys()]).toEqual(['runtime-threats']);
  });

  it('returns an empty layout for no nodes', () => {
    const layout = computeLayout({ nodes: [], edges: [] });
    expect(layout.nodes.size).toBe(0);
    expect(layout.bands.size).toBe(0);
  });

  it('places 5,000 nodes and 15,000 edges without overlaps, inside their bands', () => {
    const data = generatedDataset(5000, 15000);
    const layout = computeLayout(data);
    expect(layout.nodes.size).toBe(5000);
    for (const node of data.nodes) {
      const box = layout.nodes.get(node.id)!;
      expect(Number.isFinite(box.x) && Number.isFinite(box.y)).toBe(true);
      expect(inside(box, layout.bands.get(node.section)!)).toBe(true);
    }
    // Sweep along x so the overlap check stays cheap.
    const boxes = drawnBoxes(layout).sort((a, b) => a.x - a.width / 2 - (b.x - b.width / 2));
    let overlaps = 0;
    boxes.forEach((a, i) => {
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        if (b.x - b.width / 2 >= a.x + a.width / 2) break;
        if (overlap(a, b)) overlaps++;
      }
    });
    expect(overlaps).toBe(0);
    const band = [...layout.bands.values()];
    const width = Math.max(...band.map((b) => b.width));
    const height = Math.max(...band.map((b) => b.y + b.height / 2));
    // Roughly landscape, never a single endless row or column.
    expect(width / height).toBeGreaterThan(0.3);
    expect(width / height).toBeLessThan(6);
  });
});
