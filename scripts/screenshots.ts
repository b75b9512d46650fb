/**
 * Takes the pictures of the docs from the production build: the README's (docs/screenshot.png, the graph at
 * 1440 × 900 with a threat selected) and the gallery of docs/graph.md (docs/screenshots/: the first view, three
 * filters and a selection, in English and Japanese, light and dark, at the screen sizes the graph is designed
 * for). Run `npm run build` first, then `npm run screenshot`, whenever the look of the graph changes.
 */
import { mkdirSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { preview } from 'vite';

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/chromium';

interface Shot {
  name: string;
  path: string;
  width: number;
  height: number;
}

const README_SHOT: Shot = { name: 'docs/screenshot.png', path: '?node=datapoison', width: 1440, height: 900 };

const SCENARIOS = [
  { name: 'first-view', path: '', sizes: ['1920x1080', '1440x900', '390x844'] },
  {
    name: 'runtime-model-confidentiality',
    path: '?lifecycle=runtime&impact=model-confidentiality',
    sizes: ['1440x900'],
  },
  { name: 'development-time', path: '?lifecycle=development-time', sizes: ['1440x900'] },
  { name: 'input-data-confidentiality', path: '?impact=input-data-confidentiality', sizes: ['1440x900'] },
  { name: 'selection', path: '?node=datapoison', sizes: ['1440x900'] },
];

function gallery(): (Shot & { scheme: 'light' | 'dark' })[] {
  return SCENARIOS.flatMap(({ name, path, sizes }) =>
    sizes.flatMap((size) => {
      const [width, height] = size.split('x').map(Number) as [number, number];
      return (['en', 'ja'] as const).flatMap((lang) =>
        (['light', 'dark'] as const).map((scheme) => ({
          name: `docs/screenshots/${name}-${size}-${lang}-${scheme}.jpg`,
          path: `${path}${path ? '&' : '?'}lang=${lang}`,
          width,
          height,
          scheme,
        })),
      );
    }),
  );
}

async function take(browser: Browser, base: string, shot: Shot, scheme: 'light' | 'dark' = 'light') {
  const phone = shot.width < 600;
  const context = await browser.newContext({
    viewport: { width: shot.width, height: shot.height },
    colorScheme: scheme,
    serviceWorkers: 'block',
    hasTouch: phone,
    isMobile: phone,
  });
  const page = await context.newPage();
  await page.goto(new URL(shot.path, base).toString());
  await page.locator('[data-graph-ready="true"]').waitFor();
  // The view's fit and the highlight are animated; a picture taken halfway would show them half done.
  await page.waitForTimeout(800);
  await page.screenshot(
    shot.name.endsWith('.png') ? { path: shot.name } : { path: shot.name, type: 'jpeg', quality: 75 },
  );
  await context.close();
  console.log(shot.name);
}

const server = await preview({
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
  logLevel: 'warn',
});
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('preview server did not report its address');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
try {
  mkdirSync('docs/screenshots', { recursive: true });
  await take(browser, base, README_SHOT);
  for (const shot of gallery()) await take(browser, base, shot, shot.scheme);
} finally {
  await browser.close();
  await server.close();
}
