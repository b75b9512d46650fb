import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { LoadedResource } from './probes';

export type ResourceKind = 'js' | 'css' | 'data' | 'html' | 'other';

export interface SizedResource extends LoadedResource {
  path: string;
  kind: ResourceKind;
  gzip: number;
}

const KINDS: Record<string, ResourceKind> = {
  '.js': 'js',
  '.mjs': 'js',
  '.css': 'css',
  '.json': 'data',
  '.html': 'html',
};

/**
 * The gzip size (zlib's default level, what static hosts and CDNs typically send) of each file the page loaded,
 * read from the build output, so the figure does not depend on how the bench's own server compresses.
 */
export function sizeResources(
  resources: readonly LoadedResource[],
  outDir: string,
  base: string,
): SizedResource[] {
  return resources.map((resource) => {
    const { pathname } = new URL(resource.url);
    const inside = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
    const path = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
    const kind = KINDS[extname(path)] ?? 'other';
    return { ...resource, path, kind, gzip: gzipOf(join(outDir, path)) ?? resource.transferred };
  });
}

/** Null when the path is no file of the build (e.g. data the bench served itself): the browser's figure stands. */
function gzipOf(file: string): number | null {
  try {
    return gzipSync(readFileSync(file)).length;
  } catch {
    return null;
  }
}

export function totalBy(resources: readonly SizedResource[], kind: ResourceKind): number {
  return resources
    .filter((resource) => resource.kind === kind)
    .reduce((sum, resource) => sum + resource.gzip, 0);
}
