import type { GraphLabels } from './GraphLabels';

export interface GraphToolbarProps {
  labels: GraphLabels;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  onReset(): void;
  onRearrange(): void;
}

/** Labelled buttons for everything the mouse can do to the view. */
export function GraphToolbar({
  labels,
  onZoomIn,
  onZoomOut,
  onFit,
  onReset,
  onRearrange,
}: GraphToolbarProps) {
  return (
    <div className="graph-toolbar" role="group" aria-label={labels.toolbar}>
      <button type="button" onClick={onZoomIn} aria-label={labels.zoomIn} title={labels.zoomIn}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" onClick={onZoomOut} aria-label={labels.zoomOut} title={labels.zoomOut}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" onClick={onFit}>
        {labels.fit}
      </button>
      <button type="button" onClick={onReset}>
        {labels.reset}
      </button>
      <button type="button" onClick={onRearrange}>
        {labels.rearrange}
      </button>
    </div>
  );
}
