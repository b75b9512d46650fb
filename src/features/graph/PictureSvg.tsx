import type { MouseEvent } from 'react';

import { type GraphPicture, pictureBounds } from '../../model/graphPicture';
import {
  isGroupKind,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  NODE_SIZES,
  SECTION_FONT_SIZE,
} from '../../model/layout/sizes';
import type { Box } from '../../model/layout/types';
import type { CoreDataset } from '../../model/schema';
import { type Language, SECTIONS } from '../../model/vocabulary';

import { nodeLabel, sectionLabel } from './elements';
import type { GraphLabels } from './GraphLabels';
import { bandLook, frameLook, nodeLook, type ShapeLook } from './looks';
import { CANVAS_LOOKS, type ColourScheme, DASH_PATTERNS, FONT_FAMILY } from './palette';
import { shapePath } from './pictureShapes';
import { MAX_FIT_ZOOM, type Viewport } from './viewport';

/**
 * The graph's picture drawn as SVG, as the canvas draws it (same layout, looks and lines of each name), for the time
 * before the canvas is ready: built into index.html for the first view (scripts/vite-graph-page-plugin.tsx), and drawn
 * by GraphView for any other view until Cytoscape has drawn its first frame. Each node is a link to its details
 * (`?node=…`), so the picture also works without scripts.
 *
 * With `viewport` the picture is placed where the canvas will draw it; without (the page built in advance), the
 * stylesheet fits it into the free part of the canvas the same way (GraphView.css and the rules the plugin writes).
 */

export interface PictureSvgProps {
  dataset: CoreDataset;
  picture: GraphPicture;
  language: Language;
  labels: GraphLabels;
  scheme: ColourScheme;
  /** Where the canvas will show the picture; absent in the page built in advance. */
  viewport?: Viewport;
  /** The address a node's link goes to. */
  linkTo(id: string): string;
  /** Takes a click on a node instead of following its link. */
  onSelect?(id: string): void;
}

const n = (value: number) => Math.round(value * 1000) / 1000;

/** A border as Cytoscape strokes it; a double one is erased in its middle third down to the canvas's background. */
function Shape({ d, look, background }: { d: string; look: ShapeLook; background: string }) {
  const dashes =
    look.borderStyle === 'dashed' || look.borderStyle === 'dotted' ? DASH_PATTERNS[look.borderStyle] : null;
  return (
    <>
      <path
        d={d}
        fill={look.fill}
        fillOpacity={look.fillOpacity === 1 ? undefined : look.fillOpacity}
        stroke={look.border}
        strokeWidth={look.borderWidth}
        strokeDasharray={dashes?.join(' ')}
      />
      {look.borderStyle === 'double' && (
        <path d={d} fill="none" stroke={background} strokeWidth={n(look.borderWidth / 3)} />
      )}
    </>
  );
}

interface TextProps {
  lines: readonly string[];
  x: number;
  /** Where the first line's bottom goes (the canvas's `bottom` baseline); the others follow `lineHeight` apart. */
  bottom: number;
  lineHeight: number;
  size: number;
  bold: boolean;
  colour: string;
  anchor: 'middle' | 'start';
  language: Language;
}

function Text({ lines, x, bottom, lineHeight, size, bold, colour, anchor, language }: TextProps) {
  return (
    <text
      fontFamily={FONT_FAMILY[language]}
      fontSize={size}
      fontWeight={bold ? 'bold' : undefined}
      fill={colour}
      textAnchor={anchor}
      dominantBaseline="text-after-edge"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={n(x)} y={n(bottom + i * lineHeight)}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Where Cytoscape puts the bottom of the first line of a name centred on a node (`text-valign: center`). */
function firstLineBottom(centreY: number, lineCount: number, size: number, lineHeight: number): number {
  const height = size * lineCount + (lineCount - 1) * (lineHeight - 1) * size;
  return centreY + height / 2 - (lineCount - 1) * lineHeight * size;
}

export function PictureSvg({
  dataset,
  picture,
  language,
  labels,
  scheme,
  viewport,
  linkTo,
  onSelect,
}: PictureSvgProps) {
  const bounds = pictureBounds(picture);
  if (!bounds) return null;
  const { layout, drawn, folded } = picture;
  const canvas = CANVAS_LOOKS[scheme];
  const width = bounds.x2 - bounds.x1;
  const height = bounds.y2 - bounds.y1;
  const sections = SECTIONS.filter((section) => layout.bands.has(section));
  const groups = dataset.nodes.filter((node) => isGroupKind(node.kind) && drawn.has(node.id));
  const nodes = dataset.nodes.filter((node) => drawn.has(node.id) && layout.nodes.has(node.id));
  const band = bandLook(scheme);
  const follow = (event: MouseEvent, id: string) => {
    if (!onSelect || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onSelect(id);
  };
  const placed = viewport && {
    left: viewport.pan.x + bounds.x1 * viewport.zoom,
    top: viewport.pan.y + bounds.y1 * viewport.zoom,
    width: width * viewport.zoom,
    height: height * viewport.zoom,
  };
  return (
    <div className={placed ? 'graph-picture graph-picture--placed' : 'graph-picture'}>
      <div className="graph-picture__free">
        <svg
          className="graph-picture__svg"
          viewBox={`${n(bounds.x1)} ${n(bounds.y1)} ${n(width)} ${n(height)}`}
          width={n(width * MAX_FIT_ZOOM)}
          height={n(height * MAX_FIT_ZOOM)}
          style={placed}
          role="group"
          aria-label={labels.canvas}
          // Glyphs drawn as the canvas draws them, without hinting to the pixel grid.
          textRendering="geometricPrecision"
        >
          {sections.map((section) => (
            <Shape
              key={section}
              d={shapePath('rectangle', layout.bands.get(section)!)}
              look={band}
              background={canvas.background}
            />
          ))}
          {groups.map((group) => {
            const frame = layout.frames.get(group.id);
            if (!frame) return null;
            const look = frameLook(group.kind === 'threat-group' ? 'threat-group' : 'control-group', scheme);
            return (
              <Shape
                key={group.id}
                d={shapePath('rectangle', frame)}
                look={look}
                background={canvas.background}
              />
            );
          })}
          {sections.map((section) => {
            const at = layout.bandLabels.get(section);
            if (!at) return null;
            const lines = sectionLabel(labels.sections[section], language, at.width).split('\n');
            // A 1 × 1 node at the corner, its name to the right and below (`text-halign: right; text-valign: bottom`).
            return (
              <Text
                key={section}
                lines={lines}
                x={at.x + 0.5}
                bottom={at.y + 0.5 + SECTION_FONT_SIZE}
                lineHeight={SECTION_FONT_SIZE}
                size={SECTION_FONT_SIZE}
                bold
                colour={canvas.band.text}
                anchor="start"
                language={language}
              />
            );
          })}
          {nodes.map((node) => {
            const at = layout.nodes.get(node.id)!;
            const box: Box = isGroupKind(node.kind) ? at : { ...at, ...NODE_SIZES[node.kind] };
            const look = nodeLook(node);
            const lines = nodeLabel(node, language, labels, box.width, folded.get(node.id)).split('\n');
            return (
              <a key={node.id} href={linkTo(node.id)} onClick={(event) => follow(event, node.id)}>
                <Shape d={shapePath(look.shape, box)} look={look} background={canvas.background} />
                <Text
                  lines={lines}
                  x={box.x}
                  bottom={firstLineBottom(box.y, lines.length, LABEL_FONT_SIZE, LABEL_LINE_HEIGHT)}
                  lineHeight={LABEL_FONT_SIZE * LABEL_LINE_HEIGHT}
                  size={LABEL_FONT_SIZE}
                  bold={look.bold}
                  colour={look.text}
                  anchor="middle"
                  language={language}
                />
              </a>
            );
          })}
        </svg>
      </div>
    </div>
  );
}
