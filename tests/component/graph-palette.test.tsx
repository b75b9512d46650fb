import { describe, expect, it } from 'vitest';

import { CANVAS_LOOKS, type ColourScheme } from '../../src/features/graph/palette';
import { graphStylesheet } from '../../src/features/graph/stylesheet';

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

type Rule = { selector?: string; style?: Record<string, unknown> };
const styleOf = (scheme: ColourScheme, selector: string) =>
  (graphStylesheet({ scheme }) as Rule[]).find((rule) => rule.selector === selector)?.style;

describe('the canvas palette', () => {
  it.each(['light', 'dark'] as const)('%s: section names have a contrast of at least 4.5:1', (scheme) => {
    const look = CANVAS_LOOKS[scheme];
    expect(contrast(look.band.text, look.band.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(look.band.text, look.background)).toBeGreaterThanOrEqual(4.5);
    expect(styleOf(scheme, 'node.band-label')?.color).toBe(look.band.text);
  });

  it.each(['light', 'dark'] as const)(
    '%s: focus and selection rings stand out from the canvas (3:1)',
    (scheme) => {
      const look = CANVAS_LOOKS[scheme];
      expect(contrast(look.focus, look.band.fill)).toBeGreaterThanOrEqual(3);
      expect(contrast(look.selected, look.band.fill)).toBeGreaterThanOrEqual(3);
    },
  );

  it('is dark under a dark colour scheme', () => {
    expect(contrast(CANVAS_LOOKS.dark.background, '#000000')).toBeLessThan(2);
    expect(styleOf('dark', 'node.band')?.['background-color']).toBe(CANVAS_LOOKS.dark.band.fill);
  });

  it('labels use a Japanese face first in Japanese and the system face first in English', () => {
    const fonts = (language: 'en' | 'ja') =>
      String(
        (graphStylesheet({ language }) as Rule[]).find((rule) => rule.selector === 'node')?.style?.[
          'font-family'
        ],
      ).split(', ');
    expect(fonts('en')[0]).toBe('system-ui');
    expect(fonts('ja')[0]).toBe('"Noto Sans CJK JP"');
    expect(fonts('en').at(-1)).toBe('sans-serif');
    expect(fonts('ja').at(-1)).toBe('sans-serif');
  });
});
