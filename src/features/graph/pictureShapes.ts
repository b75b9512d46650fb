import type { Box } from '../../model/layout/types';

import { CONTROL_POINTS } from './looks';
import type { Shape } from './palette';

/**
 * SVG paths of the node shapes, drawn as Cytoscape 3.34 draws them on the canvas (its `drawRoundRectanglePath`,
 * `drawCutRectanglePath`, `drawBarrelPath` and `drawPolygonPath`): the same corners, and each path starting where
 * Cytoscape's starts and running the same way, so a dashed or dotted border is cut into the same dashes.
 */

const n = (value: number) => Math.round(value * 1000) / 1000;

function polygon(box: Box, points: readonly number[]): string {
  const halfWidth = box.width / 2;
  const halfHeight = box.height / 2;
  const corners: string[] = [];
  for (let i = 0; i < points.length; i += 2)
    corners.push(`${n(box.x + halfWidth * points[i]!)} ${n(box.y + halfHeight * points[i + 1]!)}`);
  return `M${corners.join('L')}Z`;
}

/** Cytoscape's rectangle is a polygon from its top-left corner down, then right, then up. */
const RECTANGLE_POINTS = [-1, -1, -1, 1, 1, 1, 1, -1];

function roundRectangle(box: Box): string {
  const { x, y } = box;
  const left = x - box.width / 2;
  const right = x + box.width / 2;
  const top = y - box.height / 2;
  const bottom = y + box.height / 2;
  const r = Math.min(box.width / 4, box.height / 4, 8);
  const arc = (toX: number, toY: number) => `A${r} ${r} 0 0 1 ${n(toX)} ${n(toY)}`;
  return [
    `M${n(x)} ${n(top)}`,
    `H${n(right - r)}`,
    arc(right, top + r),
    `V${n(bottom - r)}`,
    arc(right - r, bottom),
    `H${n(left + r)}`,
    arc(left, bottom - r),
    `V${n(top + r)}`,
    arc(left + r, top),
    'Z',
  ].join('');
}

function cutRectangle(box: Box): string {
  const cut = 8;
  const left = box.x - box.width / 2;
  const right = box.x + box.width / 2;
  const top = box.y - box.height / 2;
  const bottom = box.y + box.height / 2;
  const corners = [
    [left + cut, top],
    [right - cut, top],
    [right, top + cut],
    [right, bottom - cut],
    [right - cut, bottom],
    [left + cut, bottom],
    [left, bottom - cut],
    [left, top + cut],
  ];
  return `M${corners.map(([cx, cy]) => `${n(cx!)} ${n(cy!)}`).join('L')}Z`;
}

function barrel(box: Box): string {
  const left = box.x - box.width / 2;
  const right = box.x + box.width / 2;
  const top = box.y - box.height / 2;
  const bottom = box.y + box.height / 2;
  const heightOffset = Math.min(15, 0.05 * box.height);
  const widthOffset = Math.min(100, 0.25 * box.width);
  const control = 0.05 * widthOffset;
  return [
    `M${n(left)} ${n(top + heightOffset)}`,
    `L${n(left)} ${n(bottom - heightOffset)}`,
    `Q${n(left + control)} ${n(bottom)} ${n(left + widthOffset)} ${n(bottom)}`,
    `L${n(right - widthOffset)} ${n(bottom)}`,
    `Q${n(right - control)} ${n(bottom)} ${n(right)} ${n(bottom - heightOffset)}`,
    `L${n(right)} ${n(top + heightOffset)}`,
    `Q${n(right - control)} ${n(top)} ${n(right - widthOffset)} ${n(top)}`,
    `L${n(left + widthOffset)} ${n(top)}`,
    `Q${n(left + control)} ${n(top)} ${n(left)} ${n(top + heightOffset)}`,
    'Z',
  ].join('');
}

export function shapePath(shape: Shape, box: Box): string {
  switch (shape) {
    case 'rectangle':
      return polygon(box, RECTANGLE_POINTS);
    case 'round-rectangle':
      return roundRectangle(box);
    case 'hexagon':
      return polygon(box, CONTROL_POINTS);
    case 'cut-rectangle':
      return cutRectangle(box);
    case 'barrel':
      return barrel(box);
  }
}
