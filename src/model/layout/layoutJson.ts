import type { Section } from '../vocabulary';

import type { Box, GraphLayout } from './types';

type BoxRow<Id extends string = string> = [id: Id, x: number, y: number, width: number, height: number];

/**
 * A layout written out by the build (the first view's, so a visit does not lay it out again), with the fingerprint
 * of what it places: it is used only for a view that places exactly those nodes and edges.
 */
export interface LayoutJson {
  fingerprint: string;
  nodes: BoxRow[];
  frames: BoxRow[];
  bands: BoxRow<Section>[];
  bandLabels: [section: Section, x: number, y: number, width: number][];
  parents: [member: string, group: string][];
  anchors: [control: string, anchor: string][];
}

/**
 * A short fingerprint of `text` (cyrb53, 53 bits in base 36): enough to tell one drawn set from another, where
 * the text itself (every drawn id) would add kilobytes to the start-up code.
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const rowsOf = <Id extends string>(boxes: ReadonlyMap<Id, Box>): BoxRow<Id>[] =>
  [...boxes].map(([id, box]) => [id, box.x, box.y, box.width, box.height]);

const boxesOf = <Id extends string>(rows: readonly BoxRow<Id>[]): Map<Id, Box> =>
  new Map(rows.map(([id, x, y, width, height]) => [id, { x, y, width, height }]));

/** `layout`, written out for what `key` names (`layoutKey` in graphPicture.ts). */
export function layoutToJson(layout: GraphLayout, key: string): LayoutJson {
  return {
    fingerprint: fingerprint(key),
    nodes: rowsOf(layout.nodes),
    frames: rowsOf(layout.frames),
    bands: rowsOf(layout.bands),
    bandLabels: [...layout.bandLabels].map(([section, { x, y, width }]) => [section, x, y, width]),
    parents: [...layout.parents],
    anchors: [...layout.anchors],
  };
}

export function layoutFromJson(json: LayoutJson): GraphLayout {
  return {
    nodes: boxesOf(json.nodes),
    frames: boxesOf(json.frames),
    bands: boxesOf(json.bands),
    bandLabels: new Map(json.bandLabels.map(([section, x, y, width]) => [section, { x, y, width }])),
    parents: new Map(json.parents),
    anchors: new Map(json.anchors),
  };
}
