import type { GraphIndex } from '../graphIndex';
import type { Layer } from '../layers/schema';
import type { Language } from '../vocabulary';

import { type CsvValue, toCsv } from './csv';
import { threatsInView } from './threatControls';

export const VIEW_CSV_HEADER = [
  'threat_id',
  'threat',
  'likelihood',
  'impact',
  'risk',
  'threat_note',
  'control_id',
  'control',
  'via',
  'status',
  'owner',
  'control_note',
] as const;

/**
 * The view as CSV: one row per threat → control pair (a threat without controls in view gets one row with empty
 * control columns). Titles in `lang`; `via` names the groups linking them, ` > `-separated; status `unknown`
 * for a control without an annotation. Spreadsheets read it as UTF-8 when the caller prepends a byte-order mark.
 */
export function exportViewCsv(
  index: GraphIndex,
  visible: ReadonlySet<string>,
  layer: Layer | null,
  lang: Language,
): string {
  const rows = threatsInView(index, visible, layer).flatMap((entry): CsvValue[][] => {
    const threat: CsvValue[] = [
      entry.threat.id,
      entry.threat.title[lang],
      entry.annotation?.likelihood,
      entry.annotation?.impact,
      entry.risk,
      entry.annotation?.note,
    ];
    if (entry.controls.length === 0) return [[...threat, null, null, null, null, null, null]];
    return entry.controls.map((item) => [
      ...threat,
      item.control.id,
      item.control.title[lang],
      item.via.map((group) => group.id).join(' > '),
      item.status,
      item.annotation?.owner,
      item.annotation?.note,
    ]);
  });
  return toCsv(VIEW_CSV_HEADER, rows);
}
