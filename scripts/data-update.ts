import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';

import type { Dataset } from '../src/model/schema';

import { importFromUpstream } from './import/run-import';
import { serializeDataset } from './import/serialize';
import { copySource, holdsSource, syncRule } from './upstream/copy';
import { diffDatasets, formatDiff } from './upstream/diff';
import { loadManifest, MANIFEST_FILE, UPSTREAM_DIR, type UpstreamSource } from './upstream/manifest';

/**
 * npm run data:update -- <path to a local clone of an upstream repository> [--source <id>] [--yes | --dry-run]
 *
 * Refreshes the sources of data/upstream/ that the clone holds (or the one named): copies their files from the
 * clone as it is checked out, records its commit and date, rebuilds the data set from the result, and shows what
 * changes (items added, removed, renamed; mappings changed) before writing anything.
 */
const USAGE =
  'usage: npm run data:update -- <path to a local clone of an upstream repository> [--source <id>] [--yes | --dry-run]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    yes: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
});
const clone = positionals[0] ? resolve(positionals[0]) : undefined;
if (!clone || !existsSync(clone)) {
  console.error(USAGE);
  process.exit(2);
}

const sources = loadManifest();
const chosen = values.source
  ? sources.filter((source) => source.id === values.source)
  : sources.filter((source) => holdsSource(source, clone));
if (chosen.length === 0) {
  console.error(
    values.source
      ? `No source "${values.source}" in ${UPSTREAM_DIR}/${MANIFEST_FILE}.`
      : `${clone} holds none of the sources of ${UPSTREAM_DIR}/${MANIFEST_FILE}:`,
  );
  for (const source of sources) {
    console.error(
      `  ${source.id}: ${source.repository} (${source.files.map((rule) => rule.from).join(', ')})`,
    );
  }
  process.exit(2);
}

/** The commit the clone has checked out, and its date. */
function checkedOut(dir: string): { commit: string; date: string } {
  try {
    const [commit = '', date = ''] = execFileSync('git', ['-C', dir, 'log', '-1', '--format=%H%n%cs'], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    return { commit, date };
  } catch {
    console.error(`${dir} is not a git clone: its commit cannot be recorded.`);
    process.exit(2);
  }
}

/** The manifest with new commits and dates, its comments and layout kept. */
function updatedManifest(
  text: string,
  updates: ReadonlyMap<string, { commit: string; date: string }>,
): string {
  const document = parseDocument(text);
  const list = document.contents as {
    items: { get(key: string): unknown; set(key: string, value: unknown): void }[];
  };
  for (const item of list.items) {
    const update = updates.get(String(item.get('id')));
    if (!update) continue;
    item.set('commit', update.commit);
    item.set('date', update.date);
  }
  return document.toString({ lineWidth: 0 });
}

const { commit, date } = checkedOut(clone);
const staging = mkdtempSync(join(tmpdir(), 'data-update-'));
try {
  cpSync(UPSTREAM_DIR, staging, { recursive: true });
  const copied = chosen.flatMap((source: UpstreamSource) => copySource(source, clone, staging));
  const manifest = join(staging, MANIFEST_FILE);
  writeFileSync(
    manifest,
    updatedManifest(
      readFileSync(manifest, 'utf8'),
      new Map(chosen.map((source) => [source.id, { commit, date }])),
    ),
  );
  const before = JSON.parse(readFileSync('data/navigator.json', 'utf8')) as Dataset;
  const result = importFromUpstream(staging);

  console.log(`Refreshing ${chosen.map((source) => source.id).join(', ')} from ${clone}`);
  console.log(`at ${commit.slice(0, 7)} (${date}): ${copied.length} files\n`);
  formatDiff(diffDatasets(before, result.dataset)).forEach((line) => console.log(line));
  if (result.report.errors.length > 0) {
    console.log(
      `\nThe import reports ${result.report.errors.length} problems to fix in data/curated/ afterwards:`,
    );
    result.report.errors.forEach((error) => console.log(`  ${error}`));
  }

  let write = values.yes;
  if (!write && !values['dry-run'] && process.stdin.isTTY) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    write = /^y(es)?$/i.test((await prompt.question('\nWrite these changes? [y/N] ')).trim());
    prompt.close();
  }
  if (!write) {
    console.log(
      `\nNothing written${values['dry-run'] || process.stdin.isTTY ? '' : ' (run with --yes to write)'}.`,
    );
  } else {
    for (const rule of chosen.flatMap((source) => source.files)) syncRule(rule, staging, UPSTREAM_DIR);
    cpSync(manifest, join(UPSTREAM_DIR, MANIFEST_FILE));
    writeFileSync('data/navigator.json', serializeDataset(result.dataset));
    console.log(
      `\nWrote ${UPSTREAM_DIR}/ and data/navigator.json; \`npm run data:check\` checks the result.`,
    );
  }
  process.exitCode = result.report.errors.length > 0 ? 1 : 0;
} finally {
  rmSync(staging, { recursive: true, force: true });
}
