/** The part of svgcanvas the image export uses: a 2D canvas context that records what is drawn as SVG. */
declare module 'svgcanvas' {
  type RecordingContext = CanvasRenderingContext2D & { getSerializedSvg(fixNamedEntities?: boolean): string };
  export const Context: new (options: { width: number; height: number }) => RecordingContext;
}
