/**
 * A 2D context that records drawing as SVG (svgcanvas), loaded when first needed so the first view does not carry
 * it. svgcanvas reads each text's font through an inline style attribute, which the app's Content-Security-Policy
 * refuses (the text would lose its font and the page would log a violation); the replacement below reads it
 * through the CSSOM instead and otherwise does what svgcanvas 2.6 does.
 */

interface TextRecorder {
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  __currentElement: Element;
  __closestGroupOrSvg(): Element;
  __createElement(name: string, attributes: Record<string, string | number>, resetFill?: boolean): Element;
  __applyTransformation(element: Element): void;
  __applyStyleToCurrentElement(action: 'fill' | 'stroke'): void;
}

const ANCHORS: Partial<Record<CanvasTextAlign, string>> = { right: 'end', center: 'middle', end: 'end' };
const BASELINES: Partial<Record<CanvasTextBaseline, string>> = {
  hanging: 'hanging',
  top: 'text-before-edge',
  bottom: 'text-after-edge',
  middle: 'central',
};

function applyText(this: TextRecorder, text: string, x: number, y: number, action: 'fill' | 'stroke') {
  const font = document.createElement('span').style;
  font.font = this.font;
  const parent = this.__closestGroupOrSvg();
  const element = this.__createElement(
    'text',
    {
      'font-family': font.fontFamily,
      'font-size': font.fontSize,
      'font-style': font.fontStyle,
      'font-weight': font.fontWeight,
      x,
      y,
      'text-anchor': ANCHORS[this.textAlign] ?? 'start',
      'dominant-baseline': BASELINES[this.textBaseline] ?? 'alphabetic',
    },
    true,
  );
  element.append(text);
  this.__currentElement = element;
  this.__applyTransformation(element);
  this.__applyStyleToCurrentElement(action);
  parent.append(element);
}

export async function createSvgRecorder(width: number, height: number) {
  const { Context } = await import('svgcanvas');
  const context = new Context({ width, height });
  (context as unknown as { __applyText: typeof applyText }).__applyText = applyText;
  return context;
}
