import { sourceLines } from '../dataSources';
import type { GraphIndex } from '../graphIndex';
import type { ControlStatus } from '../layers/layerVocabulary';
import type { Layer } from '../layers/schema';
import type { Language } from '../vocabulary';

import { DETAIL_BRACKETS, escapeInline, escapeLines } from './markdown';
import { type ControlEntry, threatsInView } from './threatControls';

type Words = Readonly<Record<Language, string>>;

export const STATUS_WORDS: Readonly<Record<ControlStatus, Words>> = {
  implemented: { en: 'implemented', ja: '実装済み' },
  partial: { en: 'partly implemented', ja: '一部実装' },
  planned: { en: 'planned', ja: '計画中' },
  'not-applicable': { en: 'not applicable', ja: '適用外' },
  unknown: { en: 'status unknown', ja: '状況不明' },
};

const DONE: ReadonlySet<ControlStatus> = new Set(['implemented', 'not-applicable']);

const TEXT = {
  title: { en: 'AI security checklist', ja: 'AIセキュリティ チェックリスト' },
  noControls: { en: 'No controls in this view.', ja: 'この表示には管理策がありません。' },
  risk: (score: number, likelihood: number, impact: number): Words => ({
    en: `Risk ${score} (likelihood ${likelihood} × impact ${impact})`,
    ja: `リスク ${score}（発生可能性 ${likelihood} × 影響 ${impact}）`,
  }),
  owner: (owner: string): Words => ({ en: `owner: ${owner}`, ja: `担当：${owner}` }),
  data: { en: 'Data:', ja: 'データ：' },
};

/**
 * The view as a Markdown checklist for a ticket: a heading per threat (see `threatsInView`), its risk and note,
 * then `- [x] CONTROL (status, owner: …)` per control; implemented and not-applicable controls are ticked.
 * Everything that comes from the layer or the data is escaped.
 */
export function exportChecklist(
  index: GraphIndex,
  visible: ReadonlySet<string>,
  layer: Layer | null,
  lang: Language,
): string {
  const lines = [`# ${escapeInline(layer?.name ?? TEXT.title[lang])}`];
  for (const entry of threatsInView(index, visible, layer)) {
    lines.push('', `## ${escapeInline(entry.threat.title[lang])} (${escapeInline(entry.threat.id)})`);
    const { likelihood, impact, note } = entry.annotation ?? {};
    if (entry.risk !== null && likelihood !== undefined && impact !== undefined) {
      lines.push('', TEXT.risk(entry.risk, likelihood, impact)[lang]);
    }
    if (note) lines.push('', ...quote(note));
    lines.push('');
    if (entry.controls.length === 0) lines.push(TEXT.noControls[lang]);
    for (const item of entry.controls) lines.push(...controlLines(item, lang));
  }
  lines.push(...dataLines(index, lang));
  return `${lines.join('\n')}\n`;
}

/** The end of a Markdown export: which data it was made from, the editions and commits of the sources. */
export function dataLines(index: GraphIndex, lang: Language): string[] {
  return [
    '',
    '---',
    '',
    TEXT.data[lang],
    '',
    ...sourceLines(index.dataset.upstream).map((line) => `- ${escapeInline(line)}`),
  ];
}

function controlLines(item: ControlEntry, lang: Language): string[] {
  const details = [STATUS_WORDS[item.status][lang]];
  if (item.annotation?.owner) details.push(TEXT.owner(escapeInline(item.annotation.owner))[lang]);
  const [open, separator, close] = DETAIL_BRACKETS[lang];
  const box = DONE.has(item.status) ? '[x]' : '[ ]';
  const line = `- ${box} ${escapeInline(item.control.title[lang])}${open}${details.join(separator)}${close}`;
  const note = item.annotation?.note;
  return note ? [line, ...quote(note).map((text) => `  ${text}`)] : [line];
}

/** A note as a block quote, one `>` line per line of text. */
function quote(note: string): string[] {
  return escapeLines(note).map((line) => (line === '' ? '>' : `> ${line}`));
}
