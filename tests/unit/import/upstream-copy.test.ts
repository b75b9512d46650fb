import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { copySource, holdsSource, syncRule } from '../../../scripts/upstream/copy';
import {
  loadManifest,
  originOf,
  sourceFileUrl,
  type UpstreamSource,
} from '../../../scripts/upstream/manifest';

const source: UpstreamSource = {
  id: 'llm',
  name: 'List',
  repository: 'https://github.com/example/list',
  commit: 'c'.repeat(40),
  date: '2026-01-01',
  licence: 'CC-BY-SA-4.0',
  licenceFile: 'list/LICENSE',
  files: [
    { from: 'LICENSE', to: 'list/LICENSE' },
    { from: '2026/final', to: 'list/2026', match: '^LLM\\d\\d_.*\\.md$' },
  ],
};

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'upstream-test-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('copying an upstream source', () => {
  it('knows whether a clone holds a source, and copies exactly the files its rules name', () => {
    const clone = folder({
      LICENSE: 'licence',
      '2026/final/LLM01_PromptInjection.md': 'one',
      '2026/final/LLM02_Disclosure.md': 'two',
      '2026/final/notes.md': 'not an item',
    });
    const upstream = folder({ 'list/2026/LLM09_Gone.md': 'removed upstream', 'list/2026/keep.txt': 'ours' });
    expect(holdsSource(source, clone)).toBe(true);
    expect(holdsSource(source, folder({ LICENSE: 'x' }))).toBe(false);
    expect(copySource(source, clone, upstream).map((file) => file.to)).toEqual([
      'list/LICENSE',
      'list/2026/LLM01_PromptInjection.md',
      'list/2026/LLM02_Disclosure.md',
    ]);
    expect(readdirSync(join(upstream, 'list/2026')).sort()).toEqual([
      'LLM01_PromptInjection.md',
      'LLM02_Disclosure.md',
      'keep.txt',
    ]);
    const target = folder({ 'list/2026/LLM03_Old.md': 'old' });
    syncRule(source.files[1]!, upstream, target);
    expect(readdirSync(join(target, 'list/2026')).sort()).toEqual([
      'LLM01_PromptInjection.md',
      'LLM02_Disclosure.md',
    ]);
    expect(readFileSync(join(target, 'list/2026/LLM02_Disclosure.md'), 'utf8')).toBe('two');
  });

  it('finds where a vendored file came from, and its address at the pinned commit', () => {
    const origin = originOf([source], 'list/2026/LLM08_Hidden Context.md')!;
    expect(origin.path).toBe('2026/final/LLM08_Hidden Context.md');
    expect(sourceFileUrl(origin.source, origin.path, 5)).toBe(
      `https://github.com/example/list/blob/${'c'.repeat(40)}/2026/final/LLM08_Hidden%20Context.md#L5`,
    );
    expect(originOf([source], 'list/2026/sub/LLM01_x.md')).toBeUndefined();
    expect(originOf([source], 'list/README.md')).toBeUndefined();
  });

  it('the manifest in the repository names a licence file that is there for every source', () => {
    for (const { id, licenceFile } of loadManifest()) {
      expect(readFileSync(join('data/upstream', licenceFile), 'utf8').length, id).toBeGreaterThan(100);
    }
  });
});
