import type { ReactNode } from 'react';

import type { BorderStyle, EdgeLook, Shape } from './palette';

const DASHES: Record<BorderStyle, string | undefined> = {
  solid: undefined,
  double: undefined,
  dashed: '5 3',
  dotted: '1.5 2.5',
};

function outline(
  shape: Shape,
  inset: number,
): { kind: 'rect' | 'polygon'; props: Record<string, number | string> } {
  const [w, h] = [40 - 2 * inset, 22 - 2 * inset];
  const [x, y] = [inset, inset];
  switch (shape) {
    case 'barrel':
      return { kind: 'rect', props: { x, y, width: w, height: h, rx: h / 2 } };
    case 'cut-rectangle':
      return {
        kind: 'polygon',
        props: {
          points: `${x + 4},${y} ${x + w - 4},${y} ${x + w},${y + 4} ${x + w},${y + h - 4} ${x + w - 4},${y + h} ${x + 4},${y + h} ${x},${y + h - 4} ${x},${y + 4}`,
        },
      };
    case 'hexagon':
      return {
        kind: 'polygon',
        props: {
          points: `${x},11 ${x + 4},${y} ${x + w - 4},${y} ${x + w},11 ${x + w - 4},${y + h} ${x + 4},${y + h}`,
        },
      };
    default:
      return { kind: 'rect', props: { x, y, width: w, height: h, rx: shape === 'round-rectangle' ? 5 : 0 } };
  }
}

function Outline({ shape, inset, ...paint }: { shape: Shape; inset: number } & React.SVGProps<SVGElement>) {
  const { kind, props } = outline(shape, inset);
  const all = { ...props, ...paint } as Record<string, unknown>;
  if (kind === 'polygon') return <polygon {...all} />;
  return <rect {...all} />;
}

/** The 40 × 22 picture every swatch is drawn in; decorative, the text next to it names what it shows. */
function SwatchFrame({ children }: { children: ReactNode }) {
  return (
    <svg
      className="graph-swatch"
      width="40"
      height="22"
      viewBox="0 0 40 22"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export interface NodeSwatchProps {
  shape: Shape;
  fill: string;
  border: string;
  borderStyle: BorderStyle;
  borderWidth?: number;
}

/** A small picture of a node as the canvas draws it; decorative, the text next to it names it. */
export function NodeSwatch({ shape, fill, border, borderStyle, borderWidth = 2 }: NodeSwatchProps) {
  const width = borderStyle === 'double' ? 1.2 : Math.min(borderWidth, 4);
  return (
    <SwatchFrame>
      <Outline
        shape={shape}
        inset={1.5}
        fill={fill}
        stroke={border}
        strokeWidth={width}
        strokeDasharray={DASHES[borderStyle]}
        strokeLinecap="round"
      />
      {borderStyle === 'double' && (
        <Outline shape={shape} inset={4} fill="none" stroke={border} strokeWidth={1.2} />
      )}
    </SwatchFrame>
  );
}

export function EdgeSwatch({ look }: { look: EdgeLook }) {
  const dash = look.lineStyle === 'solid' ? undefined : DASHES[look.lineStyle];
  return (
    <SwatchFrame>
      <line x1="2" y1="11" x2="29" y2="11" stroke={look.colour} strokeWidth="2" strokeDasharray={dash} />
      {look.arrow === 'triangle' && (
        <polygon
          points="29,6 38,11 29,16"
          fill={look.arrowFill === 'filled' ? look.colour : '#ffffff'}
          stroke={look.colour}
          strokeWidth="1.5"
        />
      )}
      {look.arrow === 'diamond' && (
        <polygon points="29,11 33.5,7 38,11 33.5,15" fill="#ffffff" stroke={look.colour} strokeWidth="1.5" />
      )}
    </SwatchFrame>
  );
}
