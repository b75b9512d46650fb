import type { CrosswalkEntry, CrosswalkRow } from '../frameworks/crosswalk';
import { type Coverage, type Framework, textIn } from '../frameworks/schema';
import type { GraphIndex } from '../graphIndex';
import { CONTROL_STATUSES } from '../layers/layerVocabulary';
import type { Language } from '../vocabulary';

import { dataLines, STATUS_WORDS } from './checklist';
import { type CsvValue, toCsv } from './csv';
import { DETAIL_BRACKETS, escapeInline } from './markdown';

type Words = Readonly<Record<Language, string>>;

export const COVERAGE_WORDS: Readonly<Record<Coverage, Words>> = {
  full: { en: 'covers fully', ja: '完全に対応' },
  partial: { en: 'covers partly', ja: '部分的に対応' },
  minimal: { en: 'covers minimally', ja: '最小限の対応' },
};

export const CROSSWALK_CSV_HEADER = [
  'framework',
  'item_id',
  'item',
  'title',
  'relation',
  'node_id',
  'node',
  'coverage',
  'note',
  'via',
  'status',
] as const;

/** What the node is to the item: a control it names, a threat it names, or a control against such a threat. */
type Relation = 'control' | 'threat' | 'against';

const TEXT = {
  title: (name: string): Words => ({ en: `Crosswalk: ${name}`, ja: `対応表：${name}` }),
  source: { en: 'Source:', ja: '出典：' },
  controls: { en: 'Controls', ja: '管理策' },
  threats: { en: 'Threats', ja: '脅威' },
  against: { en: 'Controls against these threats', ja: 'これらの脅威への管理策' },
  none: {
    en: 'No Exchange control or threat linked.',
    ja: 'AI Exchange の管理策・脅威との対応はありません。',
  },
  hidden: (count: number): Words => ({
    en: `${count} more linked, not in this view.`,
    ja: `このほか ${count} 件が対応していますが、この表示には含まれません。`,
  }),
  through: (path: string): Words => ({ en: `through ${path}`, ja: `${path} 経由` }),
  statuses: { en: 'Controls by status:', ja: '管理策の状況：' },
};

interface Line {
  relation: Relation;
  entry: CrosswalkEntry;
}

function linesOf(row: CrosswalkRow): Line[] {
  return [
    ...row.controls.map((entry) => ({ relation: 'control' as const, entry })),
    ...row.threats.map((entry) => ({ relation: 'threat' as const, entry })),
    ...row.against.map((nodeId) => ({ relation: 'against' as const, entry: { nodeId } })),
  ];
}

/**
 * The crosswalk as CSV: one row per item → Exchange node (an item with none gets one row with empty node columns).
 * `relation` says what the node is to the item; `status` is the active layer's, for controls, when there is one.
 * The CSV writer guards against formulas.
 */
export function exportCrosswalkCsv(
  index: GraphIndex,
  framework: Framework,
  rows: readonly CrosswalkRow[],
  statusOf: ((controlId: string) => string) | null,
  lang: Language,
): string {
  const out = rows.flatMap((row): CsvValue[][] => {
    const item: CsvValue[] = [framework.id, row.item.id, row.item.label, textIn(row.item.title, lang)];
    const lines = linesOf(row);
    if (lines.length === 0) return [[...item, null, null, null, null, null, null, null]];
    return lines.map(({ relation, entry }) => {
      const node = index.node(entry.nodeId);
      const isControl = relation !== 'threat';
      return [
        ...item,
        relation,
        entry.nodeId,
        node?.title[lang],
        entry.coverage,
        entry.note,
        entry.via?.join(' > '),
        isControl && statusOf ? statusOf(entry.nodeId) : null,
      ];
    });
  });
  return toCsv(CROSSWALK_CSV_HEADER, out);
}

/**
 * The crosswalk as Markdown to hand over: a heading per item, its controls and threats with coverage in words,
 * the path of a link reached through another item, and with a layer the count of its controls by status.
 */
export function exportCrosswalkMarkdown(
  index: GraphIndex,
  framework: Framework,
  rows: readonly CrosswalkRow[],
  statusOf: ((controlId: string) => keyof typeof STATUS_WORDS) | null,
  lang: Language,
): string {
  const lines = [`# ${escapeInline(TEXT.title(framework.name[lang])[lang])}`, ''];
  lines.push(
    `${TEXT.source[lang]} [${escapeInline(framework.source.title)}](${linkTarget(framework.source.url)})`,
  );
  for (const row of rows) {
    const label = `${escapeInline(row.item.label)} ${escapeInline(textIn(row.item.title, lang))}`;
    lines.push('', `## ${row.item.url ? `[${label}](${linkTarget(row.item.url)})` : label}`, '');
    if (row.statuses) {
      const counts = CONTROL_STATUSES.filter((status) => row.statuses![status] > 0).map(
        (status) => `${STATUS_WORDS[status][lang]} ${row.statuses![status]}`,
      );
      if (counts.length > 0) lines.push(`${TEXT.statuses[lang]} ${counts.join(', ')}`, '');
    }
    const groups: [Words, Line[]][] = [
      [TEXT.controls, linesOf(row).filter((line) => line.relation === 'control')],
      [TEXT.threats, linesOf(row).filter((line) => line.relation === 'threat')],
      [TEXT.against, linesOf(row).filter((line) => line.relation === 'against')],
    ];
    if (groups.every(([, list]) => list.length === 0)) lines.push(TEXT.none[lang]);
    for (const [heading, list] of groups) {
      if (list.length === 0) continue;
      lines.push(`${heading[lang]}:`, '');
      for (const { relation, entry } of list) lines.push(entryLine(index, relation, entry, statusOf, lang));
      lines.push('');
    }
    if (row.hidden > 0) lines.push(TEXT.hidden(row.hidden)[lang]);
  }
  lines.push(...dataLines(index, lang));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

function entryLine(
  index: GraphIndex,
  relation: Relation,
  entry: CrosswalkEntry,
  statusOf: ((controlId: string) => keyof typeof STATUS_WORDS) | null,
  lang: Language,
): string {
  const node = index.node(entry.nodeId);
  const details: string[] = [];
  if (entry.coverage) details.push(COVERAGE_WORDS[entry.coverage][lang]);
  if (entry.via) details.push(TEXT.through(entry.via.join(' › '))[lang]);
  if (relation !== 'threat' && statusOf) details.push(STATUS_WORDS[statusOf(entry.nodeId)][lang]);
  const [open, separator, close] = DETAIL_BRACKETS[lang];
  const name = `${escapeInline(node?.title[lang] ?? entry.nodeId)} (${escapeInline(entry.nodeId)})`;
  const line = `- ${name}${details.length > 0 ? `${open}${escapeInline(details.join(separator))}${close}` : ''}`;
  return entry.note ? `${line}\n  ${escapeInline(entry.note)}` : line;
}

/** An address as a Markdown link target: brackets and spaces percent-encoded, so they cannot end the link. */
function linkTarget(url: string): string {
  return url.replace(
    /[()<>\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
