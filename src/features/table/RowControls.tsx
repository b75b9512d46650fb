import { useTranslation } from 'react-i18next';

import type { ThreatRow } from '../../model/periodicTable';
import { ControlChipList } from '../catalogue/ControlChips';

interface RowControlsProps {
  row: ThreatRow;
  matches: ReadonlySet<string>;
  expandAll: boolean;
}

/** The controls against a threat of the periodic table, as chips, or a line saying there are none. */
export function RowControls({ row, matches, expandAll }: RowControlsProps) {
  const { t } = useTranslation();
  return row.controls.length > 0 ? (
    <ControlChipList chips={row.controls} matches={matches} expanded={expandAll} />
  ) : (
    <span className="hint">{t('catalogue.noControls')}</span>
  );
}
