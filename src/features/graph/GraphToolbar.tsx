import type { ReactNode, Ref } from 'react';

import type { GraphLabels } from './GraphLabels';

export interface GraphToolbarProps {
  labels: GraphLabels;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  /** More tools (folding the general controls, all relations), given by the page. */
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
}

/** Labelled buttons for everything the mouse can do to the view, in a corner of the canvas. */
export function GraphToolbar({ labels, onZoomIn, onZoomOut, onFit, children, ref }: GraphToolbarProps) {
  return (
    <div ref={ref} className="graph-toolbar" role="group" aria-label={labels.toolbar}>
      <button type="button" onClick={onZoomIn} aria-label={labels.zoomIn} title={labels.zoomIn}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" onClick={onZoomOut} aria-label={labels.zoomOut} title={labels.zoomOut}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={onFit} title={labels.fitHint}>
        {labels.fit}
      </button>
      {children}
    </div>
  );
}
