import { describe, expect, it } from 'vitest';

import { LIFECYCLES } from '../../src/model/vocabulary';

import { graphReady, launchProbedBrowser } from './hostile-browser';

/**
 * Clicks faster than anyone clicks: scripts, or a user agent replaying input, can toggle the filters many times in
 * one task. The page must take them all without an uncaught error (React's error #185, "maximum update depth",
 * came from a render left pending by every change) and end in the state the clicks add up to.
 */

const { open } = launchProbedBrowser();

describe('bursts of clicks in one task', () => {
  for (const view of ['', 'table', 'index']) {
    it(`on the filters of ${view || 'the graph'}: no error, and the state they add up to`, async () => {
      const { page, errors } = await open(view);
      if (view === '') await graphReady(page);
      await page.locator('fieldset.checkbox-group input').first().waitFor();
      const clicks = 301;
      const checked = await page.evaluate((clicks) => {
        const group = document.querySelector('fieldset.checkbox-group')!;
        const boxes = [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
        for (let i = 0; i < clicks; i++) boxes[i % boxes.length]!.click();
        return boxes.map((box) => box.checked);
      }, clicks);
      // Each stage ends checked when it was clicked an odd number of times.
      const expected = LIFECYCLES.filter((_, i) => Math.ceil((clicks - i) / LIFECYCLES.length) % 2 === 1);
      expect(checked.filter(Boolean).length).toBe(expected.length);
      await expect
        .poll(() => new URL(page.url()).searchParams.get('lifecycle') ?? '')
        .toBe(expected.join(','));
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
