import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

import { formatIssues } from '../../src/model/zodIssues';

/** Where the upstream documents are kept in the repository, with their licences and `sources.yaml`. */
export const UPSTREAM_DIR = 'data/upstream';
export const MANIFEST_FILE = 'sources.yaml';

/** Paths below data/upstream/ that the importer reads. */
export const VENDORED = {
  exchangeDocs: 'ai-exchange/docs',
  redirects: 'ai-exchange/firebase.json',
  mlPages: 'ml-top10/docs',
  /** Item pages of one LLM Top 10 edition, in English or in the official Japanese translation. */
  llmPages: (edition: string, lang: 'en' | 'ja' = 'en') =>
    `llm-top10/${edition}${lang === 'ja' ? '-ja' : ''}`,
  llmEditionChanges: 'llm-top10/2026/bump-chart-2025-2026.dc.html',
  atlas: 'atlas/ATLAS.yaml',
} as const;

const text = z.string().trim().min(1);
/** A relative path that stays inside its folder. */
const relativePath = text.refine(
  (path) => !path.startsWith('/') && !path.split('/').includes('..'),
  'must be a relative path without ".."',
);

const copyRule = z.strictObject({
  /** A file, or a folder of the repository. */
  from: relativePath,
  /** Where it goes below data/upstream/. */
  to: relativePath,
  /** For a folder: the file names to copy (a regular expression); its sub-folders are not copied. */
  match: z.string().optional(),
});

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: text,
  editions: z.array(text).optional(),
  repository: z.url().refine((url) => url.startsWith('https://github.com/'), 'must be a GitHub repository'),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  date: z.iso.date(),
  licence: text,
  licenceFile: relativePath,
  files: z.array(copyRule).min(1),
});

export type UpstreamSource = z.infer<typeof sourceSchema>;
export type CopyRule = z.infer<typeof copyRule>;

export function parseManifest(yamlText: string): UpstreamSource[] {
  const result = z.array(sourceSchema).min(1).safeParse(parse(yamlText));
  if (!result.success) {
    const lines = formatIssues(result.error).map((line) => `  ${line}`);
    throw new Error(`${UPSTREAM_DIR}/${MANIFEST_FILE} is invalid:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function loadManifest(upstreamDir = UPSTREAM_DIR): UpstreamSource[] {
  return parseManifest(readFileSync(join(upstreamDir, MANIFEST_FILE), 'utf8'));
}

/** The address of a file of a source at its pinned commit, at a line when given. */
export function sourceFileUrl(source: UpstreamSource, repositoryPath: string, line?: number): string {
  const path = repositoryPath.split('/').map(encodeURIComponent).join('/');
  return `${source.repository}/blob/${source.commit}/${path}${line ? `#L${line}` : ''}`;
}

/**
 * The source a vendored file (a path below data/upstream/) was copied from, and its path in that repository;
 * undefined for a file no copy rule produces (such as a licence note written here).
 */
export function originOf(
  sources: readonly UpstreamSource[],
  vendoredPath: string,
): { source: UpstreamSource; path: string } | undefined {
  for (const source of sources) {
    for (const rule of source.files) {
      if (rule.to === vendoredPath && rule.match === undefined) return { source, path: rule.from };
      const name = vendoredPath.slice(rule.to.length + 1);
      if (
        rule.match !== undefined &&
        vendoredPath.startsWith(`${rule.to}/`) &&
        !name.includes('/') &&
        new RegExp(rule.match).test(name)
      ) {
        return { source, path: `${rule.from}/${name}` };
      }
    }
  }
  return undefined;
}
