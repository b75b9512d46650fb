import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

import { datasetParts } from './scripts/vite-data-plugin';
import { frameworksFile } from './scripts/vite-frameworks-plugin';
import { graphFirstPicture } from './scripts/vite-graph-page-plugin';
import { startChunk } from './scripts/vite-start-chunk-plugin';

// BASE_PATH lets the same build be served from a sub-path (e.g. /navigator/); see docs/deploy.md.
const base = process.env.BASE_PATH ?? '/';

/**
 * The Content-Security-Policy of the production build (docs/deploy.md): no inline script, no eval; styles only
 * from the app's files plus the one rule Cytoscape inserts into the page and the `<style>` the build writes into it
 * (where the graph's first picture goes), allowed by their hashes. The development
 * server needs inline scripts for hot reloading, so only the build gets the policy.
 */
const contentSecurityPolicyFor = (styleHashes: readonly string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    // `.__________cytoscape_container { position: relative; }`, and the build's own `<style>` elements.
    [
      "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
      ...styleHashes.map((hash) => `'sha256-${hash}'`),
    ].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // `?layer=` may name a layer on another site (which must allow it by CORS); only over HTTPS.
    "connect-src 'self' https:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(charset)) throw new Error(`index.html lost its ${charset}`);
      // The `<style>` elements the build writes into the page (the first picture's placement) are allowed by hash.
      const styleHashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) =>
        createHash('sha256').update(css!).digest('base64'),
      );
      // Right after the charset, before any script or style the policy must cover.
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicyFor(styleHashes)}" />`,
      );
    },
  };
}

/**
 * `BUILD_ID=…` at build time names the build in `<meta name="build-id">` (a deploy script may pass a commit id);
 * tests/e2e/update.e2e.ts tells two builds apart by it.
 */
function buildId(): Plugin {
  const id = process.env.BUILD_ID?.replace(/[^\w.-]/g, '') ?? '';
  return {
    name: 'build-id',
    apply: 'build',
    transformIndexHtml: (html) =>
      id === '' ? html : html.replace('</title>', `</title>\n    <meta name="build-id" content="${id}" />`),
  };
}

/**
 * Static hosts answer unknown paths with `404.html` (GitHub Pages, and most others can be told to): as a copy of
 * the app it serves deep links such as `/table?node=evasion` (docs/deploy.md).
 */
function notFoundFallback(): Plugin {
  return {
    name: 'not-found-fallback',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('the build has no index.html');
      this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
    },
  };
}

/**
 * react-router's package exports point at its development build (with its warnings switched on) under every
 * condition; the app's build takes the production build the package also ships.
 */
function reactRouterProductionBuild(): Plugin {
  const packageDir = dirname(createRequire(import.meta.url).resolve('react-router/package.json'));
  return {
    name: 'react-router-production-build',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [{ find: /^react-router$/, replacement: join(packageDir, 'dist/production/index.mjs') }],
      },
    }),
  };
}

/** The data file is committed pretty-printed for review; the build ships it without the indentation. */
function minifyJsonAssets(): Plugin {
  return {
    name: 'minify-json-assets',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.json')) continue;
        const text = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
        file.source = JSON.stringify(JSON.parse(text));
      }
    },
  };
}

const start = startChunk();

export default defineConfig({
  base,
  plugins: [
    react(),
    reactRouterProductionBuild(),
    datasetParts(),
    graphFirstPicture(),
    frameworksFile(),
    start.plugin,
    contentSecurityPolicy(),
    buildId(),
    minifyJsonAssets(),
    notFoundFallback(),
    // Offline after the first visit: a precaching service worker, registered by src/main.tsx once the app has
    // loaded, so it never competes with the first view for bandwidth.
    // A new version waits until the page lets it take over (src/app/registerServiceWorker.ts says "A new version is
    // ready — Reload"), so that an open page never loses the files it runs on; the first one takes over at once.
    VitePWA({
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        clientsClaim: true,
        globPatterns: ['**/*.{js,css,html,svg,json}'],
        // Deep links (/table, /index…) are the app too, also offline.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The data worker (src/state/dataPartWorker.ts) is a module worker, as the page's scripts are modules.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod decides whether to compile validators with `new Function` when a schema is created, so
          // src/app/zodWithoutEval.ts must run first: in zod's own chunk it runs before every module that
          // imports zod. (Left to itself the bundler may put the schemas in a chunk that runs before the entry.)
          groups: [
            {
              name: 'zod',
              priority: 2,
              test: /node_modules[\\/]zod[\\/]|src[\\/]app[\\/]zodWithoutEval\.ts$/,
            },
            // Everything else the app needs at start-up, in one request (scripts/vite-start-chunk-plugin.ts).
            { name: 'start', priority: 1, test: start.test },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
