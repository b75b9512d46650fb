import { FONT_FAMILY, INK } from './palette';
import type { PictureLegendSection, PictureSwatch } from './pictureLegend';

/** Sizes of the legend and source lines at a picture's scale (`unit` 1 for 13 px text). */
export interface FrameMetrics {
  unit: number;
  legendWidth: number;
  legendHeight: number;
  footerHeight: number;
  /** The title line above the graph. */
  headerHeight: number;
}

/** Pictures are rare, and their legend may be in either language: the Japanese-first stack renders both. */
const PICTURE_FONTS = FONT_FAMILY.ja;

const LINE = 22;
const PAD = 16;
const LEGEND_WIDTH = 300;
const TITLE_LINE = 28;

export function frameMetrics(
  sections: readonly PictureLegendSection[],
  graphWidth: number,
  /** Lines under the picture: one per data source, and the address of the view. */
  captionLines = 2,
): FrameMetrics {
  // Text grows with the picture so it stays legible when a large graph is shrunk to fit a screen.
  const unit = Math.max(1, graphWidth / 2000);
  const lines = sections.reduce((sum, section) => sum + section.items.length + 1.5, 0);
  return {
    unit,
    legendWidth: LEGEND_WIDTH * unit,
    legendHeight: (lines * LINE + 2 * PAD) * unit,
    footerHeight: (captionLines * LINE + 2 * PAD) * unit,
    headerHeight: (TITLE_LINE + 2 * PAD) * unit,
  };
}

function dash(ctx: CanvasRenderingContext2D, style: string, unit: number) {
  ctx.setLineDash(style === 'dashed' ? [6 * unit, 4 * unit] : style === 'dotted' ? [2 * unit, 3 * unit] : []);
}

function drawSwatch(
  ctx: CanvasRenderingContext2D,
  swatch: PictureSwatch,
  x: number,
  y: number,
  unit: number,
) {
  const size = 16 * unit;
  ctx.save();
  ctx.lineWidth = 2 * unit;
  switch (swatch.type) {
    case 'node':
      ctx.fillStyle = swatch.fill;
      ctx.strokeStyle = swatch.border;
      dash(ctx, swatch.borderStyle, unit);
      ctx.fillRect(x, y - size / 2, size * 1.4, size);
      ctx.strokeRect(x, y - size / 2, size * 1.4, size);
      break;
    case 'edge':
      ctx.strokeStyle = swatch.colour;
      dash(ctx, swatch.lineStyle, unit);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + size * 1.4, y);
      ctx.stroke();
      break;
    case 'mark':
      ctx.fillStyle = '#ffffff';
      ctx.strokeStyle = swatch.colour;
      ctx.lineWidth = 3 * unit;
      dash(ctx, swatch.dashed ? 'dashed' : 'solid', unit);
      ctx.beginPath();
      ctx.arc(x + size * 0.7, y, size * 0.6, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      ctx.fillStyle = INK;
      ctx.font = `bold ${10 * unit}px ${PICTURE_FONTS}`;
      ctx.textAlign = 'center';
      ctx.fillText(swatch.symbol, x + size * 0.7, y);
      break;
  }
  ctx.restore();
}

/**
 * Draws the title above everything, the legend in a column at `legendX` and the source lines under everything, on
 * any 2D context (a canvas for PNG, a recording one for SVG), so both formats carry the same frame.
 */
export function drawPictureFrame(
  ctx: CanvasRenderingContext2D,
  title: string,
  sections: readonly PictureLegendSection[],
  captions: readonly string[],
  box: { legendX: number; footerY: number; width: number },
  metrics: FrameMetrics,
) {
  const { unit } = metrics;
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = INK;
  ctx.font = `bold ${20 * unit}px ${PICTURE_FONTS}`;
  ctx.fillText(title, PAD * unit, (PAD + TITLE_LINE / 2) * unit, box.width - 2 * PAD * unit);
  let y = metrics.headerHeight + (PAD + LINE / 2) * unit;
  const x = box.legendX + PAD * unit;
  for (const section of sections) {
    ctx.font = `bold ${14 * unit}px ${PICTURE_FONTS}`;
    ctx.fillText(section.title, x, y);
    y += LINE * unit;
    for (const item of section.items) {
      drawSwatch(ctx, item.swatch, x, y, unit);
      ctx.fillStyle = INK;
      ctx.font = `${13 * unit}px ${PICTURE_FONTS}`;
      ctx.fillText(item.text, x + 30 * unit, y);
      y += LINE * unit;
    }
    y += (LINE / 2) * unit;
  }
  ctx.font = `${13 * unit}px ${PICTURE_FONTS}`;
  captions.forEach((caption, i) =>
    ctx.fillText(
      caption,
      PAD * unit,
      box.footerY + (PAD + LINE / 2 + i * LINE) * unit,
      box.width - 2 * PAD * unit,
    ),
  );
  ctx.restore();
}
