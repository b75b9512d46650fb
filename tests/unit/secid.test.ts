import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseDataset } from '../../src/model/parseDataset';
import {
  formatSecid,
  looksLikeSecid,
  parseSecid,
  resolveSecid,
  SECID_SOURCES,
  summarizeItems,
} from '../../src/model/secid';

describe('SecID: parse and format', () => {
  it('reads the versioned form', () => {
    expect(parseSecid('secid:weakness/owasp/ml-top10@2023#ML01')).toEqual({
      type: 'weakness',
      namespace: 'owasp',
      name: 'ml-top10',
      version: '2023',
      item: 'ML01',
    });
  });

  it('reads the unversioned form', () => {
    expect(parseSecid('secid:weakness/owasp/ml-top10#ML05')).toEqual({
      type: 'weakness',
      namespace: 'owasp',
      name: 'ml-top10',
      version: null,
      item: 'ML05',
    });
  });

  it('formats what it reads back to the same text', () => {
    for (const text of [
      'secid:weakness/owasp/ml-top10#ML01',
      'secid:weakness/owasp/ml-top10@2023#ML01',
      'secid:weakness/owasp/llm-top10@2023#LLM10',
      'secid:ttp/mitre/atlas#AML.T0015',
    ]) {
      expect(formatSecid(parseSecid(text)!)).toBe(text);
    }
  });

  it('ignores surrounding white space', () => {
    expect(parseSecid('  secid:weakness/owasp/ml-top10#ML01\n')?.item).toBe('ML01');
  });

  it('rejects garbage', () => {
    for (const text of [
      '',
      'ML01',
      'secid:',
      'secid:weakness/owasp/ml-top10',
      'secid:weakness/owasp/ml-top10@#ML01',
      'secid:weakness/owasp#ML01',
      'secid:weakness/owasp/ml-top10#',
      'secid:Weakness/owasp/ml-top10#ML01',
      'secid:weakness/owasp/ml-top10#ML01 extra',
      'secid:weakness/owasp/ml-top10#<script>',
      'secid://weakness/owasp/ml-top10#ML01',
      'x'.repeat(10_000),
    ]) {
      expect(parseSecid(text), text).toBeNull();
    }
  });

  it('tells text meant as a SecID from other text', () => {
    expect(looksLikeSecid('secid:anything')).toBe(true);
    expect(looksLikeSecid(' SECID:weakness')).toBe(true);
    expect(looksLikeSecid('evasion')).toBe(false);
  });
});

describe('SecID: resolve', () => {
  it('resolves both forms to the node id', () => {
    expect(resolveSecid('secid:weakness/owasp/ml-top10@2023#ML05')).toMatchObject({ ok: true, id: 'ML05' });
    expect(resolveSecid('secid:weakness/owasp/ml-top10#ML05')).toMatchObject({ ok: true, id: 'ML05' });
    expect(resolveSecid('secid:weakness/owasp/llm-top10@2023#LLM01')).toMatchObject({
      ok: true,
      id: 'LLM01:2023',
    });
  });

  it('names an LLM item with its edition; without a version, the newest edition', () => {
    expect(resolveSecid('secid:weakness/owasp/llm-top10@2025#LLM07')).toMatchObject({
      ok: true,
      id: 'LLM07:2025',
    });
    expect(resolveSecid('secid:weakness/owasp/llm-top10#LLM08')).toMatchObject({
      ok: true,
      id: 'LLM08:2026',
    });
    expect(resolveSecid('secid:weakness/owasp/llm-top10@2024#LLM08')).toMatchObject({
      ok: false,
      problem: 'version',
      known: ['2023', '2025', '2026'],
    });
  });

  it('lists the known lists for an unknown namespace', () => {
    expect(resolveSecid('secid:weakness/mitre/cwe#CWE-79')).toMatchObject({
      ok: false,
      problem: 'namespace',
      known: ['weakness/owasp/ml-top10', 'weakness/owasp/llm-top10'],
    });
  });

  it('lists the known versions for an unknown version', () => {
    expect(resolveSecid('secid:weakness/owasp/ml-top10@2025#ML05')).toMatchObject({
      ok: false,
      problem: 'version',
      known: ['2023'],
    });
  });

  it('lists the items the data holds for an unknown item', () => {
    expect(resolveSecid('secid:weakness/owasp/ml-top10#ML11')).toMatchObject({
      ok: false,
      problem: 'item',
      known: ['ML01–ML10'],
    });
    const held = (id: string) => ['ML01', 'ML02', 'ML05'].includes(id);
    expect(resolveSecid('secid:weakness/owasp/ml-top10#ML03', held)).toMatchObject({
      problem: 'item',
      known: ['ML01', 'ML02', 'ML05'],
    });
  });

  it('reports malformed text as a syntax problem', () => {
    expect(resolveSecid('secid:ml-top10#ML01')).toEqual({ ok: false, problem: 'syntax' });
  });

  it('summarizes runs of numbered items', () => {
    expect(summarizeItems(['ML01', 'ML02', 'ML03', 'ML05', 'ML07', 'ML08'])).toEqual([
      'ML01–ML03',
      'ML05',
      'ML07',
      'ML08',
    ]);
    expect(summarizeItems([])).toEqual([]);
  });
});

describe('SecID: the data set', () => {
  const parsed = parseDataset(JSON.parse(readFileSync('data/navigator.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const ids = new Set(parsed.dataset.nodes.map((node) => node.id));

  it('every secid in the data resolves to the node that carries it; the unversioned form to the newest edition', () => {
    for (const node of parsed.dataset.nodes.filter((candidate) => candidate.secid)) {
      const secid = parseSecid(node.secid!);
      expect(secid, node.secid).not.toBeNull();
      expect(resolveSecid(node.secid!, (id) => ids.has(id))).toMatchObject({ ok: true, id: node.id });
      const source = SECID_SOURCES.find((candidate) => candidate.name === secid!.name)!;
      const newest = source.nodeId(secid!.item, source.versions.at(-1)!);
      const unversioned = formatSecid({ ...secid!, version: null });
      expect(resolveSecid(unversioned, (id) => ids.has(id))).toMatchObject({ ok: true, id: newest });
    }
  });

  it('every item of every edition of a known list that the data holds carries its secid', () => {
    for (const source of SECID_SOURCES) {
      for (const version of source.versions) {
        for (const item of source.items) {
          const node = parsed.dataset.nodes.find(
            (candidate) => candidate.id === source.nodeId(item, version),
          );
          expect(node?.secid, `${item} ${version}`).toBe(
            `secid:weakness/owasp/${source.name}@${version}#${item}`,
          );
        }
      }
    }
  });
});
