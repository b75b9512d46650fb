import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import en from '../../src/app/i18n/en';

import { graphReady, launchProbedBrowser } from './hostile-browser';

// The production build carries its Content-Security-Policy as a meta tag (vite.config.ts, docs/deploy.md).
const html = readFileSync('dist/index.html', 'utf8');
const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
const directive = (name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? '';

const { open } = launchProbedBrowser();

describe('the Content-Security-Policy of the production build', () => {
  it('forbids inline scripts and eval, and the page has neither', () => {
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain("'unsafe-inline'");
    expect(directive('object-src')).toBe("object-src 'none'");
    // Every script of the page is a file of the app.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body!.trim()).toBe('');
    }
    // The policy comes before anything it must cover.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('lets every view work without a single violation', async () => {
    const { page, errors, violations } = await open('');
    await graphReady(page);
    const tabs = page.getByRole('navigation', { name: en.views.label });
    for (const view of ['table', 'ml-top10', 'llm-top10', 'index', 'graph'] as const) {
      await tabs.getByRole('link', { name: en.views[view], exact: true }).click();
      await page.waitForURL((url) => url.pathname.endsWith(view === 'graph' ? '/' : `/${view}`));
      await page.waitForSelector(
        view === 'graph' ? '[data-graph-ready="true"]' : 'main:not([aria-busy="true"])',
      );
    }
    // The Japanese names and the export use further code paths.
    await page.getByRole('button', { name: '日本語' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is enforced: markup injected into the page does not run', async () => {
    const { page, violations, pwned } = await open('');
    await graphReady(page);
    await page.evaluate(() => {
      // What an injection would try: an inline script, an inline event handler, a string timer.
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = "inline script"';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__pwned = "inline handler"');
      image.src = 'data:,not-an-image';
      document.body.append(image);
      setTimeout('window.__pwned = "string timer"' as unknown as () => void, 0);
    });
    await page.waitForTimeout(200);
    expect(await pwned()).toBe(false);
    const seen = await violations();
    expect(seen.some((violation) => violation.startsWith('script-src-elem inline'))).toBe(true);
    expect(seen.some((violation) => violation.startsWith('script-src-attr inline'))).toBe(true);
    await page.context().close();
  });
});
